import { AbsenceInput, decideOnAbsence } from './absence';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { withdrawalOnAbsence } from './withdrawal';
import { COUNTY, thrownBy, eveningOf } from './testing/proceedings.fixture';

// The written notice of the hearing on Friday 2026-04-10 was received on Wednesday 2026-04-01.
const absent: AbsenceInput = {
  countyCode: COUNTY,
  party: 'APPLICANT',
  kind: 'DID_NOT_APPEAR',
  hearingOn: '2026-04-10',
  writtenNoticeReceivedOn: '2026-04-01',
};
const acceptedCase = { countyCode: COUNTY, acceptedOn: '2026-03-02' };

describe('a party absent from the hearing (劳动争议调解仲裁法 Art. 36; 办案规则 Art. 39)', () => {
  it("treats an absent applicant's application as withdrawn, barring a new one on the same facts, and closes the case", () => {
    const consequence = decideOnAbsence(absent);
    expect(consequence).toMatchObject({
      consequence: 'TREATED_AS_WITHDRAWN',
      party: 'APPLICANT',
      reapplicationBarred: true,
      countyCode: COUNTY,
    });
    expect(consequence.reason).toContain('按撤回仲裁申请处理');
    expect(consequence.citation).toContain('第三十六条');
    const withdrawal = withdrawalOnAbsence(acceptedCase, consequence, '2026-04-10', { now: eveningOf('2026-04-10') });
    expect(withdrawal).toMatchObject({
      kind: 'TREATED_AS_WITHDRAWN',
      withdrawnOn: '2026-04-10',
      endsCase: true,
      reapplicationBarred: true,
      officeAnswer: { kind: 'CONCLUDED', outcome: 'CLOSED', reason: consequence.reason },
    });
  });

  it('lets the tribunal go on and decide in the absence of the respondent', () => {
    expect(decideOnAbsence({ ...absent, party: 'RESPONDENT', kind: 'LEFT_WITHOUT_LEAVE' })).toMatchObject({
      consequence: 'DECIDED_IN_ABSENCE',
      party: 'RESPONDENT',
      hearingContinues: true,
      reason: expect.stringContaining('未经仲裁庭同意中途退庭'),
    });
  });

  it('postpones the hearing instead when the tribunal accepts the reason, for either party', () => {
    const reason = { text: '开庭当日因交通事故住院', acceptedByTribunal: true };
    expect(decideOnAbsence({ ...absent, reason })).toMatchObject({ consequence: 'POSTPONED', party: 'APPLICANT' });
    expect(decideOnAbsence({ ...absent, party: 'RESPONDENT', reason }).consequence).toBe('POSTPONED');
  });

  it('keeps a reason the tribunal did not accept beside the consequence', () => {
    const consequence = decideOnAbsence({ ...absent, reason: { text: '工作繁忙', acceptedByTribunal: false } });
    expect(consequence).toMatchObject({ consequence: 'TREATED_AS_WITHDRAWN', rejectedExcuse: '工作繁忙' });
  });

  it('has no consequence without a written notice received before the hearing', () => {
    const { writtenNoticeReceivedOn: _none, ...unnoticed } = absent;
    const error = thrownBy(() => decideOnAbsence(unnoticed));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error.field).toBe('writtenNoticeReceivedOn');
    const late = thrownBy(() => decideOnAbsence({ ...absent, writtenNoticeReceivedOn: '2026-04-11' }));
    expect(late).toBeInstanceOf(InvalidProceedingsInputError);
    expect(late.field).toBe('writtenNoticeReceivedOn');
  });

  it("refuses bad input naming the field, and closes a case only on an applicant's deemed withdrawal", () => {
    expect(thrownBy(() => decideOnAbsence({ ...absent, party: 'WITNESS' as never })).field).toBe('party');
    expect(thrownBy(() => decideOnAbsence({ ...absent, kind: 'LATE' as never })).field).toBe('kind');
    expect(
      thrownBy(() => decideOnAbsence({ ...absent, reason: { text: '病假', acceptedByTribunal: 'yes' as never } }))
        .field,
    ).toBe('reason.acceptedByTribunal');
    const inAbsence = decideOnAbsence({ ...absent, party: 'RESPONDENT' });
    expect(
      thrownBy(() => withdrawalOnAbsence(acceptedCase, inAbsence, '2026-04-10', { now: eveningOf('2026-04-10') }))
        .field,
    ).toBe('absence.consequence');
  });
});
