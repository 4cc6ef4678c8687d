import { CONSULTATION_ANSWERING_ROLES, REFERRAL_TARGETS_BY_ROLE, type Caller, type StaffRole } from '@onewindow/access';
import { compareIsoDates } from '@onewindow/calendar';
import type { QueueId } from '@onewindow/gateway-api';

/** One queue a post works from: which referrals or cases fill it. */
export interface QueueDefinition {
  id: QueueId;
  role: StaffRole;
  /** For referral queues: the targets whose referrals it holds. */
  targets: string[];
}

/** Which of the offices a county may choose (mediation, inspection, labor-relations supervision) it deploys. */
export type DeployedOffices = Partial<Record<'mediation' | 'inspection' | 'laborRelations', boolean>>;

/** The posts whose office, where deployed, takes their referrals itself: its open cases are their queue. */
const OFFICE_QUEUES: Partial<Record<StaffRole, { office: keyof DeployedOffices; id: QueueId }>> = {
  MEDIATOR: { office: 'mediation', id: 'MEDIATION_CASES' },
  INSPECTOR: { office: 'inspection', id: 'INSPECTION_CASES' },
  LABOR_RELATIONS_OFFICER: { office: 'laborRelations', id: 'SUPERVISION_MATTERS' },
};

/**
 * The queues of a person, one per post that has one (一人多岗: a mediator who is also an inspector and an
 * arbitrator works from three). Referral posts work the referrals addressed to their target; arbitrators
 * and arbitration clerks the applications awaiting an acceptance decision; mediators, inspectors and
 * labor-relations officers, where the county deploys their office, its open cases (a mediator's own first);
 * supervisors the matters the
 * rules left to them (人工分流) and every service's deadline warnings and breaches, a referral nobody
 * acknowledged in time among them (督办).
 */
export function queuesOf(caller: Caller, deployed: DeployedOffices = {}): QueueDefinition[] {
  const queues: QueueDefinition[] = [];
  for (const role of caller.roles) {
    if (role === 'PORTAL') continue;
    const office = OFFICE_QUEUES[role];
    if (office && deployed[office.office]) {
      // Where the county runs the office, it takes its referrals itself (the office contract), as arbitration
      // does: the post works the office's cases, not referrals to acknowledge.
      queues.push({ id: office.id, role, targets: [] });
    } else if (role === 'ARBITRATOR' || role === 'ARBITRATION_CLERK') {
      queues.push({ id: 'ARBITRATION_ACCEPTANCE_DECISIONS', role, targets: [] });
    } else if (role === 'SUPERVISOR') {
      queues.push({ id: 'ESCALATIONS', role, targets: [...REFERRAL_TARGETS_BY_ROLE.SUPERVISOR] });
      queues.push({ id: 'DEADLINE_ALERTS', role, targets: [] });
    } else {
      // Arbitration referrals are received by the arbitration service itself, not acknowledged by hand.
      const targets = role === 'AGENCY' ? (caller.agency ? [caller.agency] : []) : [...REFERRAL_TARGETS_BY_ROLE[role]];
      if (targets.length > 0) queues.push({ id: 'REFERRALS_TO_ACKNOWLEDGE', role, targets });
    }
  }
  // One queue of consultations to answer per person, however many answering posts they hold, under the
  // first of them (the one window before the others).
  const answering = CONSULTATION_ANSWERING_ROLES.find((role) => caller.roles.includes(role));
  if (answering) queues.push({ id: 'CONSULTATIONS_TO_ANSWER', role: answering, targets: ['CONSULTATION_CLOSE'] });
  return queues;
}

/** A deadline is overdue once its due day has passed in China; the due day itself still counts as in time. */
export function isOverdue(dueOn: string | undefined, today: string): boolean {
  return dueOn !== undefined && dueOn !== '' && compareIsoDates(dueOn, today) < 0;
}
