import { Accepted, deadlinesAfterAcceptance, reviewApplication } from './index';
import { claimOf, completeApplication, employmentEndedOn, RECEIVED_ON } from './testing/complete-application.fixture';

const dismissal = (endedOn = '2026-02-06') =>
  completeApplication({
    employment: employmentEndedOn(endedOn),
    claims: [claimOf('DAMAGES', 4_260_000, '支付违法解除劳动合同赔偿金42600元')],
  });

const accepted = (decision: ReturnType<typeof reviewApplication>): Accepted => {
  if (decision.outcome !== 'ACCEPTED') throw new Error(`expected ACCEPTED, got ${decision.outcome}`);
  return decision;
};

describe('an ordinary dispute gets a receipt now and an acceptance decision within 5 working days', () => {
  it('issues the receipt today and sets the decision due 5 working days later (Art. 29; 办案规则 Arts. 30, 80)', () => {
    const decision = accepted(reviewApplication({ content: dismissal(), receivedOn: RECEIVED_ON }));
    expect(decision.receipt.issuedOn).toBe(RECEIVED_ON);
    expect(decision.acceptance.mode).toBe('WITHIN_STATUTORY_PERIOD');
    if (decision.acceptance.mode !== 'WITHIN_STATUTORY_PERIOD') return;
    expect(decision.acceptance.decisionDue).toMatchObject({
      id: 'arbitration.acceptance-decision',
      start: RECEIVED_ON,
      dueOn: '2026-03-17',
      provisional: false,
    });
    expect(decision.acceptance.decisionDue.citation).toContain('《劳动争议调解仲裁法》第二十九条');
    expect(decision.acceptance.decisionDue.citation).toContain('第八十条（“五日”指工作日）');
  });

  it('carries no award deadline before acceptance is decided', () => {
    const decision = accepted(reviewApplication({ content: dismissal(), receivedOn: RECEIVED_ON }));
    expect(decision.deadlines.map((d) => d.id)).toEqual(['arbitration.acceptance-decision']);
  });

  it('counts the make-up Saturday and skips Spring Festival 2026', () => {
    const decision = accepted(reviewApplication({ content: dismissal(), receivedOn: '2026-02-12' }));
    expect(decision.deadlines[0].dueOn).toBe('2026-02-26');
  });

  it('skips 元旦 2027 by law and marks a decision due in 2027 provisional (no 2027 notice yet)', () => {
    // 12/30 (1), 12/31 (2), 1/1 元旦, 1/4 (3), 1/5 (4), 1/6 (5): the notice may still add bridging days.
    const decision = accepted(reviewApplication({ content: dismissal(), receivedOn: '2026-12-29' }));
    expect(decision.deadlines[0]).toMatchObject({ dueOn: '2027-01-06', provisional: true });
  });

  it('starts the award clock from the day acceptance is recorded', () => {
    expect(deadlinesAfterAcceptance('2026-03-16').map((d) => [d.id, d.dueOn])).toEqual([
      ['arbitration.respondent-copy-service', '2026-03-23'],
      ['arbitration.tribunal-composition-notice', '2026-03-23'],
      ['arbitration.award', '2026-04-30'],
    ]);
  });
});
