import { Injectable } from '@nestjs/common';
import { PoisonMessageError } from '@onewindow/messaging';
import { officeReferralHandlers } from '@onewindow/office';
import { TakeReferralUseCase } from '../application/take-referral.use-case';
import { SupervisionRuleError } from '../domain';

/** Takes the referrals addressed to labor-relations supervision (the office contract, libs/office). */
@Injectable()
export class ReferralIssuedEventHandler {
  constructor(private readonly takeReferral: TakeReferralUseCase) {}

  readonly handlers = officeReferralHandlers('LABOR_RELATIONS_SUPERVISION', async (referral) => {
    try {
      await this.takeReferral.execute(referral);
    } catch (error) {
      // Content the rules cannot read will not improve on a retry.
      if (error instanceof SupervisionRuleError) throw new PoisonMessageError(error.message, { cause: error });
      throw error;
    }
  });
}
