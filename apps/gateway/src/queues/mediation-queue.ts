import type { mediation } from '@onewindow/contracts';
import type { MediationStatus, QueueItem } from '@onewindow/gateway-api';
import { toRestStatus } from '../mediation/mediation-views';
import { isOverdue } from './work-queues';

const STATUS_ZH: Partial<Record<MediationStatus, string>> = {
  AWAITING_CONSENT: '待用人单位答复调解建议书',
  IN_MEDIATION: '调解中',
  AGREEMENT_IN_FORCE: '调解协议履行中',
};

/**
 * What the case is waiting for by when: the mediation period's last day while it is mediated (劳动争议调解仲裁法
 * Art. 14 para 3), the next instalment not paid in full once the agreement is in force (Art. 15).
 */
function dueOnOf(found: mediation.MediationCase, status: MediationStatus): string | undefined {
  if (status === 'AGREEMENT_IN_FORCE') {
    return found.agreement?.instalments.find((instalment) => instalment.status !== 'PAID')?.dueOn || undefined;
  }
  return found.period?.dueOn || undefined;
}

/**
 * The mediator's queue (MEDIATION_CASES): the open cases of the caller's counties, the ones the caller is
 * assigned to first, each group oldest received first (the period runs from receipt).
 */
export function mediationQueueItems(
  cases: readonly mediation.MediationCase[],
  callerId: string,
  today: string,
): QueueItem[] {
  const mine = (found: mediation.MediationCase) => found.mediators.some((m) => m.staffUserId === callerId);
  const ordered = [...cases].sort(
    (a, b) => Number(mine(b)) - Number(mine(a)) || a.receivedOn.localeCompare(b.receivedOn),
  );
  return ordered.map((found): QueueItem => {
    const status = toRestStatus(found.status);
    const dueOn = dueOnOf(found, status);
    return {
      matterId: found.matterId,
      matterNumber: found.matterNumber,
      countyCode: found.countyCode,
      referralId: found.referralId,
      caseId: found.caseId,
      title: `${found.workerName} / ${found.employerName}：${STATUS_ZH[status] ?? status}${
        found.recommendationNumber ? `（${found.recommendationNumber}）` : ''
      }`,
      ...(dueOn ? { dueOn } : {}),
      overdue: isOverdue(dueOn, today),
      mediationStatus: status,
      assignedToMe: mine(found),
    };
  });
}
