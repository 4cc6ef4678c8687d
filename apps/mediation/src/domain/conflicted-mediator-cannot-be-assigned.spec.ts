import {
  assignMediators,
  ConflictDeclaration,
  ConflictOfInterestError,
  createMediatorPool,
  MediationPreconditionError,
  recordConflictOfInterest,
} from './index';
import { errorOf } from './testing/error-of';

const pool = createMediatorPool('421321', [
  { staffUserId: 'staff-zhou', name: '周调解员', kind: 'HRSS_MEDIATOR', countyCode: '421321', openCases: 0 },
  { staffUserId: 'staff-wu', name: '吴调解员', kind: 'TRADE_UNION_MEDIATOR', countyCode: '421321', openCases: 3 },
]);
const conflict: ConflictDeclaration = {
  countyCode: '421321',
  staffUserId: 'staff-zhou',
  party: 'EMPLOYER',
  reason: '曾任该用人单位法律顾问',
  declaredOn: '2026-03-03',
};

describe('conflicts of interest (利益冲突; 人民调解法 Art. 15(1), 办案规则 Art. 10 by analogy)', () => {
  it('refuses to assign by choice a mediator who declared a conflict, saying with which party', () => {
    const error = errorOf(() =>
      assignMediators({
        pool,
        countyCode: '421321',
        mode: { by: 'CHOICE', staffUserIds: ['staff-wu', 'staff-zhou'] },
        conflicts: [conflict],
      }),
    );
    expect(error).toBeInstanceOf(ConflictOfInterestError);
    expect(error).toMatchObject({ field: 'mode.staffUserIds[1]', staffUserId: 'staff-zhou', party: 'EMPLOYER' });
    expect(error.message).toContain('employer (用人单位)');
    expect(error.message).toContain('曾任该用人单位法律顾问');
  });

  it('passes over a conflicted mediator when assigning by load, and says so', () => {
    const assignment = assignMediators({ pool, countyCode: '421321', mode: { by: 'LOAD' }, conflicts: [conflict] });
    expect(assignment.mediators.map((m) => m.staffUserId)).toEqual(['staff-wu']);
    expect(assignment.passedOver).toEqual([conflict]);
  });

  it('records declarations as a new list and refuses the same one twice', () => {
    const none: readonly ConflictDeclaration[] = [];
    const recorded = recordConflictOfInterest(none, conflict);
    expect(recorded).toEqual([conflict]);
    expect(none).toEqual([]);
    expect(recordConflictOfInterest(recorded, { ...conflict, party: 'WORKER', reason: '与劳动者系亲属' })).toHaveLength(
      2,
    );
    expect(() => recordConflictOfInterest(recorded, conflict)).toThrow(MediationPreconditionError);
    expect(() =>
      assignMediators({
        pool,
        countyCode: '421321',
        mode: { by: 'LOAD' },
        conflicts: [{ ...conflict, countyCode: '421303' }],
      }),
    ).toThrow(expect.objectContaining({ field: 'conflicts[0].countyCode' }));
    expect(() => recordConflictOfInterest(none, { ...conflict, reason: '' })).toThrow(
      expect.objectContaining({ field: 'declaration.reason' }),
    );
  });

  it('lets a staff member with other posts mediate: identity is the staff user id (一人多岗)', () => {
    // The same user id may also be an arbitrator or inspector elsewhere; the pool does not care.
    const assignment = assignMediators({
      pool,
      countyCode: '421321',
      mode: { by: 'CHOICE', staffUserIds: ['staff-zhou'] },
    });
    expect(assignment.mediators[0].staffUserId).toBe('staff-zhou');
  });
});
