import { Injectable } from '@nestjs/common';
import { PoisonMessageError } from '@onewindow/messaging';
import { officeReferralHandlers } from '@onewindow/office';
import { TakeReferralUseCase } from '../application/take-referral.use-case';
import { MediationRuleError } from '../domain';

/** Takes the referrals addressed to mediation (the office contract, libs/office). */
@Injectable()
export class ReferralIssuedEventHandler {
  constructor(private readonly takeReferral: TakeReferralUseCase) {}

  readonly handlers = officeReferralHandlers('MEDIATION', async (referral) => {
    try {
      await this.takeReferral.execute(referral);
    } catch (error) {
      // Content the rules cannot read will not improve on a retry.
      if (error instanceof MediationRuleError) throw new PoisonMessageError(error.message, { cause: error });
      throw error;
    }
  });
}
