// The answer routing gives for one matter: where it goes, why, and which rules said so.
import { REFERRAL_TARGET_NAMES_ZH, type ReferralPriority, type ReferralTarget } from './rule-set';

export interface Referral {
  readonly target: ReferralTarget;
  readonly priority: ReferralPriority;
  /** Chinese, for the worker and the receiving agency. */
  readonly reason: string;
  /** Chinese citation. */
  readonly legalBasis: string;
  /** The rule that made this referral; null when no rule covered the matter or the loop guard stopped it. */
  readonly ruleId: string | null;
  readonly acknowledgeWithinWorkingDays: number;
}

/**
 * Why a re-decision went to the supervisor instead of the rules' targets (the loop guard):
 * ROUND_LIMIT — the matter has been round the loop MAX_REFERRAL_ROUNDS times already;
 * NO_NEW_TARGET — every target the rules named was referred before (failed, declined, or still working).
 */
export type LoopGuard = 'ROUND_LIMIT' | 'NO_NEW_TARGET';

/** FAILED / DECLINED: came back before and the rule does not allow a retry; ALREADY_REFERRED: still with it, or done. */
export type WithheldBecause = 'FAILED' | 'DECLINED' | 'ALREADY_REFERRED';

/** A referral a fired rule made that was not issued again, because of the matter's history. */
export interface WithheldReferral {
  readonly target: ReferralTarget;
  readonly ruleId: string;
  readonly because: WithheldBecause;
}

export interface RoutingDecision {
  /** HIGH before NORMAL, then in rule precedence; each target at most once. Never empty. */
  readonly referrals: readonly Referral[];
  /** In precedence order, including rules whose referral was already made by an earlier rule. */
  readonly firedRuleIds: readonly string[];
  readonly ruleSetVersion: number;
  readonly countyCode: string;
  /** Present only when some referral was withheld because of the history. */
  readonly withheld?: readonly WithheldReferral[];
  /** Present only when the loop guard sent the matter to the supervisor. */
  readonly loopGuard?: LoopGuard;
}

/** The rule id a transfer's referral carries: no rule chose it, the transferring office did. */
export const TRANSFER_RULE_ID = 'transfer';

/**
 * A transfer (移送): the office that had the matter hands it to another, which gets a referral of its
 * own, as urgent as the one it replaces, acknowledged by the next working day. Inspection passes on
 * what belongs in arbitration or the courts (劳动保障监察条例 Art. 21), and any office what another
 * office should handle (the Suizhou plan: “1+X” 分类处理、联动处置).
 */
export function transferReferral(
  from: { target: ReferralTarget; priority: ReferralPriority },
  to: ReferralTarget,
  reason: string,
): Referral {
  return {
    target: to,
    priority: from.priority,
    reason: `${REFERRAL_TARGET_NAMES_ZH[from.target]}移送：${reason}`,
    legalBasis:
      '《随州市“一站式”劳动保障维权中心工作实施方案》五(二)3：“1+X”分类处理、联动处置；《劳动保障监察条例》第二十一条',
    ruleId: TRANSFER_RULE_ID,
    acknowledgeWithinWorkingDays: 1,
  };
}
