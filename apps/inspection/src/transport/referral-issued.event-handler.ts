import { Injectable } from '@nestjs/common';
import { decodePayload, type EventHandler, PoisonMessageError } from '@onewindow/messaging';
import { EventTypes, fromProtoEnum, laborRelations } from '@onewindow/contracts';
import { officeReferralHandlers } from '@onewindow/office';
import { TakeReferralUseCase } from '../application/take-referral.use-case';
import { InspectionRuleError } from '../domain';

/**
 * Takes the referrals addressed to inspection (the office contract, libs/office), and the findings
 * labor-relations supervision refers to it (InspectionRequested: an own-initiative case per supervision).
 */
@Injectable()
export class ReferralIssuedEventHandler {
  constructor(private readonly taking: TakeReferralUseCase) {}

  readonly handlers = officeReferralHandlers('INSPECTION', async (referral) => {
    try {
      await this.taking.execute(referral);
    } catch (error) {
      // Content the rules cannot read will not improve on a retry.
      if (error instanceof InspectionRuleError) throw new PoisonMessageError(error.message, { cause: error });
      throw error;
    }
  });

  readonly supervisionHandlers: Record<string, EventHandler> = {
    [EventTypes.inspectionRequested]: async (event) => {
      const requested = decodePayload(laborRelations.InspectionRequested, event);
      if (!requested.supervisionId || !requested.countyCode) {
        throw new PoisonMessageError(`InspectionRequested ${event.id} lacks a supervision id or county`);
      }
      try {
        await this.taking.fromSupervision({
          supervisionId: requested.supervisionId,
          supervisionNumber: requested.supervisionNumber,
          countyCode: requested.countyCode,
          employer: requested.employer,
          breaches: requested.breaches,
          category: fromProtoEnum(requested.category, 'CLAIM_CATEGORY_'),
          requestedOn: requested.requestedOn,
        });
      } catch (error) {
        if (error instanceof InspectionRuleError) throw new PoisonMessageError(error.message, { cause: error });
        throw error;
      }
    },
  };
}
