import { Injectable } from '@nestjs/common';
import { EventTypes, fromProtoEnum, office } from '@onewindow/contracts';
import { type ConsumedEvent, decodePayload, type EventHandler, PoisonMessageError } from '@onewindow/messaging';
import { officeOfTopic } from '@onewindow/office';
import {
  OfficeAnswer,
  OfficeAnswersForAnotherError,
  ReferralLoopUseCase,
  ReferralNotFoundError,
} from '../application/referral-loop.use-case';
import type { ReferralTarget } from '../domain';
import { ReferralTransitionError, type ReferralOutcome } from '../domain/referral-lifecycle';

/**
 * The office contract, routing's side: offices that run as OneWindow services announce on their own
 * topics that they took, declined or concluded a referral, and the loop moves on as if they had
 * called AcknowledgeReferral / ReportOutcome. An answer routing cannot apply will not apply on a
 * retry either: it goes to the dead-letter topic, to be looked at.
 */
@Injectable()
export class OfficeAnswersEventHandler {
  constructor(private readonly loop: ReferralLoopUseCase) {}

  private async answer(event: ConsumedEvent, referralId: string, answer: OfficeAnswer): Promise<void> {
    const answeringOffice = officeOfTopic(event.topic);
    if (!answeringOffice)
      throw new PoisonMessageError(`${event.type} ${event.id} came from ${event.topic}, no office's topic`);
    try {
      await this.loop.answerAsOffice(answeringOffice, referralId, answer);
    } catch (error) {
      if (
        error instanceof ReferralNotFoundError ||
        error instanceof ReferralTransitionError ||
        error instanceof OfficeAnswersForAnotherError
      ) {
        throw new PoisonMessageError(`${event.type} ${event.id}: ${error.message}`, { cause: error });
      }
      throw error;
    }
  }

  readonly handlers: Record<string, EventHandler> = {
    [EventTypes.officeReferralTaken]: async (event) => {
      const taken = decodePayload(office.ReferralTaken, event);
      await this.answer(event, taken.referralId, { kind: 'TAKEN' });
    },
    [EventTypes.officeReferralDeclined]: async (event) => {
      const declined = decodePayload(office.ReferralDeclined, event);
      await this.answer(event, declined.referralId, { kind: 'DECLINED', reason: declined.reason });
    },
    [EventTypes.officeReferralConcluded]: async (event) => {
      const concluded = decodePayload(office.ReferralConcluded, event);
      const outcome = fromProtoEnum(concluded.outcome, 'REFERRAL_OUTCOME_') as ReferralOutcome | '';
      if (!outcome) throw new PoisonMessageError(`ReferralConcluded ${event.id} names no outcome`);
      const transferTo = fromProtoEnum(concluded.transferTo, 'REFERRAL_TARGET_');
      await this.answer(event, concluded.referralId, {
        kind: 'CONCLUDED',
        outcome,
        reason: concluded.reason,
        ...(transferTo ? { transferTo: transferTo as ReferralTarget } : {}),
      });
    },
  };
}
