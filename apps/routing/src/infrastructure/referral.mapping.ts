import { routing, toProtoEnum } from '@onewindow/contracts';
import type { RoutingRound, TrackedReferral } from '../application/routing-case.repository';

type ReferralFields = Omit<TrackedReferral, 'issuedAt'>;

export function referralToProto(referral: ReferralFields): routing.Referral {
  return {
    referralId: referral.referralId,
    target: toProtoEnum(referral.target, 'REFERRAL_TARGET_', routing.ReferralTarget),
    priority: toProtoEnum(referral.priority, 'REFERRAL_PRIORITY_', routing.ReferralPriority),
    reason: referral.reason,
    legalBasis: referral.legalBasis,
    ruleId: referral.ruleId,
    acknowledgeBy: referral.acknowledgeBy,
    status: toProtoEnum(referral.status, 'REFERRAL_STATUS_', routing.ReferralStatus),
    round: referral.round,
    statusReason: referral.statusReason,
    escalated: referral.escalated,
    consultationAnswer: referral.consultationAnswer
      ? {
          answer: referral.consultationAnswer.answer,
          basis: referral.consultationAnswer.basis,
          answeredByUserId: referral.consultationAnswer.answeredBy.userId,
          answeredByName: referral.consultationAnswer.answeredBy.name,
          answeredAt: referral.consultationAnswer.answeredAt,
        }
      : undefined,
    sideReferral: referral.sideReferral
      ? {
          requestedBy: toProtoEnum(referral.sideReferral.requestedBy, 'REFERRAL_TARGET_', routing.ReferralTarget),
          accompaniesReferralId: referral.sideReferral.accompaniesReferralId,
          requestId: referral.sideReferral.requestId,
          requestedAt: referral.sideReferral.requestedAt,
          attachmentTitle: referral.sideReferral.attachmentTitle,
          attachmentNumber: referral.sideReferral.attachmentNumber,
        }
      : undefined,
  };
}

/**
 * What issued a referral, as ReferralIssued tells it: the decision of its round (rule-set version and
 * fired rules), or — for a side referral an office asked for, which joins the office's round — no rule.
 */
export function issuanceOf(
  rounds: readonly RoutingRound[],
  referral: Pick<TrackedReferral, 'round' | 'ruleId' | 'issuedAt' | 'sideReferral'>,
): { ruleSetVersion: number; firedRuleIds: string[]; issuedAt: string } {
  if (referral.sideReferral) return { ruleSetVersion: 0, firedRuleIds: [referral.ruleId], issuedAt: referral.issuedAt };
  const round = rounds.find((r) => r.round === referral.round)!;
  return { ruleSetVersion: round.ruleSetVersion, firedRuleIds: round.firedRuleIds, issuedAt: referral.issuedAt };
}
