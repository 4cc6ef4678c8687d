import fc from 'fast-check';
import { factsOf, type FactsContext } from './matter-facts';
import { PROPERTY_DECISION_DATE, referralHistory, registeredMatter } from './routing.arbitraries';
import { suizhouDefaultRuleSet } from './routing.fixture';
import { decide } from './routing.engine';
import { REFERRAL_PRIORITIES } from './rule-set';
import { compileRuleSet } from './rule-set.compiler';

const context: fc.Arbitrary<FactsContext> = fc.record({
  countyMonthlyMinimumWageFen: fc.constantFrom(240_000, 213_000, 197_000),
  smallClaimMultiplier: fc.integer({ min: 1, max: 24 }),
  minimumWageTier: fc.constantFrom(1, 2, 3),
  today: fc.constant(PROPERTY_DECISION_DATE),
});

const ruleSet = suizhouDefaultRuleSet('421381');
const compiled = compileRuleSet(ruleSet);

describe('every registered matter is referred somewhere, the same way every time', () => {
  it('gives at least one referral (or a consultation close), each target once, HIGH before NORMAL', () => {
    fc.assert(
      fc.property(registeredMatter(), context, (content, ctx) => {
        const { referrals } = decide(compiled, factsOf(content, ctx));
        const targets = referrals.map((r) => r.target);
        const priorityRanks = referrals.map((r) => REFERRAL_PRIORITIES.indexOf(r.priority));
        expect(referrals.length).toBeGreaterThanOrEqual(1);
        expect(new Set(targets).size).toBe(targets.length);
        expect(priorityRanks).toEqual([...priorityRanks].sort((a, b) => a - b));
        if (content.kind === 'CONSULTATION' && content.channel !== 'PETITION_VISIT') {
          expect(targets).toContain('CONSULTATION_CLOSE');
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('still refers every matter somewhere when it comes back, at any point in the loop', () => {
    fc.assert(
      fc.property(registeredMatter(), context, referralHistory, (content, ctx, history) => {
        const { referrals } = decide(compiled, factsOf(content, { ...ctx, history }));
        expect(referrals.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2_000 },
    );
  });

  it('decides identically for equal facts under the same rule-set version, even compiled afresh', () => {
    fc.assert(
      fc.property(registeredMatter(), context, referralHistory, (content, ctx, history) => {
        const first = decide(compiled, factsOf(content, { ...ctx, history }));
        const again = decide(
          compileRuleSet(ruleSet),
          factsOf(structuredClone(content), { ...ctx, history: structuredClone(history) }),
        );
        expect(again).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});
