import { Controller, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { fromProtoEnum, inspection } from '@onewindow/contracts';
import { callerFrom } from '@onewindow/service-runtime';
import { InspectionDocumentsUseCase } from '../application/documents/inspection-documents.use-case';
import { FindInspectionCasesUseCase } from '../application/find-inspection-cases.use-case';
import { InspectionStepsUseCase } from '../application/inspection-steps.use-case';
import { TakeReferralUseCase } from '../application/take-referral.use-case';
import type { AcceptanceDecision, InspectionCaseRecord, InspectionStatus } from '../domain';
import { InspectionErrorFilter } from './inspection-error.filter';
import {
  projectFromProto,
  toInspectionCase,
  toInspectionDocument,
  violationsFromProto,
} from './inspection-case.mapping';

const answer = (record: InspectionCaseRecord) => ({ case: toInspectionCase(record) });

// Every call names its caller in metadata (callerFrom: UNAUTHENTICATED when it does not); what the caller
// may do is decided in application/case-access; "today" is the service clock's (application/inspection-case-changes).
@Controller()
@UseFilters(InspectionErrorFilter)
@inspection.InspectionServiceControllerMethods()
export class InspectionGrpcController implements inspection.InspectionServiceController {
  constructor(
    private readonly find: FindInspectionCasesUseCase,
    private readonly steps: InspectionStepsUseCase,
    private readonly taking: TakeReferralUseCase,
    private readonly documents: InspectionDocumentsUseCase,
  ) {}

  async getInspectionCase(request: inspection.GetInspectionCaseRequest, metadata?: Metadata) {
    return answer(await this.find.get(callerFrom(metadata), request.caseId));
  }

  async getInspectionCaseByMatter(request: inspection.GetInspectionCaseByMatterRequest, metadata?: Metadata) {
    return answer(await this.find.byMatter(callerFrom(metadata), request.matterId));
  }

  async listInspectionCases(request: inspection.ListInspectionCasesRequest, metadata?: Metadata) {
    const status = fromProtoEnum(request.status, 'INSPECTION_STATUS_') as InspectionStatus | '';
    const page = await this.find.list(callerFrom(metadata), {
      countyCodes: request.countyCodes,
      ...(status ? { status } : {}),
      pageSize: request.pageSize,
      pageToken: request.pageToken,
    });
    return { cases: page.cases.map(toInspectionCase), nextPageToken: page.nextPageToken };
  }

  async openInspectionCase(request: inspection.OpenInspectionCaseRequest, metadata?: Metadata) {
    return answer(
      await this.taking.open(callerFrom(metadata), {
        countyCode: request.countyCode,
        requestId: request.requestId,
        employer: request.employer,
        violations: violationsFromProto(request.violations),
        facts: request.facts,
        workerCount: request.workerCount,
        migrantWorker: request.migrantWorker,
        origin: request.origin,
      }),
    );
  }

  async decideAcceptance(request: inspection.DecideAcceptanceRequest, metadata?: Metadata) {
    return answer(
      await this.steps.decideAcceptance(callerFrom(metadata), request.caseId, request.expectedVersion, {
        decision: fromProtoEnum(request.decision, 'ACCEPTANCE_DECISION_') as AcceptanceDecision | '',
        violations: violationsFromProto(request.violations),
        reason: request.reason,
        redirectedTo: request.redirectedTo,
        missingMaterial: request.missingMaterial,
      }),
    );
  }

  async recordSuppliedMaterial(request: inspection.RecordSuppliedMaterialRequest, metadata?: Metadata) {
    return answer(
      await this.steps.recordSuppliedMaterial(callerFrom(metadata), request.caseId, request.expectedVersion, {
        employer: request.employer ?? {},
        note: request.note,
      }),
    );
  }

  async recordConstructionProject(request: inspection.RecordConstructionProjectRequest, metadata?: Metadata) {
    return answer(
      await this.steps.recordConstructionProject(callerFrom(metadata), request.caseId, request.expectedVersion, {
        project: projectFromProto(request.project),
      }),
    );
  }

  async issueInquiryNotice(request: inspection.IssueInquiryNoticeRequest, metadata?: Metadata) {
    return answer(
      await this.steps.issueInquiryNotice(callerFrom(metadata), request.caseId, request.expectedVersion, {
        appearAt: request.appearAt,
        place: request.place,
        materials: request.materials,
      }),
    );
  }

  async recordEvidence(request: inspection.RecordEvidenceRequest, metadata?: Metadata) {
    return answer(
      await this.steps.recordEvidence(callerFrom(metadata), request.caseId, request.expectedVersion, {
        kind: request.kind,
        source: request.source,
        summary: request.summary,
      }),
    );
  }

  async extendInvestigation(request: inspection.ExtendInvestigationRequest, metadata?: Metadata) {
    return answer(
      await this.steps.extendInvestigation(callerFrom(metadata), request.caseId, request.expectedVersion, {
        approvedBy: request.approvedBy,
        reason: request.reason,
      }),
    );
  }

  async recordEmployerHeard(request: inspection.RecordEmployerHeardRequest, metadata?: Metadata) {
    return answer(
      await this.steps.recordEmployerHeard(callerFrom(metadata), request.caseId, request.expectedVersion, {
        heardOn: request.heardOn,
        statement: request.statement,
        waived: request.waived,
      }),
    );
  }

  async issueCorrectionOrder(request: inspection.IssueCorrectionOrderRequest, metadata?: Metadata) {
    return answer(
      await this.steps.issueCorrectionOrder(callerFrom(metadata), request.caseId, request.expectedVersion, {
        corrections: request.corrections,
        correctBy: request.correctBy,
        wagesOrderedFen: request.wagesOrderedFen,
      }),
    );
  }

  async recordComplianceCheck(request: inspection.RecordComplianceCheckRequest, metadata?: Metadata) {
    return answer(
      await this.steps.recordComplianceCheck(callerFrom(metadata), request.caseId, request.expectedVersion, {
        complied: request.complied,
        note: request.note,
      }),
    );
  }

  async issuePenaltyDecision(request: inspection.IssuePenaltyDecisionRequest, metadata?: Metadata) {
    return answer(
      await this.steps.issuePenaltyDecision(callerFrom(metadata), request.caseId, request.expectedVersion, {
        violationBasis: request.violationBasis,
        penaltyBasis: request.penaltyBasis,
        fineFen: request.fineFen,
        facts: request.facts,
      }),
    );
  }

  async withdrawFiling(request: inspection.WithdrawFilingRequest, metadata?: Metadata) {
    return answer(
      await this.steps.withdrawFiling(callerFrom(metadata), request.caseId, request.expectedVersion, {
        minor: request.minor,
        alreadyCorrected: request.alreadyCorrected,
        reason: request.reason,
      }),
    );
  }

  async endInvestigation(request: inspection.EndInvestigationRequest, metadata?: Metadata) {
    return answer(
      await this.steps.endInvestigation(callerFrom(metadata), request.caseId, request.expectedVersion, {
        reason: request.reason,
      }),
    );
  }

  async transferToPublicSecurity(request: inspection.TransferToPublicSecurityRequest, metadata?: Metadata) {
    return answer(
      await this.steps.transferToPublicSecurity(callerFrom(metadata), request.caseId, request.expectedVersion, {
        reason: request.reason,
      }),
    );
  }

  async proposeArrearsListing(request: inspection.ProposeArrearsListingRequest, metadata?: Metadata) {
    return answer(
      await this.steps.proposeArrearsListing(callerFrom(metadata), request.caseId, request.expectedVersion, {
        grounds: request.grounds,
        seriousSocialImpact: request.seriousSocialImpact,
      }),
    );
  }

  async decideArrearsListing(request: inspection.DecideArrearsListingRequest, metadata?: Metadata) {
    return answer(
      await this.steps.decideArrearsListing(callerFrom(metadata), request.caseId, request.expectedVersion, {
        list: request.list,
        employerStatement: request.employerStatement,
        reason: request.reason,
      }),
    );
  }

  async listInspectionDocuments(request: inspection.ListInspectionDocumentsRequest, metadata?: Metadata) {
    const { record, documents } = await this.documents.list(callerFrom(metadata), request.caseId);
    return { documents: documents.map((d) => toInspectionDocument(record.caseId, d)) };
  }

  async getInspectionDocument(request: inspection.GetInspectionDocumentRequest, metadata?: Metadata) {
    const rendered = await this.documents.render(callerFrom(metadata), request.caseId, request.number);
    return { document: toInspectionDocument(request.caseId, rendered.issued), pdf: rendered.pdf };
  }
}
