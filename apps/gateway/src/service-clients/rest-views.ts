import { arbitration, fromProtoEnum, intake, matterContentFromProto, routing } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import type { MatterContent } from '@onewindow/matter';

// The services' gRPC messages as the REST contract's JSON (libs/gateway-api): enum prefixes dropped,
// nothing added. Personal data arrives from intake already de-identified.

type ProtoDeadline = { label: string; dueOn: string; provisional: boolean; citation: string };

export const toRestDeadline = (deadline: ProtoDeadline): rest.Deadline => ({
  label: deadline.label,
  dueOn: deadline.dueOn,
  provisional: deadline.provisional,
  citation: deadline.citation,
});

export function toRestMatter(matter: intake.Matter): rest.Matter {
  return {
    matterId: matter.matterId,
    matterNumber: matter.matterNumber,
    countyCode: matter.countyCode,
    registeredAt: matter.registeredAt,
    stage: matter.stage,
    content: matterContentFromProto(matter.content) as MatterContent,
    timeline: matter.timeline.map((entry) => ({
      eventId: entry.eventId,
      eventType: entry.eventType,
      source: entry.source,
      occurredAt: entry.occurredAt,
      summary: entry.summary,
      deadlines: entry.deadlines.map(toRestDeadline),
    })),
    ...(matter.satisfaction ? { satisfaction: toRestSatisfaction(matter.satisfaction) } : {}),
  };
}

export const toRestPersonalData = (revealed: intake.RevealPersonalDataResponse): rest.PersonalData => ({
  identityNumber: revealed.identityNumber,
  birthDate: revealed.birthDate,
  phone: revealed.phone,
  witnessContacts: revealed.witnessContacts,
});

export const toRestSatisfaction = (rating: intake.Satisfaction): rest.SatisfactionRating => ({
  score: rating.score,
  comment: rating.comment,
  ratedAt: rating.ratedAt,
});

export const toRestSummary = (summary: intake.MatterSummary): rest.MatterSummary => ({
  matterId: summary.matterId,
  matterNumber: summary.matterNumber,
  countyCode: summary.countyCode,
  registeredAt: summary.registeredAt,
  applicantName: summary.applicantName,
  employerName: summary.employerName,
  kind: fromProtoEnum(summary.kind, 'MATTER_KIND_'),
  stage: summary.stage,
});

export const toRestReferral = (referral: routing.Referral): rest.Referral => ({
  referralId: referral.referralId,
  target: fromProtoEnum(referral.target, 'REFERRAL_TARGET_'),
  priority: fromProtoEnum(referral.priority, 'REFERRAL_PRIORITY_') === 'HIGH' ? 'HIGH' : 'NORMAL',
  reason: referral.reason,
  legalBasis: referral.legalBasis,
  ruleId: referral.ruleId,
  ...(referral.acknowledgeBy ? { acknowledgeBy: toRestDeadline(referral.acknowledgeBy) } : {}),
  status: fromProtoEnum(referral.status, 'REFERRAL_STATUS_'),
  round: referral.round,
  statusReason: referral.statusReason,
  escalated: referral.escalated,
  ...(referral.consultationAnswer ? { consultationAnswer: toRestConsultationAnswer(referral.consultationAnswer) } : {}),
  ...(referral.sideReferral
    ? {
        sideReferral: {
          requestedBy: fromProtoEnum(referral.sideReferral.requestedBy, 'REFERRAL_TARGET_'),
          accompaniesReferralId: referral.sideReferral.accompaniesReferralId,
          attachmentTitle: referral.sideReferral.attachmentTitle,
          attachmentNumber: referral.sideReferral.attachmentNumber,
        },
      }
    : {}),
});

export const toRestConsultationAnswer = (answer: routing.ConsultationAnswer): rest.ConsultationAnswer => ({
  answer: answer.answer,
  basis: answer.basis,
  answeredBy: { userId: answer.answeredByUserId, name: answer.answeredByName || answer.answeredByUserId },
  answeredAt: answer.answeredAt,
});

export const toRestDecision = (decision: routing.RoutingDecision): rest.RoutingDecision => ({
  countyCode: decision.countyCode,
  ruleSetVersion: decision.ruleSetVersion,
  firedRuleIds: decision.firedRuleIds,
  referrals: decision.referrals.map(toRestReferral),
});

export const toRestCase = (found: arbitration.ArbitrationCase): rest.ArbitrationCase => ({
  caseId: found.caseId,
  matterId: found.matterId,
  matterNumber: found.matterNumber,
  countyCode: found.countyCode,
  referralId: found.referralId,
  status: fromProtoEnum(found.status, 'CASE_STATUS_'),
  receivedOn: found.receivedOn,
  missingItems: found.missingItems.map(({ field, description }) => ({ field, description })),
  receiptNumber: found.receiptNumber,
  acceptanceNoticeNumber: found.acceptanceNoticeNumber,
  acceptedOn: found.acceptedOn,
  nonAcceptanceReason: found.nonAcceptanceReason,
  remedy: found.remedy,
  deadlines: found.deadlines.map(toRestDeadline),
  supplementNoticeNumber: found.supplementNoticeNumber,
  supplements: found.supplements.map(toRestSupplementSubmission),
  ...(found.awardDue ? { awardDue: toRestDeadline(found.awardDue) } : {}),
  suspendedSince: found.suspendedSince,
  awardPeriodSteps: [...found.awardPeriodSteps],
  withdrawalReason: found.withdrawalReason,
});

export const toRestSupplementSubmission = (submitted: arbitration.SupplementSubmission): rest.SupplementSubmission => ({
  submittedOn: submitted.submittedOn,
  noticeNumber: submitted.noticeNumber,
  supplied: submitted.supplied.map(({ field, description }) => ({ field, description })),
});
