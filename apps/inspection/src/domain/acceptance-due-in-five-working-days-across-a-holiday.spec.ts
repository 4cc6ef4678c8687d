import { addPeriod, isWorkingDay } from '@onewindow/calendar';
import { acceptanceDueDay, decideAcceptance, recordSuppliedMaterial } from '.';
import { applied, on, receivedCase } from './testing/inspection-case.fixture';

// 部令25号 Art. 18: the acceptance decision within 5 working days of receipt, the day itself not counted.

describe('the acceptance decision is due 5 working days after receipt', () => {
  it('received on 2026-09-30: the National Day week (10-01 to 10-07) is not counted, the make-up Saturday 10-10 is', () => {
    const due = acceptanceDueDay('2026-09-30');
    expect(due.dueOn).toBe('2026-10-13');
    expect(due.dueOn).toBe(addPeriod('2026-09-30', { amount: 5, unit: 'WORKING_DAYS' }).due);
    expect(isWorkingDay('2026-10-10')).toBe(true);
    expect(due.citation).toContain('若干规定');
  });

  it('is registered with the case and watched from the day received', () => {
    const c = receivedCase(undefined, '2026-09-30');
    expect(c.acceptanceDue.dueOn).toBe('2026-10-13');
    expect(c.receivedOn).toBe('2026-09-30');
  });

  it('runs again from the day the material arrives after a request for material (补正), the old deadline cancelled', () => {
    const unclear = receivedCase(undefined, '2026-09-30');
    const asked = applied(
      decideAcceptance(
        {
          ...unclear,
          parties: {
            ...unclear.parties,
            employer: { ...unclear.parties.employer, address: '', unifiedSocialCreditCode: '' },
          },
        },
        {
          decision: 'MATERIAL_REQUESTED',
          violations: [],
          reason: '',
          redirectedTo: '',
          missingMaterial: ['用人单位地址'],
        },
        on('2026-10-08'),
      ),
    );
    expect(asked.record.status).toBe('AWAITING_MATERIAL');
    expect(asked.events[0]!.watch).toEqual([
      expect.objectContaining({ action: 'cancel', subjectId: 'm-1/1#acceptance' }),
    ]);
    const supplied = applied(
      recordSuppliedMaterial(
        asked.record,
        { employer: { address: '曾都区交通大道100号' }, note: '' },
        on('2026-10-12'),
      ),
    );
    expect(supplied.record).toMatchObject({ status: 'AWAITING_ACCEPTANCE', acceptanceRound: 2 });
    expect(supplied.record.acceptanceDue.dueOn).toBe('2026-10-19');
    expect(supplied.events[0]!.watch).toContainEqual(
      expect.objectContaining({ action: 'register', subjectId: 'm-1/1#acceptance-2', dueOn: '2026-10-19' }),
    );
  });
});
