import type { OfficeAnswer } from '@onewindow/office';
import type { ArbitrationCaseRecord, ArbitrationEvent } from './arbitration-case.repository';

/**
 * What the commission tells routing about its referral, by the office contract (libs/office):
 * it takes the referral when it first handles the application — a supplement notice or the receipt
 * (收件) — under the case's own number, and concludes it when it does not accept the application
 * (不予受理, 劳动争议调解仲裁法 Art. 29: the worker may then sue). It is taken once, with the case's first
 * write (`alreadyTaken` false): a later write — a supplement (补正) and the review after it, an
 * acceptance decision — answers nothing more than CONCLUDED. Awards, mediation in arbitration and
 * withdrawals follow with the award work.
 */
export function officeAnswersOf(
  record: ArbitrationCaseRecord,
  event: ArbitrationEvent,
  alreadyTaken: boolean,
): OfficeAnswer[] {
  const taken: OfficeAnswer[] = alreadyTaken
    ? []
    : [{ kind: 'TAKEN', officeCaseNumber: record.receiptNumber || record.caseId }];
  switch (event.type) {
    case 'SupplementRequested':
    case 'ApplicationReceived':
      return taken;
    case 'SupplementSubmitted':
    case 'ApplicationAccepted':
      return [];
    case 'ProceedingsStep':
      return event.kind === 'APPLICATION_WITHDRAWN'
        ? [{ kind: 'CONCLUDED', outcome: 'CLOSED', reason: record.withdrawalReason ?? event.summary }]
        : [];
    case 'ApplicationNotAccepted':
      return [
        ...taken,
        {
          kind: 'CONCLUDED',
          outcome: 'CLOSED',
          reason: `不予受理：${record.nonAcceptanceReason}。${record.remedy}`,
        },
      ];
  }
}
