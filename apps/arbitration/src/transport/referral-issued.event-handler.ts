import { Injectable } from '@nestjs/common';
import { PoisonMessageError } from '@onewindow/messaging';
import { officeReferralHandlers } from '@onewindow/office';
import { ReviewApplicationUseCase } from '../application/review-application.use-case';
import { ArbitrationDomainError, MatterContent } from '../domain';

/** Takes the referrals addressed to arbitration (the office contract, libs/office). */
@Injectable()
export class ReferralIssuedEventHandler {
  constructor(private readonly reviewApplication: ReviewApplicationUseCase) {}

  readonly handlers = officeReferralHandlers('ARBITRATION', async (referral) => {
    try {
      await this.reviewApplication.execute({
        referralId: referral.referralId,
        matterId: referral.matterId,
        matterNumber: referral.matterNumber,
        content: referral.content as MatterContent,
        issuedAt: referral.issuedAt,
      });
    } catch (error) {
      // Content the review cannot read will not improve on a retry.
      if (error instanceof ArbitrationDomainError) throw new PoisonMessageError(error.message, { cause: error });
      throw error;
    }
  });
}
