import { Controller, Inject, UseFilters } from '@nestjs/common';
import type { Metadata } from '@grpc/grpc-js';
import { fromProtoEnum, laborRelations } from '@onewindow/contracts';
import { callerFrom, SERVICE_CLOCK, type ServiceClock } from '@onewindow/service-runtime';
import { ConcludeSupervisionUseCase } from '../application/conclude-supervision.use-case';
import { SupervisionDocumentsUseCase } from '../application/documents/supervision-documents.use-case';
import { FindSupervisionMattersUseCase } from '../application/find-supervision-matters.use-case';
import { LayoffReportUseCase } from '../application/layoff-report.use-case';
import type { SupervisionMatterRecord, SupervisionStatus } from '../application/supervision-matter.repository';
import { SupervisoryCheckUseCase } from '../application/supervisory-check.use-case';
import type { SupervisionKind } from '../domain';
import { SupervisionErrorFilter } from './supervision-error.filter';
import { toSupervisionDocument, toSupervisionMatter } from './supervision-matter.mapping';

const answer = (record: SupervisionMatterRecord) => ({ matter: toSupervisionMatter(record) });

// Every call names its caller in metadata (callerFrom: UNAUTHENTICATED when it does not); what the caller
// may do is decided in application/supervision-access. "Today" is the service clock's.
@Controller()
@UseFilters(SupervisionErrorFilter)
@laborRelations.LaborRelationsServiceControllerMethods()
export class LaborRelationsGrpcController implements laborRelations.LaborRelationsServiceController {
  constructor(
    private readonly find: FindSupervisionMattersUseCase,
    private readonly layoffs: LayoffReportUseCase,
    private readonly checks: SupervisoryCheckUseCase,
    private readonly conclusions: ConcludeSupervisionUseCase,
    private readonly documents: SupervisionDocumentsUseCase,
    @Inject(SERVICE_CLOCK) private readonly clock: ServiceClock,
  ) {}

  async getSupervisionMatter(request: laborRelations.GetSupervisionMatterRequest, metadata?: Metadata) {
    return answer(await this.find.get(callerFrom(metadata), request.supervisionId));
  }

  async getSupervisionMatterByMatter(request: laborRelations.GetSupervisionMatterByMatterRequest, metadata?: Metadata) {
    return answer(await this.find.byMatter(callerFrom(metadata), request.matterId));
  }

  async listSupervisionMatters(request: laborRelations.ListSupervisionMattersRequest, metadata?: Metadata) {
    const status = fromProtoEnum(request.status, 'SUPERVISION_STATUS_') as SupervisionStatus | '';
    const kind = fromProtoEnum(request.kind, 'SUPERVISION_KIND_') as SupervisionKind | '';
    const page = await this.find.list(callerFrom(metadata), {
      countyCodes: request.countyCodes,
      ...(status ? { status } : {}),
      ...(kind ? { kind } : {}),
      pageSize: request.pageSize,
      pageToken: request.pageToken,
    });
    return { matters: page.matters.map(toSupervisionMatter), nextPageToken: page.nextPageToken };
  }

  async registerLayoffReport(request: laborRelations.RegisterLayoffReportRequest, metadata?: Metadata) {
    return answer(
      await this.layoffs.register(
        callerFrom(metadata),
        {
          supervisionId: request.supervisionId,
          expectedVersion: request.expectedVersion,
          countyCode: request.countyCode,
          requestId: request.requestId,
          ...(request.employer ? { employer: request.employer } : {}),
          workersLaidOff: request.workersLaidOff,
          workforce: request.workforce,
          ground: request.ground,
          explainedOn: request.explainedOn,
          plannedOn: request.plannedOn,
          unionOpinionHeard: request.unionOpinionHeard,
        },
        this.clock.now(),
      ),
    );
  }

  async reviewLayoffPlan(request: laborRelations.ReviewLayoffPlanRequest, metadata?: Metadata) {
    return answer(
      await this.layoffs.review(callerFrom(metadata), {
        supervisionId: request.supervisionId,
        expectedVersion: request.expectedVersion,
        protectedWorkersInPlan: request.protectedWorkersInPlan,
        retentionPriorityKept: request.retentionPriorityKept,
        note: request.note,
      }),
    );
  }

  async openSupervisoryCheck(request: laborRelations.OpenSupervisoryCheckRequest, metadata?: Metadata) {
    return answer(
      await this.checks.open(
        callerFrom(metadata),
        {
          supervisionId: request.supervisionId,
          expectedVersion: request.expectedVersion,
          countyCode: request.countyCode,
          requestId: request.requestId,
          kind: fromProtoEnum(request.kind, 'SUPERVISION_KIND_'),
          ...(request.employer ? { employer: request.employer } : {}),
        },
        this.clock.now(),
      ),
    );
  }

  async recordCheckFindings(request: laborRelations.RecordCheckFindingsRequest, metadata?: Metadata) {
    return answer(
      await this.checks.recordFindings(
        callerFrom(metadata),
        {
          supervisionId: request.supervisionId,
          expectedVersion: request.expectedVersion,
          ...(request.findings ? { findings: request.findings } : {}),
        },
        this.clock.now(),
      ),
    );
  }

  async concludeSupervision(request: laborRelations.ConcludeSupervisionRequest, metadata?: Metadata) {
    return answer(
      await this.conclusions.execute(
        callerFrom(metadata),
        {
          supervisionId: request.supervisionId,
          expectedVersion: request.expectedVersion,
          conclusion: fromProtoEnum(request.conclusion, 'SUPERVISION_CONCLUSION_'),
          reason: request.reason,
          guidance: request.guidance,
          correctBy: request.correctBy,
        },
        this.clock.now(),
      ),
    );
  }

  async listSupervisionDocuments(request: laborRelations.ListSupervisionDocumentsRequest, metadata?: Metadata) {
    const record = await this.find.get(callerFrom(metadata), request.supervisionId);
    return { documents: record.documents.map((issued) => toSupervisionDocument(record, issued)) };
  }

  async getSupervisionDocument(request: laborRelations.GetSupervisionDocumentRequest, metadata?: Metadata) {
    const record = await this.find.get(callerFrom(metadata), request.supervisionId);
    const rendered = await this.documents.render(callerFrom(metadata), request.supervisionId, request.number);
    return { document: toSupervisionDocument(record, rendered.issued), pdf: rendered.pdf };
  }
}
