// Decides where a matter goes (分流) from its facts and the county's compiled rules. Pure and
// deterministic: the same facts and rule-set version always give the same decision.
import type { Facts } from './matter-facts';
import type { Referral, RoutingDecision } from './routing-decision';
import type { CompiledRule, CompiledRuleSet } from './rule-set.compiler';
import { REFERRAL_PRIORITIES } from './rule-set';

// A matter no rule covers is never dropped: the duty supervisor routes it by hand (一管到底).
export const UNCOVERED_MATTER_REFERRAL: Referral = Object.freeze({
  target: 'SUPERVISOR_QUEUE',
  priority: 'NORMAL',
  reason: '无规则覆盖，转值班主任人工分流',
  legalBasis: '《随州市“一站式”劳动保障维权中心工作实施方案》（随人社函〔2023〕36号）五(一)1：一窗受理、一管到底',
  ruleId: null,
  // The supervisor triages the next working day at the latest, so no matter waits unowned.
  acknowledgeWithinWorkingDays: 1,
});

export function decide(compiled: CompiledRuleSet, facts: Facts): RoutingDecision {
  const fired: CompiledRule[] = [];
  for (const rule of compiled.rules) {
    if (!rule.matches(facts)) continue;
    fired.push(rule);
    if (rule.stop) break;
  }
  return {
    referrals: fired.length > 0 ? referralsOf(fired) : [UNCOVERED_MATTER_REFERRAL],
    firedRuleIds: fired.map((rule) => rule.id),
    ruleSetVersion: compiled.version,
    countyCode: compiled.countyCode,
  };
}

/** HIGH first, then precedence; a target named by several rules keeps its most urgent, earliest referral. */
function referralsOf(fired: readonly CompiledRule[]): Referral[] {
  const referrals: Referral[] = [];
  for (const priority of REFERRAL_PRIORITIES) {
    for (const rule of fired) {
      for (const referral of rule.referrals) {
        if (referral.priority !== priority) continue;
        if (referrals.some((earlier) => earlier.target === referral.target)) continue;
        referrals.push(referral);
      }
    }
  }
  return referrals;
}
