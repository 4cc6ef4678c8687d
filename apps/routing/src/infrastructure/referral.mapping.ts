import { routing, toProtoEnum } from '@onewindow/contracts';
import type { IssuedReferral } from '../application/routing-decision.repository';

export function referralToProto(referral: IssuedReferral): routing.Referral {
  return {
    ...referral,
    target: toProtoEnum(referral.target, 'REFERRAL_TARGET_', routing.ReferralTarget),
    priority: toProtoEnum(referral.priority, 'REFERRAL_PRIORITY_', routing.ReferralPriority),
  };
}
