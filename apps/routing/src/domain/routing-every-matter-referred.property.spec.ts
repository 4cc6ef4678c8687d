import fc from 'fast-check';
import { factsOf } from './matter-facts';
import { CHANNELS, CLAIM_CATEGORIES, MATTER_KINDS, type MatterContent } from './matter-content';
import { suizhouDefaultRuleSet } from './routing.fixture';
import { decide } from './routing.engine';
import { REFERRAL_PRIORITIES } from './rule-set';
import { compileRuleSet } from './rule-set.compiler';

// Any content intake would register: amounts up to its cap of 10^10 fen, up to 100,000 workers.
const registeredMatter: fc.Arbitrary<MatterContent> = fc
  .record({
    kind: fc.constantFrom(...MATTER_KINDS),
    stillEmployed: fc.boolean(),
    claims: fc.array(
      fc.record({
        category: fc.constantFrom(...CLAIM_CATEGORIES),
        amountFen: fc.integer({ min: 0, max: 10_000_000_000 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    workerCount: fc.integer({ min: 1, max: 100_000 }),
    commonClaim: fc.boolean(),
    consentToMediationFirst: fc.boolean(),
    channel: fc.constantFrom(...CHANNELS),
    migrantWorker: fc.boolean(),
    declaresFinancialHardship: fc.boolean(),
  })
  .map(({ stillEmployed, workerCount, commonClaim, ...rest }) => ({
    ...rest,
    countyCode: '421381',
    employment: { stillEmployed },
    workerCount,
    commonClaim: commonClaim && workerCount >= 2,
  }));

const context = fc.record({
  countyMonthlyMinimumWageFen: fc.constantFrom(240_000, 213_000, 197_000),
  smallClaimMultiplier: fc.integer({ min: 1, max: 24 }),
});

const ruleSet = suizhouDefaultRuleSet('421381');
const compiled = compileRuleSet(ruleSet);

describe('every registered matter is referred somewhere, the same way every time', () => {
  it('gives at least one referral, each target once, HIGH before NORMAL', () => {
    fc.assert(
      fc.property(registeredMatter, context, (content, ctx) => {
        const { referrals } = decide(compiled, factsOf(content, ctx));
        const targets = referrals.map((r) => r.target);
        const priorityRanks = referrals.map((r) => REFERRAL_PRIORITIES.indexOf(r.priority));
        expect(referrals.length).toBeGreaterThanOrEqual(1);
        expect(new Set(targets).size).toBe(targets.length);
        expect(priorityRanks).toEqual([...priorityRanks].sort((a, b) => a - b));
      }),
      { numRuns: 2_000 },
    );
  });

  it('decides identically for equal facts under the same rule-set version, even compiled afresh', () => {
    fc.assert(
      fc.property(registeredMatter, context, (content, ctx) => {
        const first = decide(compiled, factsOf(content, ctx));
        const again = decide(compileRuleSet(ruleSet), factsOf(structuredClone(content), { ...ctx }));
        expect(again).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});
