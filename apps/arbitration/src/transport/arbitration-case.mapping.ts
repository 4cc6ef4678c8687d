// The case as the wire shows it: the record's fields in the contract's words, enum prefixes added.
import { arbitration, toProtoEnum } from '@onewindow/contracts';
import type { ArbitrationCaseRecord, IssuedDocument } from '../application/arbitration-case.repository';
import { awardPeriodOf } from '../application/award-period.use-case';
import { partyOnWire } from '../application/request-fields';
import { ELECTRONIC_SERVICE_MAX_WRONG_CODES, maskedMobile } from '../application/electronic-service.use-case';
import { type ArbitrationDeadline, awardPeriodDeadline, openSuspension } from '../domain';

export function toCase(record: ArbitrationCaseRecord): arbitration.ArbitrationCase {
  return {
    caseId: record.caseId,
    matterId: record.matterId,
    matterNumber: record.matterNumber,
    countyCode: record.countyCode,
    referralId: record.referralId,
    status: toProtoEnum(record.status, 'CASE_STATUS_', arbitration.CaseStatus),
    receivedOn: record.receivedOn,
    missingItems: record.missingItems,
    receiptNumber: record.receiptNumber,
    acceptanceNoticeNumber: record.acceptanceNoticeNumber,
    acceptedOn: record.acceptedOn,
    nonAcceptanceReason: record.nonAcceptanceReason,
    remedy: record.remedy,
    deadlines: record.deadlines.map(({ label, dueOn, provisional, citation }) => ({
      label,
      dueOn,
      provisional,
      citation,
    })),
    supplements: record.supplements.map(({ submittedOn, noticeNumber, supplied }) => ({
      submittedOn,
      noticeNumber,
      supplied: supplied.map(({ field, description }) => ({ field, description })),
    })),
    supplementNoticeNumber:
      record.status === 'AWAITING_SUPPLEMENT'
        ? (record.documents.filter((issued) => issued.kind === 'SUPPLEMENT_NOTICE').at(-1)?.number ?? '')
        : '',
    ...awardPeriodView(record),
    withdrawalReason: record.withdrawalReason ?? '',
    applicationCopyServedOn: record.applicationCopyService?.servedOn ?? '',
    applicationCopyServedLate: record.applicationCopyService?.servedLate ?? false,
    defenceDue: record.applicationCopyService && wireDeadline(record.applicationCopyService.defenceDue),
    applicationCopyServedBy: record.applicationCopyService?.delivery.method ?? '',
    applicantName: record.parties.applicantName,
    respondentName: record.parties.respondentName,
    electronicService: electronicServiceView(record),
    defenceSubmittedOn: record.defence?.submittedOn ?? '',
    defenceLate: record.defence?.late ?? false,
    tribunalForm: record.tribunal?.form ?? '',
    tribunal: (record.tribunal?.arbitrators ?? []).map(({ arbitratorId, name, role }) => ({
      arbitratorId,
      name,
      role,
    })),
    simpleProcedure: record.tribunal?.simpleProcedure ?? false,
    tribunalNotifiedOn: record.tribunal?.notifiedOn ?? '',
    hearings: (record.hearings ?? []).map((hearing) => ({
      hearingId: hearing.hearingId,
      startsAt: hearing.startsAt,
      endsAt: hearing.endsAt,
      roomId: hearing.venue.mode === 'ON_SITE' ? hearing.venue.roomId : '',
      place: hearing.venue.mode === 'ON_SITE' ? hearing.venue.place : '',
      meetingLink: hearing.venue.mode === 'ONLINE' ? hearing.venue.meetingLink : '',
      noticeServedOn: hearing.noticeServedOn,
      status: hearing.status,
      postponements: hearing.postponementRequests.map((request) => ({
        party: partyOnWire(request.party),
        requestedOn: request.requestedOn,
        reason: request.reason,
        decision: request.decision ?? '',
        decidedOn: request.decidedOn ?? '',
        decisionReason: request.decisionReason ?? '',
      })),
      recordClerkId: hearing.record?.clerkId ?? '',
      recordedAt: hearing.record?.recordedAt ?? '',
      recordText: hearing.record?.text ?? '',
      priority: hearing.priority,
    })),
    challenges: (record.tribunal?.challenges ?? []).map((challenge) => ({
      arbitratorId: challenge.arbitratorId,
      role: challenge.role,
      party: partyOnWire(challenge.party),
      ground: challenge.ground,
      reason: challenge.reason,
      filedOn: challenge.filedOn,
      stage: challenge.stage,
      status: challenge.status,
      decisionDue: wireDeadline(challenge.decisionDue),
      decidedBy: challenge.decidedBy ?? '',
      decidedOn: challenge.decidedOn ?? '',
      decisionReason: challenge.decisionReason ?? '',
      decidedLate: challenge.decidedLate ?? false,
      replacedBy: challenge.replacedBy ?? '',
    })),
    mediationStatement: record.mediationStatement && toMediationStatement(record.mediationStatement),
    awards: (record.awards ?? []).map(toAward),
    advanceEnforcement: (record.advanceEnforcement ?? []).map((decision) => ({
      number: decision.number,
      appliedOn: decision.appliedOn,
      decidedOn: decision.decidedOn,
      outcome: decision.outcome,
      reasons: [...decision.reasons],
      items: decision.items.map(({ claimIndex, amountFen, category }) => ({ claimIndex, amountFen, category })),
      totalFen: decision.totalFen,
      transferToCourt: decision.transferToCourt,
    })),
    decidedInAbsenceReason: record.decidedInAbsence?.reason ?? '',
  };
}

const toMediationStatement = (
  statement: NonNullable<ArbitrationCaseRecord['mediationStatement']>,
): arbitration.MediationStatement => ({
  number: statement.number,
  issuedOn: statement.issuedOn,
  settledClaims: statement.settledClaims.map((claim) => ({
    claimIndex: claim.claimIndex,
    category: claim.category,
    claimedFen: claim.claimedFen,
    amountFen: claim.amountFen,
    reasonAboveClaim: claim.reasonAboveClaim ?? '',
  })),
  totalFen: statement.totalFen,
  otherTerms: statement.otherTerms ?? '',
  status: statement.status,
  // The parties as the requests name them (APPLICANT / RESPONDENT), not the rules' WORKER / EMPLOYER.
  signatures: statement.signatures.map(({ party, signedAt }) => ({ party: partyOnWire(party), signedAt })),
  effectiveOn: statement.effectiveOn ?? '',
  retractedBy: statement.retraction ? partyOnWire(statement.retraction.party) : '',
  retractionReason: statement.retraction?.reason ?? '',
  arbitratorIds: [...statement.arbitratorIds],
});

export const toAward = (award: NonNullable<ArbitrationCaseRecord['awards']>[number]): arbitration.ArbitrationAward => ({
  awardedOn: award.awardedOn,
  scope: award.scope,
  partialBasis: award.partialBasis ?? '',
  decisions: award.decisions.map((decision) => ({
    claimIndex: decision.claimIndex,
    category: decision.category,
    claimedFen: decision.claimedFen,
    outcome: decision.outcome,
    amountFen: decision.amountFen,
    reasons: decision.reasons,
    finalAward: decision.finalAward,
    finalityBasis: decision.finalityBasis,
    finalityReason: decision.finalityReason,
  })),
  kind: award.kind,
  thresholdFen: award.thresholdFen ?? 0,
  documents: award.documents.map((document, i) => ({
    number: award.numbers[i] ?? '',
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

const wireDeadline = ({ label, dueOn, provisional, citation }: ArbitrationDeadline) => ({
  label,
  dueOn,
  provisional,
  citation,
});

/** The award period in force on an accepted case: its due day (none while suspended) and its steps. */
function awardPeriodView(record: ArbitrationCaseRecord) {
  if (!record.acceptedOn) return { awardDue: undefined, suspendedSince: '', awardPeriodSteps: [] };
  const period = awardPeriodOf(record);
  const due = record.status === 'ACCEPTED' ? awardPeriodDeadline(period) : undefined;
  return {
    awardDue: due && wireDeadline(due),
    suspendedSince: openSuspension(period)?.suspendedOn ?? '',
    awardPeriodSteps: [
      ...period.extensions.map((e) => `延长 ${e.days} 日：${e.dueOnBefore} → ${e.dueOnAfter}（${e.reason}）`),
      ...period.suspensions.map(
        (s) =>
          `中止 ${s.suspendedOn}（${s.groundText}）${s.resumedOn ? `，${s.resumedOn} 恢复，期限至 ${s.dueOnAfter}` : ''}`,
      ),
    ],
  };
}

export const toCaseDocument = (
  caseId: string,
  { kind, title, number, issuedOn }: IssuedDocument,
): arbitration.CaseDocument => ({
  caseId,
  kind: toProtoEnum(kind, 'CASE_DOCUMENT_KIND_', arbitration.CaseDocumentKind),
  title,
  number,
  issuedOn,
});

/** 电子送达 as staff see it: the mobile masked, never a hash, the token or the code. */
function electronicServiceView(record: ArbitrationCaseRecord): arbitration.ElectronicServiceView | undefined {
  const service = record.electronicService;
  if (!service) return undefined;
  const wrongCodes = service.wrongCodes ?? 0;
  return {
    agreedAt: service.consent.agreedAt,
    mobile: maskedMobile(service.consent.mobile),
    recordedBy: service.consent.recordedBy,
    sentAt: service.sentAt ?? '',
    expiresAt: service.expiresAt ?? '',
    wrongCodes,
    locked: wrongCodes >= ELECTRONIC_SERVICE_MAX_WRONG_CODES,
  };
}
