import {
  awardPeriodDeadline,
  awardPeriodOn,
  awardTimingOn,
  extendAwardPeriod,
  openAwardPeriod,
  restartAwardPeriod,
  resumeAwardPeriod,
  suspendAwardPeriod,
  SuspensionRequest,
} from './award-period';
import { InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import { chairApproval, COUNTY, thrownBy } from './testing/proceedings.fixture';

// Accepted Monday 2026-01-05: 45 days end on 2026-02-19 (春节), due 2026-02-24.
const accepted = openAwardPeriod({ countyCode: COUNTY, acceptedOn: '2026-01-05' });
const awaitingInjuryRuling: SuspensionRequest = {
  ground: 'AWAITING_DETERMINATION',
  details: '申请人的工伤认定申请尚在审查，需等待工伤认定结论',
  suspendedOn: '2026-01-20',
  approval: chairApproval('2026-01-20'),
};

describe('suspension (中止审理, 办案规则 Art. 47) stops the award clock; resumption runs on with the days left', () => {
  it('stops the clock with the days left: the period does not lapse while suspended', () => {
    const suspended = suspendAwardPeriod(accepted, awaitingInjuryRuling);
    expect(suspended.dueOn).toBeUndefined();
    expect(suspended.suspensions[0]).toMatchObject({
      ground: 'AWAITING_DETERMINATION',
      suspendedOn: '2026-01-20',
      dueOnBefore: '2026-02-24',
      daysLeft: 30, // 2026-01-20 → 2026-02-19
      notice: { document: '中止审理通知书', recipients: ['APPLICANT', 'RESPONDENT'] },
    });
    expect(suspended.suspensions[0]?.citation).toContain('第四十七条第一款第（六）项');
    // 2026-03-01 is past the original due day, yet the period is suspended, not lapsed.
    expect(awardPeriodOn(suspended, '2026-03-01')).toEqual({
      state: 'SUSPENDED',
      suspendedSince: '2026-01-20',
      ground: 'AWAITING_DETERMINATION',
      daysLeft: 30,
    });
    expect(awardPeriodDeadline(suspended)).toBeUndefined();
  });

  it('continues from the resumption day with the days that were left, not with the holiday that moved the old last day', () => {
    const resumed = resumeAwardPeriod(suspendAwardPeriod(accepted, awaitingInjuryRuling), {
      resumedOn: '2026-03-02',
      reason: '工伤认定决定书已作出',
    });
    // 2026-03-02 + 30 = Wednesday 2026-04-01. Counting from the moved day (02-24) would give 35 days and 04-07.
    expect(resumed).toMatchObject({ lastCountedDay: '2026-04-01', dueOn: '2026-04-01', lastStepOn: '2026-03-02' });
    expect(resumed.suspensions[0]).toMatchObject({ resumedOn: '2026-03-02', dueOnAfter: '2026-04-01' });
    expect(resumed.notes.join()).toContain('2026-01-20 至 2026-03-02 中止审理');
    expect(awardPeriodOn(resumed, '2026-04-01').state).toBe('WARNING');
    expect(awardPeriodOn(resumed, '2026-04-02').state).toBe('LAPSED');
    expect(awardTimingOn(resumed, '2026-03-31')).toEqual({ withinPeriod: true, dueOn: '2026-04-01' });
  });

  it('leaves only the resumption day when the hearing was suspended on a moved last day', () => {
    // On 2026-02-24 the 45 counted days (to 02-19) are used up: nothing is left but the day of resumption.
    const suspended = suspendAwardPeriod(accepted, {
      ...awaitingInjuryRuling,
      ground: 'FORCE_MAJEURE',
      suspendedOn: '2026-02-24',
      approval: chairApproval('2026-02-24', 'DELEGATED_COURT_HEAD'),
    });
    expect(suspended.suspensions[0]?.daysLeft).toBe(0);
    const resumed = resumeAwardPeriod(suspended, { resumedOn: '2026-03-02', reason: '不可抗力事由已消除' });
    expect(resumed.dueOn).toBe('2026-03-02');
  });

  it('refuses a second suspension, an award and other steps while suspended, and leaves the period as it was', () => {
    const suspended = suspendAwardPeriod(accepted, awaitingInjuryRuling);
    const before = JSON.stringify(suspended);
    const again = thrownBy(() => suspendAwardPeriod(suspended, { ...awaitingInjuryRuling, suspendedOn: '2026-01-25' }));
    expect(again).toBeInstanceOf(ProceedingsPreconditionError);
    expect(again.field).toBe('suspendedOn');
    expect(thrownBy(() => awardTimingOn(suspended, '2026-02-01'))).toMatchObject({ field: 'awardedOn' });
    expect(
      thrownBy(() =>
        extendAwardPeriod(suspended, { days: 10, reason: '案情复杂', approval: chairApproval('2026-02-01') }),
      ),
    ).toBeInstanceOf(ProceedingsPreconditionError);
    expect(
      thrownBy(() =>
        restartAwardPeriod(suspended, { ground: 'PARTY_ADDED', details: '追加第三人', restartedOn: '2026-02-01' }),
      ).field,
    ).toBe('restartedOn');
    expect(JSON.stringify(suspended)).toBe(before);
  });

  it('refuses a resumption without a suspension or dated before it', () => {
    expect(thrownBy(() => resumeAwardPeriod(accepted, { resumedOn: '2026-01-21', reason: '情形消除' }))).toMatchObject({
      field: 'resumedOn',
    });
    const suspended = suspendAwardPeriod(accepted, awaitingInjuryRuling);
    const early = thrownBy(() => resumeAwardPeriod(suspended, { resumedOn: '2026-01-19', reason: '情形消除' }));
    expect(early).toBeInstanceOf(InvalidProceedingsInputError);
    expect(early.field).toBe('resumedOn');
  });

  it('refuses a suspension after the period ended, without an approved ground, or approved after it took effect', () => {
    expect(
      thrownBy(() => suspendAwardPeriod(accepted, { ...awaitingInjuryRuling, suspendedOn: '2026-02-25' })),
    ).toEqual(expect.objectContaining({ field: 'suspendedOn', description: expect.stringContaining('2026-02-24') }));
    expect(
      thrownBy(() => suspendAwardPeriod(accepted, { ...awaitingInjuryRuling, ground: 'PARTY_ASKED' as never })).field,
    ).toBe('ground');
    expect(
      thrownBy(() =>
        suspendAwardPeriod(accepted, {
          ...awaitingInjuryRuling,
          approval: { ...chairApproval('2026-01-20'), post: 'ARBITRATOR' as never },
        }),
      ).field,
    ).toBe('approval.post');
    expect(
      thrownBy(() => suspendAwardPeriod(accepted, { ...awaitingInjuryRuling, approval: chairApproval('2026-01-21') }))
        .field,
    ).toBe('approval.approvedOn');
    expect(thrownBy(() => suspendAwardPeriod(accepted, { ...awaitingInjuryRuling, details: ' ' })).field).toBe(
      'details',
    );
  });
});
