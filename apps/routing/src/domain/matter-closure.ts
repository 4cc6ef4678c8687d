// When a matter is done (办结): when every principal referral has ended. Side referrals — legal aid
// alongside the worker's case (法律援助法 Art. 31–32), the trade union told of a collective dispute
// (the Suizhou plan's 人社+工会+法院 联动), labor-relations supervision told of one — accompany the
// principal path and do not keep the matter open, nor close it by ending first. So does the court
// (人民法院) asked by an office for a payment order (支付令, 劳动争议调解仲裁法 Art. 16) or a judicial
// confirmation (司法确认, 人民调解法 Art. 33) of its agreement: the office's own referral carries the matter.
import type { ReferralStatus } from './referral-lifecycle';
import { SIDE_REFERRAL_ONLY_TARGETS, type ReferralTarget } from './rule-set';

export interface ClosureReferral {
  readonly target: ReferralTarget;
  readonly status: ReferralStatus;
  readonly round: number;
}

export const ALWAYS_SIDE: readonly ReferralTarget[] = ['LEGAL_AID', 'TRADE_UNION', 'COURT'];
/** Told alongside another office's handling; the principal path when it is the only one (a mass layoff). */
const SIDE_WHEN_ACCOMPANYING: readonly ReferralTarget[] = ['LABOR_RELATIONS_SUPERVISION'];
const ENDED: readonly ReferralStatus[] = ['RESOLVED', 'FAILED', 'DECLINED', 'TRANSFERRED', 'CLOSED'];

/** The referrals that carry the matter: in each round, those not accompanying another office's. */
export function principalReferrals<R extends ClosureReferral>(referrals: readonly R[]): R[] {
  const rounds = [...new Set(referrals.map((r) => r.round))];
  return rounds.flatMap((round) => {
    const inRound = referrals.filter((r) => r.round === round);
    const core = inRound.filter((r) => !ALWAYS_SIDE.includes(r.target) && !SIDE_WHEN_ACCOMPANYING.includes(r.target));
    if (core.length > 0) return core;
    const supervision = inRound.filter((r) => SIDE_WHEN_ACCOMPANYING.includes(r.target));
    // A round of side referrals only (legal aid asked for on its own) is its own principal path; what an
    // office asked the court for never is (it goes alongside that office's referral, in its round).
    return supervision.length > 0 ? supervision : inRound.filter((r) => !SIDE_REFERRAL_ONLY_TARGETS.includes(r.target));
  });
}

/**
 * Every principal referral has ended. One that failed or was declined has already been routed again
 * in the same step (the loop), so the next round's open referrals keep the matter open.
 */
export function isMatterConcluded(referrals: readonly ClosureReferral[]): boolean {
  const principal = principalReferrals(referrals);
  return principal.length > 0 && principal.every((referral) => ENDED.includes(referral.status));
}
