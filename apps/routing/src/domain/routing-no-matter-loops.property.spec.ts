// No matter loops: whatever is referred keeps failing or declining, round after round, and the matter
// still ends with the duty supervisor within the round limit, never re-sent to a target that came back
// unless a rule allows the retry.
import fc from 'fast-check';
import { factsOf, type FactsContext, type ReferralHistory } from './matter-facts';
import type { MatterContent } from './matter-content';
import { registeredMatter } from './routing.arbitraries';
import { suizhouDefaultRuleSet } from './routing.fixture';
import { decide, MAX_REFERRAL_ROUNDS } from './routing.engine';
import type { RoutingDecision } from './routing-decision';
import type { ReferralTarget, RuleSet } from './rule-set';
import { compileRuleSet, type CompiledRuleSet } from './rule-set.compiler';

const context: FactsContext = {
  countyMonthlyMinimumWageFen: 213_000,
  smallClaimMultiplier: 12,
  minimumWageTier: 2,
  today: '2026-11-30',
};

interface Run {
  readonly decisions: RoutingDecision[];
  readonly histories: ReferralHistory[];
}

/** Decides, lets every referral fail or decline (as `declines` says), and decides again until the supervisor has it. */
function runUntilSupervisor(compiled: CompiledRuleSet, content: MatterContent, declines: (n: number) => boolean): Run {
  const failed = new Set<ReferralTarget>();
  const declined = new Set<ReferralTarget>();
  const previous = new Set<ReferralTarget>();
  const run: Run = { decisions: [], histories: [] };
  for (let round = 1; round <= MAX_REFERRAL_ROUNDS + 5; round += 1) {
    const history: ReferralHistory = {
      failedTargets: [...failed],
      declinedTargets: [...declined],
      round,
      previousTargets: [...previous],
    };
    const decision = decide(compiled, factsOf(content, { ...context, history }));
    run.histories.push(history);
    run.decisions.push(decision);
    if (decision.referrals.some((referral) => referral.target === 'SUPERVISOR_QUEUE')) return run;
    decision.referrals.forEach((referral, index) => {
      previous.add(referral.target);
      (declines(round * 16 + index) ? declined : failed).add(referral.target);
    });
  }
  throw new Error(`no supervisor after ${MAX_REFERRAL_ROUNDS + 5} rounds: ${JSON.stringify(run.decisions)}`);
}

const declinePattern = fc.func(fc.boolean());

describe('no matter loops', () => {
  const defaults = compileRuleSet(suizhouDefaultRuleSet('421321'));

  it('under the default rules, ends with the supervisor within the round limit and never re-sends a returned target', () => {
    fc.assert(
      fc.property(registeredMatter('421321'), declinePattern, (content, declines) => {
        const { decisions, histories } = runUntilSupervisor(defaults, content, declines);
        expect(decisions.length).toBeLessThanOrEqual(MAX_REFERRAL_ROUNDS + 1);
        decisions.forEach((decision, i) => {
          const history = histories[i];
          for (const referral of decision.referrals) {
            // The default rules allow no retry, and the supervisor is where the loop ends.
            if (referral.target === 'SUPERVISOR_QUEUE') continue;
            expect(history.previousTargets).not.toContain(referral.target);
          }
        });
      }),
      { numRuns: 1_000 },
    );
  });

  it('even when every rule allows retries, the round limit ends it, and only retryAllowed targets come back', () => {
    const base = suizhouDefaultRuleSet('421321');
    const retrying: RuleSet = {
      ...base,
      rules: base.rules.map((rule, index) => ({
        ...rule,
        refer: rule.refer.map((template) => ({ ...template, retryAllowed: index % 2 === 0 })),
      })),
    };
    const compiled = compileRuleSet(retrying);
    const retryable = new Set(
      compiled.rules.flatMap((rule) => rule.retryAllowedTargets.map((target) => `${rule.id}:${target}`)),
    );
    fc.assert(
      fc.property(registeredMatter('421321'), declinePattern, (content, declines) => {
        const { decisions, histories } = runUntilSupervisor(compiled, content, declines);
        expect(decisions.length).toBeLessThanOrEqual(MAX_REFERRAL_ROUNDS + 1);
        decisions.forEach((decision, i) => {
          const returned = [...histories[i].failedTargets, ...histories[i].declinedTargets];
          for (const referral of decision.referrals) {
            if (referral.target === 'SUPERVISOR_QUEUE' || !returned.includes(referral.target)) continue;
            expect(retryable).toContain(`${referral.ruleId}:${referral.target}`);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
