// The closed loop (转办闭环): a failed or declined referral comes back and the matter is decided
// again with its history as facts; the same target is not tried twice unless a rule says so.
import { factsOf, type ReferralHistory } from './matter-facts';
import type { MatterContent } from './matter-content';
import { matter, suizhouDefaultRuleSet, ZENGDU_CONTEXT } from './routing.fixture';
import { decide, MAX_REFERRAL_ROUNDS } from './routing.engine';
import type { ReferralTemplate, RuleDefinition } from './rule-set';
import { compileRuleSet } from './rule-set.compiler';

const compiled = compileRuleSet(suizhouDefaultRuleSet());
const reDecide = (content: MatterContent, history: ReferralHistory) =>
  decide(compiled, factsOf(content, { ...ZENGDU_CONTEXT, history }));
const round2 = (history: Partial<ReferralHistory>): ReferralHistory => ({
  failedTargets: [],
  declinedTargets: [],
  round: 2,
  ...history,
});

describe('re-deciding a matter that came back, under the Suizhou default rules', () => {
  it('mediation failed (调解不成) → arbitration', () => {
    const content = matter({ consentToMediationFirst: true });
    expect(reDecide(content, round2({ failedTargets: ['MEDIATION'] })).referrals).toEqual([
      expect.objectContaining({ target: 'ARBITRATION', ruleId: 'dispute-arbitration' }),
    ]);
  });

  it('the employer would not mediate (mediation declined) → arbitration', () => {
    const content = matter({ consentToMediationFirst: true });
    expect(reDecide(content, round2({ declinedTargets: ['MEDIATION'] })).referrals.map((r) => r.target)).toEqual([
      'ARBITRATION',
    ]);
  });

  it('arbitration declined (不予受理) → not arbitration again → the supervisor, saying why', () => {
    const decision = reDecide(matter(), round2({ declinedTargets: ['ARBITRATION'] }));
    expect(decision.firedRuleIds).toEqual(['dispute-arbitration']);
    expect(decision.withheld).toEqual([{ target: 'ARBITRATION', ruleId: 'dispute-arbitration', because: 'DECLINED' }]);
    expect(decision.loopGuard).toBe('NO_NEW_TARGET');
    expect(decision.referrals).toEqual([
      expect.objectContaining({
        target: 'SUPERVISOR_QUEUE',
        priority: 'HIGH',
        ruleId: null,
        reason: expect.stringContaining('劳动人事争议仲裁（不予受理或退回）均已转办过'),
      }),
    ]);
  });

  it('petition early intervention failed (调处不成) → arbitration, not mediation (seed 四(五))', () => {
    const content = matter({ channel: 'PETITION_VISIT', consentToMediationFirst: true });
    expect(reDecide(content, round2({ failedTargets: ['PETITION'] })).referrals.map((r) => r.target)).toEqual([
      'ARBITRATION',
    ]);
  });

  it('petition early intervention failed on a violation complaint → inspection', () => {
    const content = matter({ kind: 'COMPLAINT', channel: 'PETITION_VISIT' });
    expect(reDecide(content, round2({ failedTargets: ['PETITION'] })).referrals.map((r) => r.target)).toEqual([
      'INSPECTION',
    ]);
  });

  it('inspection returned an order request (Art. 21: a dispute) → the dispute route', () => {
    const content = matter({ requestedRemedy: 'ORDER_AGAINST_EMPLOYER' });
    expect(reDecide(content, round2({ declinedTargets: ['INSPECTION'] })).referrals.map((r) => r.target)).toEqual([
      'ARBITRATION',
    ]);
  });

  it('legal aid still working when mediation fails → arbitration only; legal aid is not sent the matter twice', () => {
    const content = matter({ consentToMediationFirst: true, migrantWorker: true });
    const decision = reDecide(
      content,
      round2({ failedTargets: ['MEDIATION'], previousTargets: ['MEDIATION', 'LEGAL_AID'] }),
    );
    expect(decision.referrals.map((r) => r.target)).toEqual(['ARBITRATION']);
    expect(decision.withheld).toEqual([
      { target: 'LEGAL_AID', ruleId: 'legal-aid-migrant-worker', because: 'ALREADY_REFERRED' },
    ]);
    expect(decision.loopGuard).toBeUndefined();
  });

  it(`after ${MAX_REFERRAL_ROUNDS} rounds the supervisor takes over, whatever the rules say`, () => {
    const decision = reDecide(matter(), { failedTargets: [], declinedTargets: [], round: MAX_REFERRAL_ROUNDS + 1 });
    expect(decision).toMatchObject({ firedRuleIds: [], loopGuard: 'ROUND_LIMIT' });
    expect(decision.referrals).toEqual([
      expect.objectContaining({
        target: 'SUPERVISOR_QUEUE',
        reason: expect.stringContaining(`已自动分流${MAX_REFERRAL_ROUNDS}轮`),
      }),
    ]);
  });

  it('gives the same decision whatever order the history lists targets in', () => {
    const content = matter({ consentToMediationFirst: true, migrantWorker: true });
    const a = reDecide(content, round2({ failedTargets: ['MEDIATION', 'LEGAL_AID'], declinedTargets: ['PETITION'] }));
    const b = reDecide(content, round2({ failedTargets: ['LEGAL_AID', 'MEDIATION'], declinedTargets: ['PETITION'] }));
    expect(b).toEqual(a);
  });

  it('refuses a round below 1 rather than guess', () => {
    expect(() => factsOf(matter(), { ...ZENGDU_CONTEXT, history: round2({ round: 0 }) })).toThrow(RangeError);
  });
});

describe('retryAllowed: a rule may send a target the matter again', () => {
  const template = (target: ReferralTemplate['target'], retryAllowed?: boolean): ReferralTemplate => ({
    target,
    priority: 'NORMAL',
    reason: `转${target}`,
    acknowledgeWithinWorkingDays: 2,
    ...(retryAllowed === undefined ? {} : { retryAllowed }),
  });
  const rule = (id: string, precedence: number, refer: ReferralTemplate[]): RuleDefinition => ({
    id,
    description: id,
    legalBasis: '测试',
    precedence,
    when: { fact: 'kind', op: 'eq', value: 'DISPUTE' },
    refer,
  });
  const decideWith = (rules: RuleDefinition[], history: ReferralHistory) =>
    decide(
      compileRuleSet({ countyCode: '421303', version: 9, effectiveFrom: '2026-01-01T00:00:00+08:00', rules }),
      factsOf(matter(), { ...ZENGDU_CONTEXT, history }),
    );

  it('honours retryAllowed: legal aid declined once is tried again', () => {
    const decision = decideWith(
      [rule('legal-aid-again', 10, [template('LEGAL_AID', true)])],
      round2({ declinedTargets: ['LEGAL_AID'] }),
    );
    expect(decision.referrals.map((r) => r.target)).toEqual(['LEGAL_AID']);
    expect(decision.withheld).toBeUndefined();
  });

  it('without retryAllowed the same target is withheld', () => {
    const decision = decideWith(
      [rule('legal-aid-once', 10, [template('LEGAL_AID')])],
      round2({ declinedTargets: ['LEGAL_AID'] }),
    );
    expect(decision.referrals.map((r) => r.target)).toEqual(['SUPERVISOR_QUEUE']);
    expect(decision.loopGuard).toBe('NO_NEW_TARGET');
  });

  it('a later rule that allows the retry wins over an earlier one that does not', () => {
    const decision = decideWith(
      [rule('once', 10, [template('MEDIATION')]), rule('again', 20, [template('MEDIATION', true)])],
      round2({ failedTargets: ['MEDIATION'] }),
    );
    expect(decision.referrals).toEqual([expect.objectContaining({ target: 'MEDIATION', ruleId: 'again' })]);
    expect(decision.withheld).toBeUndefined();
  });

  it('retryAllowed does not resend a target still working on the matter', () => {
    const decision = decideWith(
      [rule('again', 10, [template('MEDIATION', true), template('ARBITRATION')])],
      round2({ failedTargets: ['ARBITRATION'], previousTargets: ['MEDIATION', 'ARBITRATION'] }),
    );
    expect(decision.referrals.map((r) => r.target)).toEqual(['SUPERVISOR_QUEUE']);
    expect(decision.withheld).toEqual([
      { target: 'MEDIATION', ruleId: 'again', because: 'ALREADY_REFERRED' },
      { target: 'ARBITRATION', ruleId: 'again', because: 'FAILED' },
    ]);
  });
});
