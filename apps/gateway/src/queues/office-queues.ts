import type { inspection, laborRelations } from '@onewindow/contracts';
import type { InspectionStatus, QueueItem, SupervisionStatus } from '@onewindow/gateway-api';
import { toRestInspectionStatus, toRestInspectionSummary } from '../inspection/inspection-views';
import { toRestSupervisionStatus } from '../labor-relations/supervision-views';
import { isOverdue } from './work-queues';

const INSPECTION_STATUS_ZH: Record<InspectionStatus, string> = {
  AWAITING_ACCEPTANCE: '待作出受理决定',
  AWAITING_MATERIAL: '待补正投诉材料',
  UNDER_INVESTIGATION: '调查中',
  CORRECTION_ORDERED: '责令改正期间，待复查',
  NOT_COMPLIED: '逾期未改正，待处罚或移送',
  CONCLUDED: '已结案',
};

const SOURCE_ZH = { COMPLAINT: '投诉', REPORT: '举报', OWN_INITIATIVE: '主动监察' } as const;

/**
 * The inspector's queue (INSPECTION_CASES): the open cases of the caller's counties, oldest received first, each
 * with the deadline that runs now (the 5-working-day acceptance decision, the investigation, the order's day).
 * A report shows as 举报 only: the reporter is never named (条例 Art. 9).
 */
export function inspectionQueueItems(cases: readonly inspection.InspectionCase[], today: string): QueueItem[] {
  return [...cases]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
    .map((found): QueueItem => {
      const summary = toRestInspectionSummary(found);
      const status = toRestInspectionStatus(found.status);
      const dueOn = summary.nextDue?.dueOn;
      const who = summary.source === 'COMPLAINT' && summary.complainantName ? `${summary.complainantName} / ` : '';
      return {
        matterId: found.matterId,
        matterNumber: found.matterNumber,
        countyCode: found.countyCode,
        ...(found.referralId ? { referralId: found.referralId } : {}),
        caseId: found.caseId,
        title: `${SOURCE_ZH[summary.source] ?? ''} ${who}${summary.employerName}：${INSPECTION_STATUS_ZH[status] ?? status}${
          found.caseNumber ? `（${found.caseNumber}）` : ''
        }`,
        ...(dueOn ? { dueOn } : {}),
        overdue: isOverdue(dueOn, today),
        inspectionStatus: status,
      };
    });
}

const SUPERVISION_STATUS_ZH: Record<SupervisionStatus, string> = {
  RECEIVED: '已接收转办，待登记裁员报告或开展专项检查',
  UNDER_REVIEW: '审查中',
  CONCLUDED: '已办结',
};

/** The labor-relations officer's queue (SUPERVISION_MATTERS): the open matters of the caller's counties, oldest first. */
export function supervisionQueueItems(matters: readonly laborRelations.SupervisionMatter[]): QueueItem[] {
  return [...matters]
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn))
    .map((found): QueueItem => {
      const status = toRestSupervisionStatus(found.status);
      return {
        matterId: found.matterId,
        matterNumber: found.matterNumber,
        countyCode: found.countyCode,
        ...(found.referralId ? { referralId: found.referralId } : {}),
        caseId: found.supervisionId,
        title: `${found.employer?.name ?? ''}：${SUPERVISION_STATUS_ZH[status] ?? status}${
          found.number ? `（${found.number}）` : ''
        }`,
        overdue: false,
        supervisionStatus: status,
      };
    });
}
