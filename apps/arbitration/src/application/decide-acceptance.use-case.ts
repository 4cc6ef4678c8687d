import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { retryOnConflict } from '@onewindow/persistence';
import { AcceptanceDecision, decideAcceptance } from '../domain';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
} from './arbitration-case.repository';
import { requireCallersCase, requireMayDecideAcceptance } from './case-access';
import { CaseNotFoundError } from './find-cases.use-case';
import { nextDocumentNumber, toCaseDeadline } from './review-application.use-case';

/** An arbitrator's acceptance decision (受理决定) on a case received but not accepted the same day. */
@Injectable()
export class DecideAcceptanceUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  /**
   * Two clerks deciding at once cannot both win: the loser re-reads, and the domain then says the
   * decision is no longer pending.
   */
  execute(
    caller: Caller,
    caseId: string,
    decision: AcceptanceDecision,
    now = new Date(),
  ): Promise<ArbitrationCaseRecord> {
    requireMayDecideAcceptance(caller);
    return retryOnConflict(async () => {
      const current = caseId ? await this.cases.findById(caseId) : undefined;
      if (!current) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
      requireCallersCase(caller, current);
      const decidedOn = todayInChina(now);
      const outcome = decideAcceptance(current, decision, decidedOn);
      if (outcome.outcome === 'NOT_ACCEPTED') {
        const refused: ArbitrationCaseRecord = {
          ...current,
          status: 'NOT_ACCEPTED',
          nonAcceptanceReasonCode: 'DECIDED_BY_COMMISSION',
          nonAcceptanceReason: outcome.reason,
          remedy: outcome.remedy,
          documents: [
            ...current.documents,
            {
              kind: 'NON_ACCEPTANCE_NOTICE',
              title: '不予受理通知书',
              number: await nextDocumentNumber(this.cases, 'non-acceptance-notice', current.countyCode, decidedOn),
              issuedOn: decidedOn,
            },
          ],
        };
        await this.cases.saveChanges(refused, current.version, [{ type: 'ApplicationNotAccepted' }]);
        return { ...refused, version: current.version + 1 };
      }
      const noticeNumber = await nextDocumentNumber(this.cases, 'acceptance-notice', current.countyCode, decidedOn);
      const awardDue = toCaseDeadline(outcome.awardDue);
      const accepted: ArbitrationCaseRecord = {
        ...current,
        status: 'ACCEPTED',
        acceptedOn: outcome.acceptedOn,
        acceptanceNoticeNumber: noticeNumber,
        deadlines: outcome.deadlines.map(toCaseDeadline),
        documents: [
          ...current.documents,
          {
            kind: 'ACCEPTANCE_NOTICE',
            title: '受理通知书',
            number: noticeNumber,
            issuedOn: decidedOn,
            deadline: awardDue,
          },
        ],
      };
      await this.cases.saveChanges(accepted, current.version, [
        // Only applications outside 当日受理 wait for this decision.
        { type: 'ApplicationAccepted', awardDue, sameDayRequired: false },
      ]);
      return { ...accepted, version: current.version + 1 };
    });
  }
}
