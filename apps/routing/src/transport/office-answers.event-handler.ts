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
import { REFERRAL_TARGETS, type ReferralTarget } from '../domain';
import { ReferralTransitionError, type ReferralOutcome } from '../domain/referral-lifecycle';
import { SideReferralRefusedError } from '../domain/side-referral';

/**
 * The office contract, routing's side: offices that run as OneWindow services announce on their own
 * topics that they took, declined or concluded a referral, and the loop moves on as if they had
 * called AcknowledgeReferral / ReportOutcome; they also ask for side referrals beside their own (the
 * court's 支付令 or 司法确认). An answer routing cannot apply will not apply on a retry either: it goes to
 * the dead-letter topic, to be looked at.
 */
@Injectable()
export class OfficeAnswersEventHandler {
  constructor(private readonly loop: ReferralLoopUseCase) {}

  private answer(event: ConsumedEvent, referralId: string, answer: OfficeAnswer): Promise<void> {
    return this.asOffice(event, (office) => this.loop.answerAsOffice(office, referralId, answer));
  }

  /** Runs `step` for the office whose topic carried `event`; what can never apply is a poison message. */
  private async asOffice(event: ConsumedEvent, step: (office: ReferralTarget) => Promise<unknown>): Promise<void> {
    const answeringOffice = officeOfTopic(event.topic);
    if (!answeringOffice)
      throw new PoisonMessageError(`${event.type} ${event.id} came from ${event.topic}, no office's topic`);
    try {
      await step(answeringOffice);
    } catch (error) {
      if (
        error instanceof ReferralNotFoundError ||
        error instanceof ReferralTransitionError ||
        error instanceof OfficeAnswersForAnotherError ||
        error instanceof SideReferralRefusedError
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
    [EventTypes.officeSideReferralRequested]: async (event) => {
      const requested = decodePayload(office.SideReferralRequested, event);
      const target = fromProtoEnum(requested.target, 'REFERRAL_TARGET_');
      if (target && !(REFERRAL_TARGETS as readonly string[]).includes(target)) {
        throw new PoisonMessageError(`SideReferralRequested ${event.id} names an unknown target ${target}`);
      }
      await this.asOffice(event, (office) =>
        this.loop.requestSideReferralAsOffice(office, requested.referralId, {
          target: target as ReferralTarget | '',
          reason: requested.reason,
          attachmentTitle: requested.attachmentTitle,
          attachmentNumber: requested.attachmentNumber,
          requestId: requested.requestId,
          requestedAt: requested.requestedAt || event.time,
        }),
      );
    },
  };
}
