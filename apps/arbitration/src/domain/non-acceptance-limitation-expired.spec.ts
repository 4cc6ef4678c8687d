import { Accepted, NotAccepted, reviewApplication } from './index';
import { claimOf, completeApplication, employmentEndedOn, RECEIVED_ON } from './testing/complete-application.fixture';

const notAccepted = (decision: ReturnType<typeof reviewApplication>): NotAccepted => {
  if (decision.outcome !== 'NOT_ACCEPTED') throw new Error(`expected NOT_ACCEPTED, got ${decision.outcome}`);
  return decision;
};
const accepted = (decision: ReturnType<typeof reviewApplication>): Accepted => {
  if (decision.outcome !== 'ACCEPTED') throw new Error(`expected ACCEPTED, got ${decision.outcome}`);
  return decision;
};

// Employment ended 2025-01-10; filed 2026-03-10, fourteen months later.
const fourteenMonthsAfterLeaving = (overrides = {}) =>
  completeApplication({ employment: employmentEndedOn('2025-01-10'), ...overrides });

describe('an application filed after the one-year limitation (仲裁时效, Art. 27) is refused with the remedy', () => {
  it('refuses a wage claim filed 14 months after the employment ended, and says the worker may sue', () => {
    const decision = notAccepted(reviewApplication({ content: fourteenMonthsAfterLeaving(), receivedOn: RECEIVED_ON }));
    expect(decision.reasonCode).toBe('LIMITATION_EXPIRED');
    // 2026-01-10 is a Saturday: the year ends on Monday 2026-01-12.
    expect(decision.reason).toContain('2026-01-12');
    expect(decision.remedy).toContain('向人民法院提起诉讼');
    expect(decision.citation).toContain('第二十七条');
    expect(decision.notice).toEqual({ document: '不予受理通知书', issuedOn: RECEIVED_ON });
    expect(decision.deadlines.map((d) => [d.id, d.dueOn])).toEqual([
      ['arbitration.non-acceptance-notice', '2026-03-17'],
    ]);
  });

  it('accepts on the last day of the year, moved off the weekend, and refuses the day after', () => {
    expect(reviewApplication({ content: fourteenMonthsAfterLeaving(), receivedOn: '2026-01-12' }).outcome).toBe(
      'ACCEPTED',
    );
    expect(reviewApplication({ content: fourteenMonthsAfterLeaving(), receivedOn: '2026-01-13' }).outcome).toBe(
      'NOT_ACCEPTED',
    );
  });

  it('never bars wage arrears while the employment continues', () => {
    const content = completeApplication({ claims: [claimOf('WAGES', 5_000_000, '支付2022年至今拖欠的工资')] });
    const decision = accepted(reviewApplication({ content, receivedOn: RECEIVED_ON }));
    expect(decision.limitation.claims[0].status).toBe('NOT_RUNNING');
  });

  it('runs the year again from an interruption, such as a complaint to labor inspection', () => {
    const decision = reviewApplication({
      content: fourteenMonthsAfterLeaving(),
      receivedOn: RECEIVED_ON,
      limitation: { interruptedOn: '2025-06-01' },
    });
    expect(decision.outcome).toBe('ACCEPTED');
    if (decision.outcome === 'ACCEPTED') expect(decision.limitation.claims[0].deadline?.dueOn).toBe('2026-06-01');
  });

  it('accepts a partly barred application and names the barred claim for the tribunal', () => {
    const content = completeApplication({
      claims: [
        claimOf('WAGES', 1_860_000, '支付拖欠工资'),
        claimOf('SOCIAL_INSURANCE', 0, '赔偿未缴社会保险造成的损失'),
      ],
    });
    const decision = accepted(
      reviewApplication({
        content,
        receivedOn: RECEIVED_ON,
        limitation: { knewOfInfringementOn: [{ claimIndex: 1, knewOn: '2024-06-30' }] },
      }),
    );
    expect(decision.possiblyTimeBarredClaims).toEqual([1]);
    expect(decision.limitation.claims.map((c) => c.status)).toEqual(['NOT_RUNNING', 'EXPIRED']);
    expect(decision.notes.join('\n')).toContain('第2项请求可能已超过仲裁时效');
    expect(decision.acceptance.mode).toBe('SAME_DAY');
  });

  it('refuses on limitation before asking for missing material, which could not cure it', () => {
    const decision = notAccepted(
      reviewApplication({ content: fourteenMonthsAfterLeaving({ evidence: [] }), receivedOn: RECEIVED_ON }),
    );
    expect(decision.reasonCode).toBe('LIMITATION_EXPIRED');
  });

  it('leaves limitation to the hearing when the commission screens NOTE_ONLY', () => {
    const decision = accepted(
      reviewApplication({
        content: fourteenMonthsAfterLeaving(),
        receivedOn: RECEIVED_ON,
        policy: { limitationScreening: 'NOTE_ONLY' },
      }),
    );
    expect(decision.possiblyTimeBarredClaims).toEqual([0]);
  });

  it('does not refuse on a provisional limitation end within the grace margin (year without holiday notice)', () => {
    // Ended 2026-12-31: the year ends 2027-12-31, and 2027 has no notice loaded yet.
    const content = completeApplication({ employment: employmentEndedOn('2026-12-31') });
    const late = accepted(reviewApplication({ content, receivedOn: '2028-01-10' }));
    expect(late.limitation.claims[0]).toMatchObject({
      status: 'WITHIN_LIMITATION',
      deadline: { dueOn: '2027-12-31', provisional: true },
    });
    expect(reviewApplication({ content, receivedOn: '2028-03-01' }).outcome).toBe('NOT_ACCEPTED');
  });
});
