import { Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import {
  arbitration,
  deadline,
  inspection,
  laborRelations,
  mediation,
  routing,
  toProtoEnum,
} from '@onewindow/contracts';
import { OPEN_INSPECTION_STATUSES, OPEN_MEDIATION_STATUSES } from '@onewindow/gateway-api';
import type { ArbitrationProceedingsItem, QueueItem } from '@onewindow/gateway-api';
import { ServiceClients } from '../service-clients/service-clients';
import { mediationQueueItems } from './mediation-queue';
import { inspectionQueueItems, supervisionQueueItems } from './office-queues';
import { proceedingsItemOf } from './proceedings-queue';
import { isOverdue, type QueueDefinition } from './work-queues';

const QUEUE_LIMIT = 100;

/** The referrals and cases behind the queues and the dashboard's overdue list, read from routing and arbitration. */
@Injectable()
export class QueueItems {
  constructor(private readonly services: ServiceClients) {}

  /** What fills one of the caller's queues (work-queues.ts). */
  ofQueue(caller: Caller, queue: QueueDefinition): Promise<QueueItem[]> {
    switch (queue.id) {
      case 'ARBITRATION_ACCEPTANCE_DECISIONS':
        return this.acceptanceDecisions(caller);
      case 'DEADLINE_ALERTS':
        return this.deadlineAlerts(caller);
      case 'MEDIATION_CASES':
        return this.mediationCases(caller);
      case 'INSPECTION_CASES':
        return this.inspectionCases(caller);
      case 'SUPERVISION_MATTERS':
        return this.supervisionMatters(caller);
      case 'CONSULTATIONS_TO_ANSWER':
        // Until answered: answering accepts and resolves a consultation in one step.
        return this.referrals(caller, { targets: queue.targets, statuses: ['ISSUED'] });
      default:
        // Referrals to acknowledge, and what the rules left to the supervisor (ESCALATIONS); an escalated
        // referral is a breach among the DEADLINE_ALERTS.
        return this.referrals(caller, { targets: queue.targets, statuses: ['ISSUED', 'ACCEPTED'] });
    }
  }

  async referrals(
    caller: Caller,
    filter: { targets: string[]; statuses: string[]; escalatedOnly?: boolean; countyCode?: string },
  ): Promise<QueueItem[]> {
    const today = todayInChina(new Date());
    const pages = await Promise.all(
      filter.statuses.map((status) =>
        this.services.call(caller, (s, m) =>
          s.routing.listReferrals(
            {
              countyCode: filter.countyCode ?? '',
              status: toProtoEnum(status, 'REFERRAL_STATUS_', routing.ReferralStatus),
              targets: filter.targets.map((t) => toProtoEnum(t, 'REFERRAL_TARGET_', routing.ReferralTarget)),
              escalatedOnly: filter.escalatedOnly ?? false,
              matterId: '',
            },
            m,
          ),
        ),
      ),
    );
    return pages
      .flatMap((page) => page.referrals)
      .slice(0, QUEUE_LIMIT)
      .map((issued) => {
        const referral = issued.referral!;
        const dueOn = referral.acknowledgeBy?.dueOn || undefined;
        const status = referral.status.replace('REFERRAL_STATUS_', '');
        return {
          matterId: issued.matterId,
          matterNumber: issued.matterNumber,
          countyCode: issued.countyCode,
          referralId: referral.referralId,
          referralStatus: status,
          title: `${issued.content?.applicant?.name ?? ''} / ${issued.content?.employer?.name ?? ''}：${referral.reason}`,
          // A consultation is answered from the queue: the question comes with it.
          ...(referral.target === routing.ReferralTarget.REFERRAL_TARGET_CONSULTATION_CLOSE
            ? { question: issued.content?.factsAndReasons ?? '' }
            : {}),
          ...(dueOn ? { dueOn } : {}),
          // Only an unacknowledged referral can be late: the acknowledge-by deadline is the one it carries.
          overdue: status === 'ISSUED' && isOverdue(dueOn, today),
        };
      });
  }

  async acceptanceDecisions(caller: Caller, countyCode?: string): Promise<QueueItem[]> {
    const today = todayInChina(new Date());
    const page = await this.services.call(caller, (s, m) =>
      s.arbitration.listCases(
        {
          countyCode: countyCode ?? '',
          status: arbitration.CaseStatus.CASE_STATUS_AWAITING_ACCEPTANCE_DECISION,
          pageSize: QUEUE_LIMIT,
          pageToken: '',
        },
        m,
      ),
    );
    return page.cases.map((found) => {
      const decisionDue = found.deadlines.find((d) => d.label.includes('受理'))?.dueOn;
      return {
        matterId: found.matterId,
        matterNumber: found.matterNumber,
        countyCode: found.countyCode,
        caseId: found.caseId,
        title: `仲裁申请 ${found.receiptNumber || found.caseId}，${found.receivedOn} 收件，待作出受理决定`,
        ...(decisionDue ? { dueOn: decisionDue } : {}),
        overdue: isOverdue(decisionDue, today),
      };
    });
  }

  /**
   * The accepted cases of the caller's counties (one page, oldest received first), each with the step it awaits
   * and the award's last day: the arbitration court's work after acceptance.
   */
  async arbitrationProceedings(caller: Caller): Promise<ArbitrationProceedingsItem[]> {
    const today = todayInChina(new Date());
    const page = await this.services.call(caller, (s, m) =>
      s.arbitration.listCases(
        {
          countyCode: '',
          status: arbitration.CaseStatus.CASE_STATUS_ACCEPTED,
          pageSize: QUEUE_LIMIT,
          pageToken: '',
        },
        m,
      ),
    );
    // The case names its applicant itself: one call for the page, none per case.
    return page.cases.map((found) => proceedingsItemOf(found, today));
  }

  /** The open mediation cases of the caller's counties, theirs first (only where mediation is deployed). */
  async mediationCases(caller: Caller): Promise<QueueItem[]> {
    const pages = await Promise.all(
      OPEN_MEDIATION_STATUSES.map((status) =>
        this.services.call(caller, (s, m) =>
          s.mediation.listMediationCases(
            {
              countyCodes: caller.counties,
              status: toProtoEnum(status, 'MEDIATION_STATUS_', mediation.MediationStatus),
              assignedTo: '',
              pageSize: QUEUE_LIMIT,
              pageToken: '',
            },
            m,
          ),
        ),
      ),
    );
    const cases = pages.flatMap((page) => page.cases);
    return mediationQueueItems(cases, caller.userId, todayInChina(new Date())).slice(0, QUEUE_LIMIT);
  }

  /** The open inspection cases of the caller's counties (only where inspection is deployed). */
  async inspectionCases(caller: Caller): Promise<QueueItem[]> {
    const pages = await Promise.all(
      OPEN_INSPECTION_STATUSES.map((status) =>
        this.services.call(caller, (s, m) =>
          s.inspection.listInspectionCases(
            {
              countyCodes: caller.counties,
              status: toProtoEnum(status, 'INSPECTION_STATUS_', inspection.InspectionStatus),
              pageSize: QUEUE_LIMIT,
              pageToken: '',
            },
            m,
          ),
        ),
      ),
    );
    const cases = pages.flatMap((page) => page.cases);
    return inspectionQueueItems(cases, todayInChina(new Date())).slice(0, QUEUE_LIMIT);
  }

  /** The open supervision matters of the caller's counties (only where labor-relations supervision is deployed). */
  async supervisionMatters(caller: Caller): Promise<QueueItem[]> {
    const open = [
      laborRelations.SupervisionStatus.SUPERVISION_STATUS_RECEIVED,
      laborRelations.SupervisionStatus.SUPERVISION_STATUS_UNDER_REVIEW,
    ];
    const pages = await Promise.all(
      open.map((status) =>
        this.services.call(caller, (s, m) =>
          s.laborRelations.listSupervisionMatters(
            {
              countyCodes: caller.counties,
              status,
              kind: laborRelations.SupervisionKind.SUPERVISION_KIND_UNSPECIFIED,
              pageSize: QUEUE_LIMIT,
              pageToken: '',
            },
            m,
          ),
        ),
      ),
    );
    return supervisionQueueItems(pages.flatMap((page) => page.matters)).slice(0, QUEUE_LIMIT);
  }

  /** The open warnings and breaches of every service's watched deadlines (intake keeps them from the deadline events). */
  async deadlineAlerts(caller: Caller, countyCode?: string): Promise<QueueItem[]> {
    const { alerts } = await this.services.call(caller, (s, m) =>
      s.intake.listDeadlineAlerts({ countyCodes: countyCode ? [countyCode] : [] }, m),
    );
    return alerts.map((alert) => {
      const state = alert.state === deadline.DeadlineState.DEADLINE_STATE_BREACHED ? 'BREACHED' : 'WARNED';
      return {
        matterId: alert.matterId,
        matterNumber: alert.matterNumber,
        countyCode: alert.countyCode,
        title: `${state === 'BREACHED' ? '超期' : '期限预警'}：${alert.label}，${alert.dueOn} 届满`,
        dueOn: alert.dueOn,
        overdue: state === 'BREACHED',
        deadline: {
          deadlineId: alert.deadlineId,
          kind: alert.kind,
          state,
          legalBasis: alert.legalBasis,
          service: alert.service,
        },
      };
    });
  }
}
