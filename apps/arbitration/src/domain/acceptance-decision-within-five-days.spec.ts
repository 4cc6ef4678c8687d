import { AcceptanceNotPendingError, decideAcceptance, InvalidAcceptanceDecisionError } from './acceptance-decision';

const awaiting = { status: 'AWAITING_ACCEPTANCE_DECISION', receivedOn: '2026-11-27' };

describe('acceptance decision on an application not accepted the same day', () => {
  it('accepts and starts the 45-day award clock from the day of acceptance', () => {
    const outcome = decideAcceptance(awaiting, { decision: 'ACCEPT' }, '2026-11-30');
    expect(outcome.outcome).toBe('ACCEPTED');
    if (outcome.outcome !== 'ACCEPTED') return;
    expect(outcome.acceptedOn).toBe('2026-11-30');
    // 45 calendar days after 2026-11-30 is 2027-01-14 (a Thursday).
    expect(outcome.awardDue.dueOn).toBe('2027-01-14');
    expect(outcome.deadlines).toHaveLength(3);
  });

  it('refuses with the written reasons and the right to sue', () => {
    const outcome = decideAcceptance(
      awaiting,
      { decision: 'REFUSE', reason: '  申请人与被申请人之间不存在劳动关系  ' },
      '2026-11-30',
    );
    expect(outcome).toMatchObject({ outcome: 'NOT_ACCEPTED', reason: '申请人与被申请人之间不存在劳动关系' });
    if (outcome.outcome === 'NOT_ACCEPTED') expect(outcome.remedy).toContain('人民法院提起诉讼');
  });

  it('refuses a refusal without reasons', () => {
    expect(() => decideAcceptance(awaiting, { decision: 'REFUSE', reason: ' ' }, '2026-11-30')).toThrow(
      InvalidAcceptanceDecisionError,
    );
  });

  it('cannot decide twice, nor on a case waiting for a supplement', () => {
    expect(() => decideAcceptance({ ...awaiting, status: 'ACCEPTED' }, { decision: 'ACCEPT' }, '2026-11-30')).toThrow(
      AcceptanceNotPendingError,
    );
    expect(() =>
      decideAcceptance({ ...awaiting, status: 'AWAITING_SUPPLEMENT' }, { decision: 'ACCEPT' }, '2026-11-30'),
    ).toThrow(AcceptanceNotPendingError);
  });

  it('cannot be dated before the application arrived', () => {
    expect(() => decideAcceptance(awaiting, { decision: 'ACCEPT' }, '2026-11-26')).toThrow(
      InvalidAcceptanceDecisionError,
    );
  });
});
