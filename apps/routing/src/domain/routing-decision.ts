// The answer routing gives for one matter: where it goes, why, and which rules said so.
import type { ReferralPriority, ReferralTarget } from './rule-set';

export interface Referral {
  readonly target: ReferralTarget;
  readonly priority: ReferralPriority;
  /** Chinese, for the worker and the receiving agency. */
  readonly reason: string;
  /** Chinese citation. */
  readonly legalBasis: string;
  /** The rule that made this referral; null when no rule covered the matter. */
  readonly ruleId: string | null;
  readonly acknowledgeWithinWorkingDays: number;
}

export interface RoutingDecision {
  /** HIGH before NORMAL, then in rule precedence; each target at most once. Never empty. */
  readonly referrals: readonly Referral[];
  /** In precedence order, including rules whose referral was already made by an earlier rule. */
  readonly firedRuleIds: readonly string[];
  readonly ruleSetVersion: number;
  readonly countyCode: string;
}
