import { factsOf } from './matter-facts';
import { matter, ZENGDU_CONTEXT } from './routing.fixture';
import type { ReferralTemplate, RuleDefinition } from './rule-set';
import { decide } from './routing.engine';
import { compileRuleSet } from './rule-set.compiler';

const refer = (target: ReferralTemplate['target'], priority: ReferralTemplate['priority']): ReferralTemplate => ({
  target,
  priority,
  reason: `转${target}`,
  acknowledgeWithinWorkingDays: 1,
});
const always = (id: string, precedence: number, templates: ReferralTemplate[], stop = false): RuleDefinition => ({
  id,
  description: id,
  legalBasis: '测试',
  precedence,
  when: { fact: 'workerCount', op: 'gte', value: 1 },
  refer: templates,
  stop,
});
const decideWith = (rules: RuleDefinition[]) =>
  decide(
    compileRuleSet({ countyCode: '421321', version: 7, effectiveFrom: '2026-01-01T00:00:00Z', rules }),
    factsOf(matter(), ZENGDU_CONTEXT),
  );

describe('the order of referrals in a decision', () => {
  it('lists HIGH referrals first, then by rule precedence, whatever the order rules are written in', () => {
    const decision = decideWith([
      always('third', 30, [refer('LEGAL_AID', 'HIGH')]),
      always('first', 10, [refer('MEDIATION', 'NORMAL')]),
      always('second', 20, [refer('ARBITRATION', 'NORMAL'), refer('PETITION', 'HIGH')]),
    ]);
    expect(decision.firedRuleIds).toEqual(['first', 'second', 'third']);
    expect(decision.referrals.map((r) => `${r.ruleId}:${r.target}`)).toEqual([
      'second:PETITION',
      'third:LEGAL_AID',
      'first:MEDIATION',
      'second:ARBITRATION',
    ]);
    expect(decision).toMatchObject({ ruleSetVersion: 7, countyCode: '421321' });
  });

  it('names a target once, keeping the HIGH referral over an earlier NORMAL one', () => {
    const decision = decideWith([
      always('normal-first', 10, [refer('INSPECTION', 'NORMAL')]),
      always('urgent-later', 20, [refer('INSPECTION', 'HIGH')]),
    ]);
    expect(decision.referrals).toEqual([
      expect.objectContaining({ target: 'INSPECTION', priority: 'HIGH', ruleId: 'urgent-later' }),
    ]);
  });

  it('stops trying rules after a stop rule fires', () => {
    const decision = decideWith([
      always('stopper', 10, [refer('CONSULTATION_CLOSE', 'NORMAL')], true),
      always('skipped', 20, [refer('ARBITRATION', 'HIGH')]),
    ]);
    expect(decision.firedRuleIds).toEqual(['stopper']);
    expect(decision.referrals.map((r) => r.target)).toEqual(['CONSULTATION_CLOSE']);
  });
});
