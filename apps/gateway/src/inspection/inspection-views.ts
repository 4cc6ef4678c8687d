// Inspection's gRPC messages as the REST contract's JSON (libs/gateway-api, inspection-types.ts): enum
// prefixes dropped, int64 fen as numbers, absent sub-messages left out. A report's
// reporter is never in an inspection case (the service never holds it, 条例 Art. 9); nothing here adds one.
import { common, fromProtoEnum, inspection, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import type { ClaimCategory } from '@onewindow/matter';
import { toRestDeadline } from '../service-clients/rest-views';

export const toRestEmployer = (employer: common.Employer | undefined): rest.InspectionParties['employer'] => ({
  name: employer?.name ?? '',
  unifiedSocialCreditCode: employer?.unifiedSocialCreditCode ?? '',
  address: employer?.address ?? '',
  legalRepresentative: employer?.legalRepresentative ?? '',
});

export const toProtoEmployer = (employer: rest.EmployerInput): common.Employer => ({
  name: employer.name,
  unifiedSocialCreditCode: employer.unifiedSocialCreditCode ?? '',
  address: employer.address ?? '',
  legalRepresentative: employer.legalRepresentative ?? '',
});

// ---------- Inspection ----------

const toRestViolation = (violation: inspection.Violation): rest.InspectionViolation => ({
  category: fromProtoEnum(violation.category, 'CLAIM_CATEGORY_') as ClaimCategory,
  description: violation.description,
  beganOn: violation.beganOn,
  endedOn: violation.endedOn,
  continuing: violation.continuing,
  amountOwedFen: Number(violation.amountOwedFen),
});

export const toProtoViolation = (violation: rest.InspectionViolationInput): inspection.Violation => ({
  category: toProtoEnum(violation.category, 'CLAIM_CATEGORY_', common.ClaimCategory),
  description: violation.description,
  beganOn: violation.beganOn,
  endedOn: violation.endedOn ?? '',
  continuing: violation.continuing,
  amountOwedFen: violation.amountOwedFen ?? 0,
});

const contractorRoleOf = (role: inspection.ContractorRole) =>
  fromProtoEnum(role, 'CONTRACTOR_ROLE_') as rest.ContractorRole;

export const toProtoContractorRole = (role: rest.ContractorRole) =>
  toProtoEnum(role, 'CONTRACTOR_ROLE_', inspection.ContractorRole);

const toRestProject = (project: inspection.ConstructionProject): rest.ConstructionProject => ({
  name: project.name,
  permitNumber: project.permitNumber,
  contractors: project.contractors.map((contractor) => ({
    role: contractorRoleOf(contractor.role),
    name: contractor.name,
    unifiedSocialCreditCode: contractor.unifiedSocialCreditCode,
    engagedBy: contractor.engagedBy,
    unqualified: contractor.unqualified,
    unpaidProjectFundsFen: Number(contractor.unpaidProjectFundsFen),
  })),
  employingContractor: project.employingContractor,
});

const checkResultOf = (value: string): rest.ComplianceCheckResult | undefined =>
  value === 'COMPLIED' || value === 'NOT_COMPLIED' ? value : undefined;

function toRestCorrectionOrder(order: inspection.CorrectionOrder): rest.CorrectionOrder {
  const checkResult = checkResultOf(order.checkResult);
  return {
    number: order.number,
    issuedOn: order.issuedOn,
    corrections: [...order.corrections],
    correctBy: order.correctBy,
    wagesOrderedFen: Number(order.wagesOrderedFen),
    ...(checkResult ? { checkResult } : {}),
    checkedOn: order.checkedOn,
    checkNote: order.checkNote,
  };
}

const listingStatusOf = (value: string): rest.ArrearsListingStatus =>
  value === 'LISTED' || value === 'NOT_LISTED' ? value : 'PROPOSED';

const toRestArrearsListing = (listing: inspection.ArrearsListing): rest.ArrearsListing => ({
  status: listingStatusOf(listing.status),
  grounds: listing.grounds,
  noticeNumber: listing.noticeNumber,
  noticedOn: listing.noticedOn,
  heardBy: listing.heardBy,
  employerStatement: listing.employerStatement,
  decisionNumber: listing.decisionNumber,
  decidedOn: listing.decidedOn,
  listedUntil: listing.listedUntil,
});

export const toRestInspectionDocument = (document: inspection.InspectionDocument): rest.InspectionDocument => ({
  caseId: document.caseId,
  kind: fromProtoEnum(document.kind, 'INSPECTION_DOCUMENT_KIND_') as rest.InspectionDocumentKind,
  title: document.title,
  number: document.number,
  issuedOn: document.issuedOn,
  addressedTo: document.addressedTo,
});

export const toRestInspectionStatus = (status: inspection.InspectionStatus) =>
  fromProtoEnum(status, 'INSPECTION_STATUS_') as rest.InspectionStatus;

const conclusionOf = (conclusion: inspection.Conclusion) =>
  fromProtoEnum(conclusion, 'CONCLUSION_') as rest.InspectionConclusion | '';

/** The case as the inspector and the supervisor see it. */
export function toRestInspectionCase(found: inspection.InspectionCase): rest.InspectionCaseView {
  const conclusion = conclusionOf(found.conclusion);
  return {
    caseId: found.caseId,
    referralId: found.referralId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    source: fromProtoEnum(found.source, 'INSPECTION_SOURCE_') as rest.InspectionSource,
    status: toRestInspectionStatus(found.status),
    caseNumber: found.caseNumber,
    parties: {
      complainantName: found.parties?.complainantName ?? '',
      reporterSealed: found.parties?.reporterSealed ?? false,
      employer: toRestEmployer(found.parties?.employer),
      workerCount: found.parties?.workerCount ?? 0,
      migrantWorker: found.parties?.migrantWorker ?? false,
    },
    violations: found.violations.map(toRestViolation),
    facts: found.facts,
    receivedOn: found.receivedOn,
    ...(found.acceptanceDue?.dueOn ? { acceptanceDue: toRestDeadline(found.acceptanceDue) } : {}),
    acceptance: found.acceptance.map((record) => ({
      decision: fromProtoEnum(record.decision, 'ACCEPTANCE_DECISION_') as rest.AcceptanceDecision,
      decidedOn: record.decidedOn,
      decidedBy: record.decidedBy,
      reason: record.reason,
      redirectedTo: record.redirectedTo,
      missingMaterial: [...record.missingMaterial],
    })),
    filedOn: found.filedOn,
    ...(found.investigationDue?.dueOn ? { investigationDue: toRestDeadline(found.investigationDue) } : {}),
    extensionApprovedBy: found.extensionApprovedBy,
    extensionReason: found.extensionReason,
    ...(found.project ? { project: toRestProject(found.project) } : {}),
    liableParties: found.liableParties.map((party) => ({
      name: party.name,
      role: contractorRoleOf(party.role),
      liability: party.liability,
      citation: party.citation,
      limitFen: Number(party.limitFen),
    })),
    inquiries: found.inquiries.map((notice) => ({
      number: notice.number,
      issuedOn: notice.issuedOn,
      appearAt: notice.appearAt,
      place: notice.place,
      materials: [...notice.materials],
    })),
    evidence: found.evidence.map(({ kind, source, summary, recordedOn, recordedBy }) => ({
      kind,
      source,
      summary,
      recordedOn,
      recordedBy,
    })),
    ...(found.employerHeard
      ? {
          employerHeard: {
            heardOn: found.employerHeard.heardOn,
            statement: found.employerHeard.statement,
            waived: found.employerHeard.waived,
            recordedBy: found.employerHeard.recordedBy,
          },
        }
      : {}),
    ...(found.correctionOrder ? { correctionOrder: toRestCorrectionOrder(found.correctionOrder) } : {}),
    ...(found.penalty
      ? {
          penalty: {
            number: found.penalty.number,
            decidedOn: found.penalty.decidedOn,
            violationBasis: found.penalty.violationBasis,
            penaltyBasis: found.penalty.penaltyBasis,
            fineFen: Number(found.penalty.fineFen),
            facts: found.penalty.facts,
            remedies: found.penalty.remedies,
          },
        }
      : {}),
    ...(found.arrearsListing ? { arrearsListing: toRestArrearsListing(found.arrearsListing) } : {}),
    ...(conclusion ? { conclusion } : {}),
    conclusionReason: found.conclusionReason,
    concludedOn: found.concludedOn,
    documents: found.documents.map(toRestInspectionDocument),
    firstContactResponsible: found.firstContactResponsible,
    version: found.version,
  };
}

/** The deadline that runs now: the acceptance decision, then the investigation, then the order's day. */
function nextDueOf(found: inspection.InspectionCase): rest.Deadline | undefined {
  const status = toRestInspectionStatus(found.status);
  if (status === 'AWAITING_ACCEPTANCE' && found.acceptanceDue?.dueOn) return toRestDeadline(found.acceptanceDue);
  if (status === 'CORRECTION_ORDERED' && found.correctionOrder?.correctBy) {
    return {
      label: '责令改正期限',
      dueOn: found.correctionOrder.correctBy,
      provisional: false,
      citation: '劳动保障监察条例第十八条第一款第（二）项',
    };
  }
  if ((status === 'UNDER_INVESTIGATION' || status === 'NOT_COMPLIED') && found.investigationDue?.dueOn) {
    return toRestDeadline(found.investigationDue);
  }
  return undefined;
}

/** A row of the inspector's list and queue. */
export function toRestInspectionSummary(found: inspection.InspectionCase): rest.InspectionCaseSummary {
  const conclusion = conclusionOf(found.conclusion);
  const nextDue = nextDueOf(found);
  return {
    caseId: found.caseId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    source: fromProtoEnum(found.source, 'INSPECTION_SOURCE_') as rest.InspectionSource,
    status: toRestInspectionStatus(found.status),
    caseNumber: found.caseNumber,
    employerName: found.parties?.employer?.name ?? '',
    complainantName: found.parties?.complainantName ?? '',
    reporterSealed: found.parties?.reporterSealed ?? false,
    receivedOn: found.receivedOn,
    ...(nextDue ? { nextDue } : {}),
    ...(conclusion ? { conclusion } : {}),
    firstContactResponsible: found.firstContactResponsible,
    version: found.version,
  };
}
