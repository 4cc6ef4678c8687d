import type { arbitration } from '@onewindow/contracts';
import { type ArbitrationProceedingsItem, nextProceedingsStep } from '@onewindow/gateway-api';
import { isOverdue } from './work-queues';

/** An accepted case in the arbitration court's queue: its next step and the award's last day (仲裁期限, Art. 43). */
export function proceedingsItemOf(found: arbitration.ArbitrationCase, today: string): ArbitrationProceedingsItem {
  // No last day while suspended (中止): the clock stands still.
  const awardDueOn = found.awardDue?.dueOn || undefined;
  return {
    caseId: found.caseId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    applicantName: found.applicantName,
    nextStep: nextProceedingsStep(found),
    ...(awardDueOn ? { awardDueOn } : {}),
    overdue: isOverdue(awardDueOn, today),
    suspendedSince: found.suspendedSince,
  };
}
