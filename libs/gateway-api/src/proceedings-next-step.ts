import type { ProceedingsNextStep } from './rest-types';

/**
 * What an accepted case awaits next, in the order the law runs: the application copy served on the respondent
 * (送达, 劳动争议调解仲裁法 Art. 30), the tribunal composed (组庭, Art. 32), a hearing scheduled with its notice
 * (开庭, Art. 35) — again after a postponement —, a scheduled hearing held and recorded (庭审笔录, Art. 40), then
 * the award (or a 调解书, Arts. 42–47). The defence is not awaited: a late one does not stop the case (Art. 30).
 * One rule for the gateway's queue and the web's case screen.
 */
export function nextProceedingsStep(found: {
  applicationCopyServedOn?: string;
  tribunalForm?: string;
  hearings?: readonly { status: string }[];
}): ProceedingsNextStep {
  if (!found.applicationCopyServedOn) return 'SERVE_APPLICATION_COPY';
  if (!found.tribunalForm) return 'COMPOSE_TRIBUNAL';
  const hearings = found.hearings ?? [];
  if (hearings.some((hearing) => hearing.status === 'SCHEDULED')) return 'RECORD_HEARING';
  if (hearings.some((hearing) => hearing.status === 'HELD')) return 'AWARD';
  return 'SCHEDULE_HEARING';
}
