import { awardPeriodOn, extendAwardPeriod, openAwardPeriod, suspendAwardPeriod } from './award-period';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { chairApproval, COUNTY, thrownBy } from './testing/proceedings.fixture';

// Accepted Monday 2026-03-02: due Thursday 2026-04-16.
const accepted = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-03-02' });
const complex = { reason: '涉及十二名劳动者的加班费计算，案情复杂需要延期' };

describe('extension of the award period (办案规则 Art. 45): once, at most 15 days, approved in writing while it runs', () => {
  it('adds the approved days to the count; a last day in the Labour Day holiday moves on', () => {
    expect(accepted.dueOn).toBe('2026-04-16');
    const extended = extendAwardPeriod(accepted, { ...complex, days: 15, approval: chairApproval('2026-04-10') });
    // 2026-04-16 + 15 = 2026-05-01 (劳动节, 05-01 to 05-05 off): due 2026-05-06.
    expect(extended).toMatchObject({ lastCountedDay: '2026-05-01', dueOn: '2026-05-06', lastStepOn: '2026-04-10' });
    expect(extended.extensions).toEqual([
      expect.objectContaining({
        days: 15,
        dueOnBefore: '2026-04-16',
        dueOnAfter: '2026-05-06',
        approval: { approvedBy: 'staff-chair-zhou', post: 'COMMITTEE_CHAIR', approvedOn: '2026-04-10' },
        notice: { document: '仲裁期限延期通知书', recipients: ['APPLICANT', 'RESPONDENT'] },
      }),
    ]);
    expect(extended.extensions[0]?.citation).toContain('第四十五条');
    expect(awardPeriodOn(extended, '2026-04-20').state).toBe('RUNNING');
    expect(awardPeriodOn(extended, '2026-05-07').state).toBe('LAPSED');
  });

  it('accepts the approval of the head of the arbitration court the chair delegated, on the last day', () => {
    const extended = extendAwardPeriod(accepted, {
      ...complex,
      days: 5,
      approval: chairApproval('2026-04-16', 'DELEGATED_COURT_HEAD'),
    });
    expect(extended.dueOn).toBe('2026-04-21'); // Tuesday
  });

  it('refuses a second extension, even when the two together stay within 15 days', () => {
    const once = extendAwardPeriod(accepted, { ...complex, days: 10, approval: chairApproval('2026-04-10') });
    const before = JSON.stringify(once);
    const twice = thrownBy(() =>
      extendAwardPeriod(once, { ...complex, days: 5, approval: chairApproval('2026-04-20') }),
    );
    expect(twice).toBeInstanceOf(ProceedingsPreconditionError);
    expect(twice).toMatchObject({ field: 'days', description: expect.stringContaining('2026-04-10') });
    expect(JSON.stringify(once)).toBe(before);
  });

  it('refuses more than 15 days, or none', () => {
    for (const days of [16, 0, 7.5]) {
      const error = thrownBy(() =>
        extendAwardPeriod(accepted, { ...complex, days, approval: chairApproval('2026-04-10') }),
      );
      expect(error).toBeInstanceOf(InvalidProceedingsInputError);
      expect(error.field).toBe('days');
    }
  });

  it('refuses an extension approved after the period ended', () => {
    const late = thrownBy(() =>
      extendAwardPeriod(accepted, { ...complex, days: 15, approval: chairApproval('2026-04-17') }),
    );
    expect(late).toBeInstanceOf(ProceedingsPreconditionError);
    expect(late).toMatchObject({ field: 'approval.approvedOn', description: expect.stringContaining('2026-04-16') });
  });

  it('refuses an extension without a reason, a known approver or an approval dated in order', () => {
    expect(
      thrownBy(() => extendAwardPeriod(accepted, { reason: '', days: 10, approval: chairApproval('2026-04-10') }))
        .field,
    ).toBe('reason');
    expect(
      thrownBy(() =>
        extendAwardPeriod(accepted, {
          ...complex,
          days: 10,
          approval: { ...chairApproval('2026-04-10'), post: 'PRESIDING_ARBITRATOR' as never },
        }),
      ).field,
    ).toBe('approval.post');
    expect(
      thrownBy(() =>
        extendAwardPeriod(accepted, {
          ...complex,
          days: 10,
          approval: { ...chairApproval('2026-04-10'), approvedBy: '' },
        }),
      ).field,
    ).toBe('approval.approvedBy');
    expect(
      thrownBy(() => extendAwardPeriod(accepted, { ...complex, days: 10, approval: chairApproval('2026-03-01') }))
        .field,
    ).toBe('approval.approvedOn');
  });

  it('keeps the extended days through a later suspension', () => {
    const extended = extendAwardPeriod(accepted, { ...complex, days: 15, approval: chairApproval('2026-04-10') });
    const suspended = suspendAwardPeriod(extended, {
      ground: 'AWAITING_ANOTHER_CASE',
      details: '需以劳动关系确认之诉的审理结果为依据',
      suspendedOn: '2026-04-21',
      approval: chairApproval('2026-04-21'),
    });
    expect(suspended.suspensions[0]?.daysLeft).toBe(10); // 2026-04-21 → 2026-05-01
  });
});
