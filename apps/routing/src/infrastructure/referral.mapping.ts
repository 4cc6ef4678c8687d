import { routing, toProtoEnum } from '@onewindow/contracts';
import type { TrackedReferral } from '../application/routing-case.repository';

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
  };
}
