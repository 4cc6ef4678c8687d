import {
  acknowledgeReferral,
  initialState,
  historyOf,
  isOverdue,
  ReferralState,
  ReferralTransitionError,
  reportReferralOutcome,
} from './referral-lifecycle';

const issued: ReferralState = {
  target: 'MEDIATION',
  status: 'ISSUED',
  escalated: false,
  acknowledgeBy: { dueOn: '2026-12-01' },
};

describe('referral lifecycle (转办闭环)', () => {
  it('accepting keeps the matter with the target; declining needs a reason and sends it back', () => {
    expect(acknowledgeReferral(issued, true, '')).toEqual({ status: 'ACCEPTED', statusReason: '', comesBack: false });
    expect(acknowledgeReferral(issued, false, ' 不属于本机构受理范围 ')).toEqual({
      status: 'DECLINED',
      statusReason: '不属于本机构受理范围',
      comesBack: true,
    });
    expect(() => acknowledgeReferral(issued, false, '  ')).toThrow(ReferralTransitionError);
  });

  it('cannot be acknowledged twice', () => {
    expect(() => acknowledgeReferral({ ...issued, status: 'ACCEPTED' }, true, '')).toThrow(/already acknowledged/);
  });

  it('a failed mediation comes back; a resolved one closes; a closed referral takes no further outcome', () => {
    const accepted = { ...issued, status: 'ACCEPTED' as const };
    expect(reportReferralOutcome(accepted, 'FAILED', '被申请人拒绝调解').comesBack).toBe(true);
    expect(reportReferralOutcome(accepted, 'RESOLVED', '').comesBack).toBe(false);
    expect(() => reportReferralOutcome(accepted, 'FAILED', '')).toThrow(/needs a reason/);
    expect(() => reportReferralOutcome({ ...issued, status: 'RESOLVED' }, 'FAILED', 'x')).toThrow(/closed already/);
  });

  it('is overdue only while unacknowledged after its deadline and not yet escalated', () => {
    expect(isOverdue(issued, '2026-12-01')).toBe(false);
    expect(isOverdue(issued, '2026-12-02')).toBe(true);
    expect(isOverdue({ ...issued, escalated: true }, '2026-12-02')).toBe(false);
    expect(isOverdue({ ...issued, status: 'ACCEPTED' }, '2026-12-02')).toBe(false);
  });

  it('knows the history for the next round', () => {
    const referrals = [
      { ...issued, round: 1, status: 'FAILED' as const },
      { ...issued, round: 2, target: 'ARBITRATION' as const, acknowledgeBy: { dueOn: '2026-12-03' } },
      { ...issued, round: 2, target: 'LEGAL_AID' as const, status: 'DECLINED' as const },
    ];
    expect(historyOf(referrals)).toEqual({
      failedTargets: ['MEDIATION'],
      declinedTargets: ['LEGAL_AID'],
      previousTargets: ['MEDIATION', 'ARBITRATION', 'LEGAL_AID'],
      round: 3,
    });
  });

  it('starts every referral awaiting its target, a consultation too, so an unanswered one becomes overdue', () => {
    const consultation = { ...issued, target: 'CONSULTATION_CLOSE' as const, ...initialState() };
    expect(initialState()).toEqual({ status: 'ISSUED', statusReason: '' });
    expect(isOverdue(consultation, '2026-12-01')).toBe(false);
    expect(isOverdue(consultation, '2026-12-02')).toBe(true);
  });
});
