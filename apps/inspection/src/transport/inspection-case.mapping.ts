import { common, fromProtoEnum, inspection, toProtoEnum } from '@onewindow/contracts';
import type {
  ConstructionProjectRecord,
  ContractorRole,
  DueDay,
  InspectionCaseRecord,
  IssuedInspectionDocument,
  ViolationRecord,
} from '../domain';

const enumOf = <E extends string>(value: string, prefix: string, values: Record<string, E>) =>
  toProtoEnum(value, prefix, values);

const deadlineOf = (due: DueDay | undefined): common.Deadline | undefined =>
  due ? { label: due.label, dueOn: due.dueOn, provisional: due.provisional, citation: due.citation } : undefined;

export const violationsFromProto = (violations: readonly inspection.Violation[] = []): ViolationRecord[] =>
  violations.map((v) => ({
    category: fromProtoEnum(v.category, 'CLAIM_CATEGORY_'),
    description: v.description,
    beganOn: v.beganOn,
    endedOn: v.endedOn,
    continuing: v.continuing,
    amountOwedFen: v.amountOwedFen,
  }));

export const projectFromProto = (
  project: inspection.ConstructionProject | undefined,
): ConstructionProjectRecord | undefined =>
  project
    ? {
        name: project.name,
        permitNumber: project.permitNumber,
        employingContractor: project.employingContractor,
        contractors: project.contractors.map((c) => ({
          role: fromProtoEnum(c.role, 'CONTRACTOR_ROLE_') as ContractorRole,
          name: c.name,
          unifiedSocialCreditCode: c.unifiedSocialCreditCode,
          engagedBy: c.engagedBy,
          unqualified: c.unqualified,
          unpaidProjectFundsFen: c.unpaidProjectFundsFen,
        })),
      }
    : undefined;

export const toInspectionDocument = (caseId: string, doc: IssuedInspectionDocument): inspection.InspectionDocument => ({
  caseId,
  kind: enumOf(doc.kind, 'INSPECTION_DOCUMENT_KIND_', inspection.InspectionDocumentKind),
  title: doc.title,
  number: doc.number,
  issuedOn: doc.issuedOn,
  addressedTo: doc.addressedTo,
});

/** The case as the API shows it: the filing number once filed, the registration number before. */
export function toInspectionCase(r: InspectionCaseRecord): inspection.InspectionCase {
  const role = (value: string) => enumOf(value, 'CONTRACTOR_ROLE_', inspection.ContractorRole);
  return {
    caseId: r.caseId,
    referralId: r.referralId,
    matterId: r.matterId,
    matterNumber: r.matterNumber,
    countyCode: r.countyCode,
    source: enumOf(r.source, 'INSPECTION_SOURCE_', inspection.InspectionSource),
    status: enumOf(r.status, 'INSPECTION_STATUS_', inspection.InspectionStatus),
    caseNumber: r.filingNumber || r.registrationNumber,
    parties: {
      complainantName: r.parties.complainantName,
      reporterSealed: r.parties.reporterSealed,
      employer: r.parties.employer,
      workerCount: r.parties.workerCount,
      migrantWorker: r.parties.migrantWorker,
    },
    violations: r.violations.map((v) => ({
      category: enumOf(v.category, 'CLAIM_CATEGORY_', common.ClaimCategory),
      description: v.description,
      beganOn: v.beganOn,
      endedOn: v.endedOn,
      continuing: v.continuing,
      amountOwedFen: v.amountOwedFen,
    })),
    facts: r.facts,
    receivedOn: r.receivedOn,
    acceptanceDue: deadlineOf(r.acceptanceDue),
    acceptance: r.acceptance.map((a) => ({
      decision: enumOf(a.decision, 'ACCEPTANCE_DECISION_', inspection.AcceptanceDecision),
      decidedOn: a.decidedOn,
      decidedBy: a.decidedBy,
      reason: a.reason,
      redirectedTo: a.redirectedTo,
      missingMaterial: a.missingMaterial,
    })),
    filedOn: r.filedOn,
    investigationDue: deadlineOf(r.investigationDue),
    extensionApprovedBy: r.extensionApprovedBy,
    extensionReason: r.extensionReason,
    project: r.project
      ? {
          name: r.project.name,
          permitNumber: r.project.permitNumber,
          employingContractor: r.project.employingContractor,
          contractors: r.project.contractors.map((c) => ({ ...c, role: role(c.role) })),
        }
      : undefined,
    liableParties: r.liableParties.map((p) => ({ ...p, role: role(p.role) })),
    inquiries: r.inquiries,
    evidence: r.evidence,
    employerHeard: r.employerHeard,
    correctionOrder: r.correctionOrder
      ? {
          number: r.correctionOrder.number,
          issuedOn: r.correctionOrder.issuedOn,
          corrections: r.correctionOrder.corrections,
          correctBy: r.correctionOrder.correctBy,
          wagesOrderedFen: r.correctionOrder.wagesOrderedFen,
          checkResult: r.correctionOrder.checkResult,
          checkedOn: r.correctionOrder.checkedOn,
          checkNote: r.correctionOrder.checkNote,
        }
      : undefined,
    penalty: r.penalty,
    arrearsListing: r.arrearsListing
      ? {
          status: r.arrearsListing.status,
          grounds: r.arrearsListing.grounds,
          noticeNumber: r.arrearsListing.noticeNumber,
          noticedOn: r.arrearsListing.noticedOn,
          heardBy: r.arrearsListing.heardBy,
          employerStatement: r.arrearsListing.employerStatement,
          decisionNumber: r.arrearsListing.decisionNumber,
          decidedOn: r.arrearsListing.decidedOn,
          listedUntil: r.arrearsListing.listedUntil,
        }
      : undefined,
    conclusion: enumOf(r.conclusion ?? '', 'CONCLUSION_', inspection.Conclusion),
    conclusionReason: r.conclusionReason,
    concludedOn: r.concludedOn,
    documents: r.documents.map((d) => toInspectionDocument(r.caseId, d)),
    firstContactResponsible: r.firstContactResponsible,
    version: r.version,
  };
}
