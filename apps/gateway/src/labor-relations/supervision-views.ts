// Labor-relations supervision's gRPC messages as the REST contract's JSON (libs/gateway-api, inspection-types.ts):
// enum prefixes dropped, int64 fen as numbers, absent sub-messages left out.
import { fromProtoEnum, laborRelations } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { toRestEmployer } from '../inspection/inspection-views';

export const toRestSupervisionStatus = (status: laborRelations.SupervisionStatus) =>
  fromProtoEnum(status, 'SUPERVISION_STATUS_') as rest.SupervisionStatus;

const supervisionKindOf = (kind: laborRelations.SupervisionKind) =>
  fromProtoEnum(kind, 'SUPERVISION_KIND_') as rest.SupervisionKind | '';

const supervisionConclusionOf = (conclusion: laborRelations.SupervisionConclusion) =>
  fromProtoEnum(conclusion, 'SUPERVISION_CONCLUSION_') as rest.SupervisionConclusion | '';

export const toRestSupervisionDocument = (document: laborRelations.SupervisionDocument): rest.SupervisionDocument => ({
  supervisionId: document.matterId,
  kind: fromProtoEnum(document.kind, 'SUPERVISION_DOCUMENT_KIND_') as rest.SupervisionDocumentKind,
  title: document.title,
  number: document.number,
  issuedOn: document.issuedOn,
});

const toRestLayoff = (layoff: laborRelations.LayoffReport): rest.LayoffReport => ({
  workersLaidOff: layoff.workersLaidOff,
  workforce: layoff.workforce,
  reportable: layoff.reportable,
  thresholdFinding: layoff.thresholdFinding,
  ground: layoff.ground,
  explainedOn: layoff.explainedOn,
  plannedOn: layoff.plannedOn,
  unionOpinionHeard: layoff.unionOpinionHeard,
  advanceExplanationKept: layoff.advanceExplanationKept,
  daysShort: layoff.daysShort,
  planReviewed: layoff.planReviewed,
  protectedWorkersInPlan: [...layoff.protectedWorkersInPlan],
  reviewFindings: [...layoff.reviewFindings],
});

const toRestFindings = (findings: laborRelations.CheckFindings): rest.CheckFindings => ({
  lowestMonthlyWageFen: Number(findings.lowestMonthlyWageFen),
  minimumWageFen: Number(findings.minimumWageFen),
  minimumWageSource: findings.minimumWageSource,
  workersWithoutWrittenContract: findings.workersWithoutWrittenContract,
  dispatchedWorkers: findings.dispatchedWorkers,
  contractWorkers: findings.contractWorkers,
  maxOvertimeHoursPerDay: findings.maxOvertimeHoursPerDay,
  maxOvertimeHoursPerMonth: findings.maxOvertimeHoursPerMonth,
  measuredOn: findings.measuredOn,
  breaches: [...findings.breaches],
});

/** The matter as the labor-relations officer and the supervisor see it. */
export function toRestSupervisionMatter(found: laborRelations.SupervisionMatter): rest.SupervisionMatterView {
  const kind = supervisionKindOf(found.kind);
  const conclusion = supervisionConclusionOf(found.conclusion);
  return {
    supervisionId: found.supervisionId,
    referralId: found.referralId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    ...(kind ? { kind } : {}),
    status: toRestSupervisionStatus(found.status),
    number: found.number,
    employer: toRestEmployer(found.employer),
    openedOn: found.openedOn,
    ...(found.layoff ? { layoff: toRestLayoff(found.layoff) } : {}),
    ...(found.findings ? { findings: toRestFindings(found.findings) } : {}),
    ...(conclusion ? { conclusion } : {}),
    conclusionReason: found.conclusionReason,
    guidance: [...found.guidance],
    correctBy: found.correctBy,
    inspectionCaseId: found.inspectionCaseId,
    concludedOn: found.concludedOn,
    documents: found.documents.map(toRestSupervisionDocument),
    version: found.version,
  };
}

/** A row of the officer's list and queue. */
export function toRestSupervisionSummary(found: laborRelations.SupervisionMatter): rest.SupervisionMatterSummary {
  const kind = supervisionKindOf(found.kind);
  const conclusion = supervisionConclusionOf(found.conclusion);
  return {
    supervisionId: found.supervisionId,
    matterId: found.matterId,
    matterNumber: found.matterNumber,
    countyCode: found.countyCode,
    ...(kind ? { kind } : {}),
    status: toRestSupervisionStatus(found.status),
    number: found.number,
    employerName: found.employer?.name ?? '',
    openedOn: found.openedOn,
    ...(conclusion ? { conclusion } : {}),
    version: found.version,
  };
}
