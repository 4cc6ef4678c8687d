import { Injectable } from '@nestjs/common';
import { EventTypes, fromProtoEnum, matterContentFromProto, routing } from '@onewindow/contracts';
import { decodePayload, EventHandler, PoisonMessageError } from '@onewindow/messaging';
import { ReviewApplicationUseCase } from '../application/review-application.use-case';
import { ArbitrationDomainError, MatterContent } from '../domain';

/** Takes the referrals addressed to arbitration; the rest of the referral stream is for others. */
@Injectable()
export class ReferralIssuedEventHandler {
  constructor(private readonly reviewApplication: ReviewApplicationUseCase) {}

  readonly handlers: Record<string, EventHandler> = {
    [EventTypes.referralIssued]: async (event) => {
      const issued = decodePayload(routing.ReferralIssued, event);
      if (fromProtoEnum(issued.referral?.target, 'REFERRAL_TARGET_') !== 'ARBITRATION') return;
      if (!issued.referral?.referralId || !issued.matterId || !issued.content) {
        throw new PoisonMessageError(`ReferralIssued ${event.id} lacks a referral id, matter id or content`);
      }
      try {
        await this.reviewApplication.execute({
          referralId: issued.referral.referralId,
          matterId: issued.matterId,
          matterNumber: issued.matterNumber,
          content: matterContentFromProto(issued.content) as MatterContent,
          issuedAt: issued.issuedAt || event.time,
        });
      } catch (error) {
        // Content the review cannot read will not improve on a retry.
        if (error instanceof ArbitrationDomainError) throw new PoisonMessageError(error.message, { cause: error });
        throw error;
      }
    },
  };
}
