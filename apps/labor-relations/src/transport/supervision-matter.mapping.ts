import { laborRelations, toProtoEnum } from '@onewindow/contracts';
import type { IssuedSupervisionDocument, SupervisionMatterRecord } from '../application/supervision-matter.repository';

const { SupervisionKind, SupervisionStatus, SupervisionConclusion, SupervisionDocumentKind } = laborRelations;

export function toSupervisionDocument(
  record: Pick<SupervisionMatterRecord, 'matterId' | 'supervisionId'>,
  issued: IssuedSupervisionDocument,
): laborRelations.SupervisionDocument {
  return {
    matterId: record.matterId || record.supervisionId,
    kind: toProtoEnum(issued.kind, 'SUPERVISION_DOCUMENT_KIND_', SupervisionDocumentKind),
    title: issued.title,
    number: issued.number,
    issuedOn: issued.issuedOn,
  };
}

export function toSupervisionMatter(record: SupervisionMatterRecord): laborRelations.SupervisionMatter {
  const { layoff, findings } = record;
  return {
    supervisionId: record.supervisionId,
    referralId: record.referralId,
    matterId: record.matterId,
    matterNumber: record.matterNumber,
    countyCode: record.countyCode,
    kind: toProtoEnum(record.kind ?? '', 'SUPERVISION_KIND_', SupervisionKind),
    status: toProtoEnum(record.status, 'SUPERVISION_STATUS_', SupervisionStatus),
    number: record.number,
    employer: record.employer,
    openedOn: record.openedOn,
    layoff: layoff
      ? {
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
          protectedWorkersInPlan: layoff.protectedWorkersInPlan,
          reviewFindings: layoff.reviewFindings,
        }
      : undefined,
    findings: findings
      ? {
          lowestMonthlyWageFen: findings.lowestMonthlyWageFen,
          minimumWageFen: findings.minimumWageFen,
          minimumWageSource: findings.minimumWageSource,
          workersWithoutWrittenContract: findings.workersWithoutWrittenContract,
          dispatchedWorkers: findings.dispatchedWorkers,
          contractWorkers: findings.contractWorkers,
          maxOvertimeHoursPerDay: findings.maxOvertimeHoursPerDay,
          maxOvertimeHoursPerMonth: findings.maxOvertimeHoursPerMonth,
          measuredOn: findings.measuredOn,
          breaches: findings.breaches,
        }
      : undefined,
    conclusion: toProtoEnum(record.conclusion ?? '', 'SUPERVISION_CONCLUSION_', SupervisionConclusion),
    conclusionReason: record.conclusionReason,
    guidance: record.guidance,
    correctBy: record.correctBy,
    inspectionCaseId: record.inspectionCaseId,
    concludedOn: record.concludedOn,
    documents: record.documents.map((issued) => toSupervisionDocument(record, issued)),
    version: record.version,
  };
}
