import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import { LABOR_RELATIONS_SUPERVISING_ROLES, type StaffRole } from '@onewindow/access';
import { laborRelations, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs, type AuditSubject } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { MatterIdParam } from '../inspection/inspection.dto';
import { toProtoEmployer } from '../inspection/inspection-views';
import { documentDownloadSubject, pdfAttachment } from '../documents/pdf-attachment';
import { PDF_ANSWER } from '../mediation/mediation-of-matter';
import { RequiresOffice } from '../service-clients/office-deployed.guard';
import { ServiceClients } from '../service-clients/service-clients';
import {
  ConcludeSupervisionDto,
  FileLayoffReportDto,
  ListSupervisionMattersQuery,
  OpenOwnSupervisoryCheckDto,
  OpenSupervisoryCheckDto,
  RecordCheckFindingsDto,
  RegisterLayoffReportDto,
  ReviewLayoffPlanDto,
  SupervisionDocumentParams,
  SupervisionIdParam,
} from './labor-relations.dto';
import { toRestSupervisionDocument, toRestSupervisionMatter, toRestSupervisionSummary } from './supervision-views';

/** Who reads the matters: the labor-relations officers, and the duty supervisor. */
export const SUPERVISION_READER_ROLES: StaffRole[] = [...LABOR_RELATIONS_SUPERVISING_ROLES, 'SUPERVISOR'];

type MatterAnswer = { matter?: laborRelations.SupervisionMatter | undefined };
type SupervisionCall = (
  clients: { laborRelations: laborRelations.LaborRelationsServiceClient },
  metadata: Metadata,
) => Observable<MatterAnswer>;

const WRITE_REFUSALS = { 409: 'the matter is not at this step, or it changed since expectedVersion (read it again)' };
const OPENING_REFUSALS = { 409: 'the requestId was used for a different matter' };

/** The audit subject of a write: the matter behind it (or the 监管编号 for the office's own) and its county. */
const changedSupervision =
  (supervisionId: string, detail: string) =>
  ({ matter: written }: MatterAnswer): AuditSubject => ({
    target: written!.matterNumber || written!.number || supervisionId,
    countyCode: written!.countyCode,
    detail: `supervision ${written!.supervisionId || supervisionId}: ${detail}`,
  });

const layoffFields = (body: FileLayoffReportDto | RegisterLayoffReportDto) => ({
  employer: toProtoEmployer(body.employer),
  workersLaidOff: body.workersLaidOff,
  workforce: body.workforce,
  ground: body.ground,
  explainedOn: body.explainedOn,
  plannedOn: body.plannedOn,
  unionOpinionHeard: body.unionOpinionHeard,
});

/**
 * 劳动关系行政监管 (the bureau's 劳动关系科, seed 四(一)): layoff reports (劳动合同法 Art. 41) and supervisory checks
 * of the caller's counties, for the labor-relations officers (every write) and the supervisor (reading). Every write
 * on a matter names the version it was made against, answers with the matter as it now is (200), and is on the
 * audit log; county scope is the service's to enforce.
 */
@ApiTags('labor-relations supervision')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequiresOffice('laborRelations')
@Controller()
export class SupervisionMattersController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get('supervision-matters')
  @RequireRoles(...SUPERVISION_READER_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterPage: the matters of your counties, oldest opened first' })
  @ApiOperation({ summary: "The supervision matters of the caller's counties, by status and kind" })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: ListSupervisionMattersQuery,
  ): Promise<rest.SupervisionMatterPage> {
    const page = await this.services.call(caller, (s, m) =>
      s.laborRelations.listSupervisionMatters(
        {
          countyCodes: caller.counties,
          status: query.status
            ? toProtoEnum(query.status, 'SUPERVISION_STATUS_', laborRelations.SupervisionStatus)
            : laborRelations.SupervisionStatus.SUPERVISION_STATUS_UNSPECIFIED,
          kind: query.kind
            ? toProtoEnum(query.kind, 'SUPERVISION_KIND_', laborRelations.SupervisionKind)
            : laborRelations.SupervisionKind.SUPERVISION_KIND_UNSPECIFIED,
          pageSize: query.pageSize ?? 50,
          pageToken: query.pageToken ?? '',
        },
        m,
      ),
    );
    return { matters: page.matters.map(toRestSupervisionSummary), nextPageToken: page.nextPageToken };
  }

  @Get('supervision-matters/:supervisionId')
  @RequireRoles(...SUPERVISION_READER_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView' })
  @ApiOperation({ summary: 'One supervision matter: the layoff report or the check, its findings and conclusion' })
  async get(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { supervisionId }: SupervisionIdParam,
  ): Promise<rest.SupervisionMatterView> {
    const { matter } = await this.services.call(caller, (s, m) =>
      s.laborRelations.getSupervisionMatter({ supervisionId }, m),
    );
    return toRestSupervisionMatter(matter!);
  }

  @Get('matters/:matterId/supervision-matter')
  @RequireRoles(...SUPERVISION_READER_ROLES)
  @ApiOkResponse({ description: "SupervisionMatterView: the matter's latest supervision matter" })
  @ApiOperation({ summary: "The matter's supervision matter; 404 when it never went to labor-relations supervision" })
  async ofMatter(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { matterId }: MatterIdParam,
  ): Promise<rest.SupervisionMatterView> {
    const { matter } = await this.services.call(caller, (s, m) =>
      s.laborRelations.getSupervisionMatterByMatter({ matterId }, m),
    );
    return toRestSupervisionMatter(matter!);
  }

  @Post('supervision-matters/layoff-reports')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView: the report registered, the thresholds judged' })
  @ApiOperation({
    summary:
      '裁员报告 filed directly by an employer: registered, ≥ 20 or ≥ 10 % judged, the 30-day notice checked (劳动合同法 Art. 41)',
  })
  @ApiRefusals([409, 413], OPENING_REFUSALS)
  fileLayoffReport(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: FileLayoffReportDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(
      caller,
      origin,
      'labor-relations.layoff-report.file',
      body.countyCode,
      body.requestId,
      `layoff report: ${body.employer.name}, ${body.workersLaidOff} of ${body.workforce}`,
      (s, m) =>
        s.laborRelations.registerLayoffReport(
          {
            supervisionId: '',
            expectedVersion: 0,
            countyCode: body.countyCode,
            requestId: body.requestId,
            ...layoffFields(body),
          },
          m,
        ),
    );
  }

  @Post('supervision-matters/:supervisionId/layoff-report')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView: the report registered on the referral taken' })
  @ApiOperation({ summary: 'The layoff report on a taken referral (劳动合同法 Art. 41)' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  registerLayoffReport(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId }: SupervisionIdParam,
    @Body() body: RegisterLayoffReportDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(
      caller,
      origin,
      'labor-relations.layoff-report.register',
      '',
      supervisionId,
      `layoff report: ${body.workersLaidOff} of ${body.workforce}`,
      (s, m) =>
        s.laborRelations.registerLayoffReport(
          {
            supervisionId,
            expectedVersion: body.expectedVersion,
            countyCode: '',
            requestId: '',
            ...layoffFields(body),
          },
          m,
        ),
    );
  }

  @Post('supervision-matters/:supervisionId/layoff-plan-review')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView with the plan reviewed' })
  @ApiOperation({
    summary: 'The layoff plan reviewed: who is kept first (Art. 41 para 2), who may not be laid off (Art. 42)',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  reviewLayoffPlan(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId }: SupervisionIdParam,
    @Body() body: ReviewLayoffPlanDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(
      caller,
      origin,
      'labor-relations.layoff-plan-review',
      '',
      supervisionId,
      `${body.protectedWorkersInPlan.length} protected in plan`,
      (s, m) =>
        s.laborRelations.reviewLayoffPlan(
          {
            supervisionId,
            expectedVersion: body.expectedVersion,
            protectedWorkersInPlan: body.protectedWorkersInPlan,
            retentionPriorityKept: body.retentionPriorityKept,
            note: body.note ?? '',
          },
          m,
        ),
    );
  }

  @Post('supervision-matters/checks')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView: the check opened (or the one matter of this requestId)' })
  @ApiOperation({
    summary: '专项检查 the office opens itself: minimum wage, labor contracts, labor dispatch, working hours',
  })
  @ApiRefusals([409, 413], OPENING_REFUSALS)
  openOwnCheck(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: OpenOwnSupervisoryCheckDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(
      caller,
      origin,
      'labor-relations.check.open',
      body.countyCode,
      body.requestId,
      `${body.kind} check: ${body.employer.name}`,
      (s, m) =>
        s.laborRelations.openSupervisoryCheck(
          {
            supervisionId: '',
            expectedVersion: 0,
            countyCode: body.countyCode,
            requestId: body.requestId,
            kind: toProtoEnum(body.kind, 'SUPERVISION_KIND_', laborRelations.SupervisionKind),
            employer: toProtoEmployer(body.employer),
          },
          m,
        ),
    );
  }

  @Post('supervision-matters/:supervisionId/check')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView: the check opened on the referral taken' })
  @ApiOperation({ summary: 'A supervisory check (专项检查) on a taken referral' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  openCheck(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId }: SupervisionIdParam,
    @Body() body: OpenSupervisoryCheckDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(caller, origin, 'labor-relations.check.open', '', supervisionId, `${body.kind} check`, (s, m) =>
      s.laborRelations.openSupervisoryCheck(
        {
          supervisionId,
          expectedVersion: body.expectedVersion,
          countyCode: '',
          requestId: '',
          kind: toProtoEnum(body.kind, 'SUPERVISION_KIND_', laborRelations.SupervisionKind),
          employer: toProtoEmployer(body.employer),
        },
        m,
      ),
    );
  }

  @Post('supervision-matters/:supervisionId/findings')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView with the findings and the breaches they show' })
  @ApiOperation({
    summary:
      "What the check found, against the rule in force on the day (the county's minimum wage, the 10 % dispatch cap, the overtime limits)",
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordFindings(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId }: SupervisionIdParam,
    @Body() body: RecordCheckFindingsDto,
  ): Promise<rest.SupervisionMatterView> {
    const { findings } = body;
    return this.write(caller, origin, 'labor-relations.findings', '', supervisionId, 'findings recorded', (s, m) =>
      s.laborRelations.recordCheckFindings(
        {
          supervisionId,
          expectedVersion: body.expectedVersion,
          findings: {
            lowestMonthlyWageFen: findings.lowestMonthlyWageFen ?? 0,
            // The standard in force and its source are the service's to find (the county's dated minimum wage).
            minimumWageFen: 0,
            minimumWageSource: '',
            workersWithoutWrittenContract: findings.workersWithoutWrittenContract ?? 0,
            dispatchedWorkers: findings.dispatchedWorkers ?? 0,
            contractWorkers: findings.contractWorkers ?? 0,
            maxOvertimeHoursPerDay: findings.maxOvertimeHoursPerDay ?? 0,
            maxOvertimeHoursPerMonth: findings.maxOvertimeHoursPerMonth ?? 0,
            measuredOn: findings.measuredOn ?? '',
            breaches: [],
          },
        },
        m,
      ),
    );
  }

  @Post('supervision-matters/:supervisionId/conclusion')
  @HttpCode(200)
  @RequireRoles(...LABOR_RELATIONS_SUPERVISING_ROLES)
  @ApiOkResponse({ description: 'SupervisionMatterView as concluded' })
  @ApiOperation({
    summary: 'Ends the matter: compliant, guidance (指导意见书), or a referral to labor inspection (移送劳动保障监察)',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  conclude(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId }: SupervisionIdParam,
    @Body() body: ConcludeSupervisionDto,
  ): Promise<rest.SupervisionMatterView> {
    return this.write(caller, origin, 'labor-relations.conclusion', '', supervisionId, body.conclusion, (s, m) =>
      s.laborRelations.concludeSupervision(
        {
          supervisionId,
          expectedVersion: body.expectedVersion,
          conclusion: toProtoEnum(body.conclusion, 'SUPERVISION_CONCLUSION_', laborRelations.SupervisionConclusion),
          reason: body.reason ?? '',
          guidance: body.guidance ?? [],
          correctBy: body.correctBy ?? '',
        },
        m,
      ),
    );
  }

  /** One audited write; the entry names the matter and county the answer reveals. */
  private async write(
    caller: AuthenticatedCaller,
    origin: RequestOrigin,
    action: string,
    countyCode: string,
    target: string,
    detail: string,
    call: SupervisionCall,
  ): Promise<rest.SupervisionMatterView> {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      action,
      countyCode,
    )(changedSupervision(target, detail), () => this.services.call(caller, call), target);
    return toRestSupervisionMatter(answer.matter!);
  }
}

/** 文书: the documents of a supervision matter, for the officers and the supervisor; each download audited. */
@ApiTags('labor-relations supervision')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequireRoles(...SUPERVISION_READER_ROLES)
@RequiresOffice('laborRelations')
@Controller('supervision-matters/:supervisionId/documents')
export class SupervisionDocumentsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'SupervisionDocumentList: the documents issued on the matter, in the order issued' })
  @ApiOperation({ summary: 'The documents (文书) of the matter: 裁员报告登记回执, 指导意见书, 移送劳动保障监察函' })
  async documents(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { supervisionId }: SupervisionIdParam,
  ): Promise<rest.SupervisionDocumentList> {
    const { documents } = await this.services.call(caller, (s, m) =>
      s.laborRelations.listSupervisionDocuments({ supervisionId }, m),
    );
    return { documents: documents.map(toRestSupervisionDocument) };
  }

  @Get(':number')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF (A4, GB/T 9704-2012 layout, fonts embedded)', ...PDF_ANSWER })
  @ApiOperation({ summary: 'Download one document of the matter as PDF; every download is on the audit log' })
  async download(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { supervisionId, number }: SupervisionDocumentParams,
  ) {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'labor-relations.document.download',
      '',
    )(
      () => documentDownloadSubject(number, `supervision ${supervisionId}: ${number}`),
      () => this.services.call(caller, (s, m) => s.laborRelations.getSupervisionDocument({ supervisionId, number }, m)),
      supervisionId,
    );
    return pdfAttachment(
      'labor-relations',
      number,
      `${answer.document?.title ?? 'labor-relations'}-${number}.pdf`,
      answer.pdf,
    );
  }
}
