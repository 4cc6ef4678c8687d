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
  ...(revealed.reporter ? { reporter: { ...revealed.reporter } } : {}),
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
  applicationCopyServedOn: found.applicationCopyServedOn,
  applicationCopyServedLate: found.applicationCopyServedLate,
  applicationCopyServedBy: found.applicationCopyServedBy,
  ...(found.electronicService ? { electronicService: { ...found.electronicService } } : {}),
  ...(found.defenceDue ? { defenceDue: toRestDeadline(found.defenceDue) } : {}),
  defenceSubmittedOn: found.defenceSubmittedOn,
  defenceLate: found.defenceLate,
  tribunalForm: found.tribunalForm,
  tribunal: found.tribunal.map(toRestArbitratorSeat),
  simpleProcedure: found.simpleProcedure,
  tribunalNotifiedOn: found.tribunalNotifiedOn,
  hearings: found.hearings.map(toRestHearing),
  challenges: found.challenges.map(toRestChallenge),
  ...(found.mediationStatement ? { mediationStatement: toRestMediationStatement(found.mediationStatement) } : {}),
  awards: found.awards.map(toRestAward),
  advanceEnforcement: found.advanceEnforcement.map(toRestAdvanceEnforcement),
  decidedInAbsenceReason: found.decidedInAbsenceReason,
});

const toRestArbitratorSeat = (seat: arbitration.ArbitratorSeat): rest.ArbitratorSeat => ({
  arbitratorId: seat.arbitratorId,
  name: seat.name,
  role: seat.role as rest.ArbitratorSeatRole,
});

const toRestHearing = (hearing: arbitration.HearingSlot): rest.HearingSlot => ({
  hearingId: hearing.hearingId,
  startsAt: hearing.startsAt,
  endsAt: hearing.endsAt,
  roomId: hearing.roomId,
  place: hearing.place,
  meetingLink: hearing.meetingLink,
  noticeServedOn: hearing.noticeServedOn,
  status: hearing.status,
  postponements: hearing.postponements.map((p) => ({
    party: p.party,
    requestedOn: p.requestedOn,
    reason: p.reason,
    decision: p.decision,
    decidedOn: p.decidedOn,
    decisionReason: p.decisionReason,
  })),
  recordClerkId: hearing.recordClerkId,
  recordedAt: hearing.recordedAt,
  recordText: hearing.recordText,
  priority: hearing.priority,
});

const toRestChallenge = (challenge: arbitration.TribunalChallenge): rest.TribunalChallenge => ({
  arbitratorId: challenge.arbitratorId,
  role: challenge.role,
  party: challenge.party,
  ground: challenge.ground,
  reason: challenge.reason,
  filedOn: challenge.filedOn,
  stage: challenge.stage,
  status: challenge.status,
  ...(challenge.decisionDue ? { decisionDue: toRestDeadline(challenge.decisionDue) } : {}),
  decidedBy: challenge.decidedBy,
  decidedOn: challenge.decidedOn,
  decisionReason: challenge.decisionReason,
  decidedLate: challenge.decidedLate,
  replacedBy: challenge.replacedBy,
});

const toRestMediationStatement = (statement: arbitration.MediationStatement): rest.ArbitrationMediationStatement => ({
  number: statement.number,
  issuedOn: statement.issuedOn,
  settledClaims: statement.settledClaims.map((claim) => ({
    claimIndex: claim.claimIndex,
    category: fromProtoEnum(claim.category, 'CLAIM_CATEGORY_'),
    claimedFen: claim.claimedFen,
    amountFen: claim.amountFen,
    reasonAboveClaim: claim.reasonAboveClaim,
  })),
  totalFen: statement.totalFen,
  otherTerms: statement.otherTerms,
  status: statement.status,
  signatures: statement.signatures.map(({ party, signedAt }) => ({ party, signedAt })),
  effectiveOn: statement.effectiveOn,
  retractedBy: statement.retractedBy,
  retractionReason: statement.retractionReason,
  arbitratorIds: [...statement.arbitratorIds],
});

export const toRestAward = (award: arbitration.ArbitrationAward): rest.ArbitrationAward => ({
  awardedOn: award.awardedOn,
  scope: award.scope,
  partialBasis: award.partialBasis,
  decisions: award.decisions.map((decision) => ({
    claimIndex: decision.claimIndex,
    category: fromProtoEnum(decision.category, 'CLAIM_CATEGORY_'),
    claimedFen: decision.claimedFen,
    outcome: decision.outcome,
    amountFen: decision.amountFen,
    reasons: decision.reasons,
    finalAward: decision.finalAward,
    finalityBasis: decision.finalityBasis,
    finalityReason: decision.finalityReason,
  })),
  kind: award.kind,
  thresholdFen: award.thresholdFen,
  documents: award.documents.map((document) => ({
    number: document.number,
    finality: document.finality,
    title: document.title,
    claimIndexes: [...document.claimIndexes],
    totalAwardedFen: document.totalAwardedFen,
    remedies: document.remedies.map(({ holder, text, days }) => ({ holder, text, days })),
  })),
  totalAwardedFen: award.totalAwardedFen,
  openClaimIndexes: [...award.openClaimIndexes],
  inAbsence: award.inAbsence,
});

const toRestAdvanceEnforcement = (
  decision: arbitration.AdvanceEnforcementDecision,
): rest.AdvanceEnforcementDecision => ({
  number: decision.number,
  appliedOn: decision.appliedOn,
  decidedOn: decision.decidedOn,
  outcome: decision.outcome,
  reasons: [...decision.reasons],
  items: decision.items.map(({ claimIndex, amountFen, category }) => ({
    claimIndex,
    amountFen,
    category: fromProtoEnum(category, 'CLAIM_CATEGORY_'),
  })),
  totalFen: decision.totalFen,
  transferToCourt: decision.transferToCourt,
});

export const toRestSupplementSubmission = (submitted: arbitration.SupplementSubmission): rest.SupplementSubmission => ({
  submittedOn: submitted.submittedOn,
  noticeNumber: submitted.noticeNumber,
  supplied: submitted.supplied.map(({ field, description }) => ({ field, description })),
});
