import type { OfficeAnswer } from '@onewindow/office';
import type { ArbitrationCaseRecord, ArbitrationEvent } from './arbitration-case.repository';

/**
 * What the commission tells routing about its referral, by the office contract (libs/office):
 * it takes the referral when it first handles the application — a supplement notice or the receipt
 * (收件) — under the case's own number, and concludes it when it does not accept the application
 * (不予受理, 劳动争议调解仲裁法 Art. 29: the worker may then sue). Taking it again later changes
 * nothing at routing. Awards, mediation in arbitration and withdrawals follow with the award work.
 */
export function officeAnswersOf(record: ArbitrationCaseRecord, event: ArbitrationEvent): OfficeAnswer[] {
  const taken: OfficeAnswer = { kind: 'TAKEN', officeCaseNumber: record.receiptNumber || record.caseId };
  switch (event.type) {
    case 'SupplementRequested':
    case 'ApplicationReceived':
      return [taken];
    case 'ApplicationAccepted':
      return [];
    case 'ApplicationNotAccepted':
      return [
        taken,
        {
          kind: 'CONCLUDED',
          outcome: 'CLOSED',
          reason: `不予受理：${record.nonAcceptanceReason}。${record.remedy}`,
        },
      ];
  }
}
