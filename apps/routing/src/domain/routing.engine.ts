// Decides where a matter goes (分流) from its facts and the county's compiled rules. Pure and
// deterministic: the same facts and rule-set version always give the same decision.
//
// The referral loop (转办闭环, 就地分流化解) is decided here too, from the history in the facts:
// - a target that failed or declined this matter is not referred again, unless the rule's referral
//   says retryAllowed; a target referred earlier and not returned (still working, or done) is not
//   referred a second time at all;
// - when that leaves nothing to refer, or the matter has been round the loop MAX_REFERRAL_ROUNDS
//   times, it goes to the duty supervisor with the reason (the loop guard). So no matter loops: each
//   round either refers a target not tried before (there are finitely many), retries one a rule
//   allows, or ends with the supervisor, and the round limit bounds the retries.
import type { Facts } from './matter-facts';
import type { LoopGuard, Referral, RoutingDecision, WithheldBecause, WithheldReferral } from './routing-decision';
import type { CompiledRule, CompiledRuleSet } from './rule-set.compiler';
import { REFERRAL_PRIORITIES, REFERRAL_TARGET_NAMES_ZH, type ReferralTarget } from './rule-set';

/** Automatic decisions a matter may have (the first and its re-decisions) before the supervisor takes over. */
export const MAX_REFERRAL_ROUNDS = 4;

const ONE_WINDOW_TO_THE_END =
  '《随州市“一站式”劳动保障维权中心工作实施方案》（随人社函〔2023〕36号）五(一)1：一窗受理、一管到底';

// A matter no rule covers is never dropped: the duty supervisor routes it by hand (一管到底).
export const UNCOVERED_MATTER_REFERRAL: Referral = Object.freeze({
  target: 'SUPERVISOR_QUEUE',
  priority: 'NORMAL',
  reason: '无规则覆盖，转值班主任人工分流',
  legalBasis: ONE_WINDOW_TO_THE_END,
  ruleId: null,
  // The supervisor triages the next working day at the latest, so no matter waits unowned.
  acknowledgeWithinWorkingDays: 1,
});

const LOOP_GUARD_LEGAL_BASIS = `${ONE_WINDOW_TO_THE_END}；五(一)4：调解不成的，按照劳动者诉求再按相关职责分类处理（就地分流化解）`;

export function decide(compiled: CompiledRuleSet, facts: Facts): RoutingDecision {
  const decided = { ruleSetVersion: compiled.version, countyCode: compiled.countyCode };
  if (facts.referralRound > MAX_REFERRAL_ROUNDS) {
    return {
      referrals: [loopGuardReferral('ROUND_LIMIT', facts, [])],
      firedRuleIds: [],
      ...decided,
      loopGuard: 'ROUND_LIMIT',
    };
  }

  const fired: CompiledRule[] = [];
  for (const rule of compiled.rules) {
    if (!rule.matches(facts)) continue;
    fired.push(rule);
    if (rule.stop) break;
  }
  const firedRuleIds = fired.map((rule) => rule.id);
  if (fired.length === 0) return { referrals: [UNCOVERED_MATTER_REFERRAL], firedRuleIds, ...decided };
  // The first decision (nothing referred before) withholds nothing: the fast path.
  if (facts.previousTargets.length === 0) return { referrals: referralsOf(fired), firedRuleIds, ...decided };

  const { referrals, withheld } = referralsWithHistory(fired, facts);
  if (referrals.length > 0) {
    return withheld.length > 0
      ? { referrals, firedRuleIds, ...decided, withheld }
      : { referrals, firedRuleIds, ...decided };
  }
  return {
    referrals: [loopGuardReferral('NO_NEW_TARGET', facts, withheld)],
    firedRuleIds,
    ...decided,
    withheld,
    loopGuard: 'NO_NEW_TARGET',
  };
}

/** HIGH first, then precedence; a target named by several rules keeps its most urgent, earliest referral. */
export function referralsOf(fired: readonly Pick<CompiledRule, 'referrals'>[]): Referral[] {
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

/**
 * As referralsOf, leaving out targets referred before; a returned target comes back only from a rule
 * that allows the retry (the first such referral in the same order).
 */
function referralsWithHistory(
  fired: readonly CompiledRule[],
  facts: Facts,
): { referrals: Referral[]; withheld: WithheldReferral[] } {
  const referrals: Referral[] = [];
  const withheld: WithheldReferral[] = [];
  for (const priority of REFERRAL_PRIORITIES) {
    for (const rule of fired) {
      for (const referral of rule.referrals) {
        if (referral.priority !== priority) continue;
        const { target } = referral;
        if (referrals.some((earlier) => earlier.target === target)) continue;
        const because = withheldBecause(target, rule, facts);
        if (because === undefined) {
          referrals.push(referral);
          const index = withheld.findIndex((earlier) => earlier.target === target);
          if (index >= 0) withheld.splice(index, 1);
        } else if (!withheld.some((earlier) => earlier.target === target)) {
          withheld.push({ target, ruleId: rule.id, because });
        }
      }
    }
  }
  return { referrals, withheld };
}

function withheldBecause(target: ReferralTarget, rule: CompiledRule, facts: Facts): WithheldBecause | undefined {
  if (!facts.previousTargets.includes(target)) return undefined;
  const failed = facts.failedTargets.includes(target);
  const declined = facts.declinedTargets.includes(target);
  if (!failed && !declined) return 'ALREADY_REFERRED';
  if (rule.retryAllowedTargets.includes(target)) return undefined;
  return failed ? 'FAILED' : 'DECLINED';
}

const BECAUSE_ZH: Readonly<Record<WithheldBecause, string>> = {
  FAILED: '处理不成',
  DECLINED: '不予受理或退回',
  ALREADY_REFERRED: '已在办理或已办结',
};

function loopGuardReferral(guard: LoopGuard, facts: Facts, withheld: readonly WithheldReferral[]): Referral {
  const reason =
    guard === 'ROUND_LIMIT'
      ? `本事项已自动分流${MAX_REFERRAL_ROUNDS}轮仍未化解，不再自动转办，转值班主任人工分流并跟进到底`
      : `第${facts.referralRound}轮分流：规则指向的${withheld
          .map(({ target, because }) => `${REFERRAL_TARGET_NAMES_ZH[target]}（${BECAUSE_ZH[because]}）`)
          .join('、')}均已转办过，不重复转办；无新的分流去向，转值班主任人工分流并跟进到底`;
  return Object.freeze({
    target: 'SUPERVISOR_QUEUE',
    // A matter that has come back is already late for the worker: the supervisor takes it first.
    priority: 'HIGH',
    reason,
    legalBasis: LOOP_GUARD_LEGAL_BASIS,
    ruleId: null,
    acknowledgeWithinWorkingDays: 1,
  });
}
