import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { retryOnConflict } from '@onewindow/persistence';
import { answerConsultation } from '../domain/consultation-answer';
import { isMatterConcluded } from '../domain/matter-closure';
import { ReferralNotFoundError, type LoopResult } from './referral-loop.use-case';
import { requireMayAnswerConsultation } from './routing-access';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  RoutingEvent,
} from './routing-case.repository';

export interface ConsultationAnswerCommand {
  referralId: string;
  answer: string;
  basis: string;
  /** The name the gateway knows for the caller; the caller's user id when empty. */
  answererName: string;
  requestId?: string;
}

/**
 * A staff member answers a consultation (咨询解答登记): the answer, its basis and who answered are
 * recorded with the referral; it is acknowledged and resolved in the same write, and when it was the
 * last principal referral the matter concludes (MatterConcluded), as any other.
 */
@Injectable()
export class AnswerConsultationUseCase {
  constructor(@Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository) {}

  execute(caller: Caller, command: ConsultationAnswerCommand, now = new Date()): Promise<LoopResult> {
    return retryOnConflict(async () => {
      const current = command.referralId ? await this.cases.findByReferral(command.referralId) : undefined;
      const referral = current?.referrals.find((r) => r.referralId === command.referralId);
      if (!current || !referral) throw new ReferralNotFoundError(command.referralId);
      requireMayAnswerConsultation(caller, { referralId: referral.referralId, countyCode: current.countyCode });

      const step = answerConsultation(
        referral,
        {
          answer: command.answer,
          basis: command.basis,
          answeredBy: { userId: caller.userId, name: command.answererName },
          ...(command.requestId ? { requestId: command.requestId } : {}),
        },
        now,
      );
      const answered = { matterNumber: current.matterNumber, countyCode: current.countyCode, rerouted: [] };
      if (step.kind === 'repeat') return { ...answered, referral };

      const updated: RoutingCaseRecord = {
        ...current,
        referrals: current.referrals.map((r) =>
          r.referralId === referral.referralId
            ? {
                ...r,
                status: step.transition.status,
                statusReason: step.transition.statusReason,
                consultationAnswer: step.answer,
              }
            : r,
        ),
      };
      // Both steps of the loop are announced, the acceptance and then the outcome with the answer, so a
      // subscriber never sees an outcome nobody accepted.
      const events: RoutingEvent[] = [
        { type: 'ReferralAcknowledged', referralId: referral.referralId, status: 'ACCEPTED' },
        { type: 'ReferralOutcomeReported', referralId: referral.referralId },
      ];
      if (isMatterConcluded(updated.referrals) && !isMatterConcluded(current.referrals)) {
        events.push({ type: 'MatterConcluded' });
      }
      await this.cases.save(updated, current.version, events);
      return { ...answered, referral: updated.referrals.find((r) => r.referralId === referral.referralId)! };
    });
  }
}
