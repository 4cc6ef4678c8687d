// Kafka topic names: one topic per aggregate stream, versioned with the contract (DESIGN §4).
// Poison messages go to `<topic>.dlq`.
export const Topics = {
  intakeMatters: 'onewindow.intake.matters.v1',
  routingReferrals: 'onewindow.routing.referrals.v1',
  arbitrationCases: 'onewindow.arbitration.cases.v1',
  mediationCases: 'onewindow.mediation.cases.v1',
  inspectionCases: 'onewindow.inspection.cases.v1',
  laborRelationsSupervision: 'onewindow.labor_relations.supervision.v1',
  // Deadlines that watch themselves: one topic per service that registers them.
  arbitrationDeadlines: 'onewindow.arbitration.deadlines.v1',
  routingDeadlines: 'onewindow.routing.deadlines.v1',
  mediationDeadlines: 'onewindow.mediation.deadlines.v1',
  inspectionDeadlines: 'onewindow.inspection.deadlines.v1',
  laborRelationsDeadlines: 'onewindow.labor_relations.deadlines.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}

// CloudEvents `type` values: reverse-DNS, one per protobuf event message.
export const EventTypes = {
  matterRegistered: 'onewindow.intake.v1.MatterRegistered',
  referralIssued: 'onewindow.routing.v1.ReferralIssued',
  referralAcknowledged: 'onewindow.routing.v1.ReferralAcknowledged',
  referralOutcomeReported: 'onewindow.routing.v1.ReferralOutcomeReported',
  referralEscalated: 'onewindow.routing.v1.ReferralEscalated',
  matterConcluded: 'onewindow.routing.v1.MatterConcluded',
  // The office contract: each office service publishes these on its own topic.
  officeReferralTaken: 'onewindow.office.v1.ReferralTaken',
  officeReferralDeclined: 'onewindow.office.v1.ReferralDeclined',
  officeReferralConcluded: 'onewindow.office.v1.ReferralConcluded',
  officeSideReferralRequested: 'onewindow.office.v1.SideReferralRequested',
  supplementRequested: 'onewindow.arbitration.v1.SupplementRequested',
  supplementSubmitted: 'onewindow.arbitration.v1.SupplementSubmitted',
  applicationReceived: 'onewindow.arbitration.v1.ApplicationReceived',
  applicationAccepted: 'onewindow.arbitration.v1.ApplicationAccepted',
  applicationNotAccepted: 'onewindow.arbitration.v1.ApplicationNotAccepted',
  proceedingsStep: 'onewindow.arbitration.v1.ProceedingsStep',
  mediationCaseEvent: 'onewindow.mediation.v1.MediationCaseEvent',
  inspectionCaseEvent: 'onewindow.inspection.v1.InspectionCaseEvent',
  supervisionEvent: 'onewindow.labor_relations.v1.SupervisionEvent',
  // Labor-relations supervision's findings referred to inspection (an own-initiative case, 主动监察).
  inspectionRequested: 'onewindow.labor_relations.v1.InspectionRequested',
  // Deadlines that watch themselves (any service's deadlines topic).
  deadlineRegistered: 'onewindow.deadline.v1.DeadlineRegistered',
  deadlineWarned: 'onewindow.deadline.v1.DeadlineWarned',
  deadlineBreached: 'onewindow.deadline.v1.DeadlineBreached',
  deadlineMet: 'onewindow.deadline.v1.DeadlineMet',
  deadlineCancelled: 'onewindow.deadline.v1.DeadlineCancelled',
} as const;

export type EventType = (typeof EventTypes)[keyof typeof EventTypes];
