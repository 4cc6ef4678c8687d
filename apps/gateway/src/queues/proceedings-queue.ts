import type { arbitration } from '@onewindow/contracts';
import type { ArbitrationProceedingsItem, ProceedingsNextStep } from '@onewindow/gateway-api';
import { isOverdue } from './work-queues';

type CaseSoFar = Pick<arbitration.ArbitrationCase, 'applicationCopyServedOn' | 'tribunalForm' | 'hearings'>;

/**
 * What an accepted case awaits next, in the order the law runs: the application copy served on the respondent
 * (送达, 劳动争议调解仲裁法 Art. 30), the tribunal composed (组庭, Art. 32), a hearing scheduled with its notice
 * (开庭, Art. 35) — again after a postponement —, the hearing held and recorded (庭审笔录, Art. 40), then the award
 * (or a 调解书, Arts. 42–47). The defence is not awaited: a late one does not stop the case (Art. 30).
 */
export function nextProceedingsStep(found: CaseSoFar): ProceedingsNextStep {
  if (!found.applicationCopyServedOn) return 'SERVE_APPLICATION_COPY';
  if (!found.tribunalForm) return 'COMPOSE_TRIBUNAL';
  if (found.hearings.some((hearing) => hearing.status === 'HELD')) return 'AWARD';
  if (found.hearings.some((hearing) => hearing.status === 'SCHEDULED')) return 'RECORD_HEARING';
  return 'SCHEDULE_HEARING';
}

/** An accepted case in the arbitration court's queue: its next step and the award's last day (仲裁期限, Art. 43). */
export function proceedingsItemOf(
  found: arbitration.ArbitrationCase,
  applicantName: string,
  today: string,
): ArbitrationProceedingsItem {
  // No last day while suspended (中止): the clock stands still.
  const awardDueOn = found.awardDue?.dueOn || undefined;
  return {
    caseId: found.caseId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    applicantName,
    nextStep: nextProceedingsStep(found),
    ...(awardDueOn ? { awardDueOn } : {}),
    overdue: isOverdue(awardDueOn, today),
    suspendedSince: found.suspendedSince,
  };
}
