import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import { INSPECTING_ROLES, type StaffRole } from '@onewindow/access';
import { inspection, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs, type AuditSubject } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { PDF_ANSWER } from '../mediation/mediation-of-matter';
import { RequiresOffice } from '../service-clients/office-deployed.guard';
import { ServiceClients } from '../service-clients/service-clients';
import {
  DecideArrearsListingDto,
  DecideInspectionAcceptanceDto,
  ExtendInvestigationDto,
  InspectionCaseIdParam,
  InspectionDocumentParams,
  IssueCorrectionOrderDto,
  IssueInquiryNoticeDto,
  IssuePenaltyDecisionDto,
  ListInspectionCasesQuery,
  MatterIdParam,
  OpenInspectionCaseDto,
  ProposeArrearsListingDto,
  ReasonDto,
  RecordComplianceCheckDto,
  RecordConstructionProjectDto,
  RecordEmployerHeardDto,
  RecordEvidenceDto,
  RecordSuppliedMaterialDto,
  WithdrawFilingDto,
} from './inspection.dto';
import {
  toProtoContractorRole,
  toProtoEmployer,
  toProtoViolation,
  toRestInspectionCase,
  toRestInspectionDocument,
  toRestInspectionSummary,
} from './inspection-views';
import { documentDownloadSubject, pdfAttachment } from '../documents/pdf-attachment';

/** Who reads the cases: the inspectors, and the duty supervisor who watches the deadlines. */
export const INSPECTION_READER_ROLES: StaffRole[] = [...INSPECTING_ROLES, 'SUPERVISOR'];

type CaseAnswer = { case?: inspection.InspectionCase | undefined };
type InspectionCall = (
  clients: { inspection: inspection.InspectionServiceClient },
  metadata: Metadata,
) => Observable<CaseAnswer>;

const WRITE_REFUSALS = { 409: 'the case is not at this step, or it changed since expectedVersion (read it again)' };

/** The audit subject of a write: the case's matter (or its 监察案件编号 for the office's own) and county. */
const changedInspectionCase =
  (caseId: string, detail: string) =>
  ({ case: written }: CaseAnswer): AuditSubject => ({
    target: written!.matterNumber || written!.caseNumber || caseId,
    countyCode: written!.countyCode,
    detail: `inspection case ${caseId}: ${detail}`,
  });

/**
 * 劳动保障监察 (劳动保障监察条例; 部令第25号; 保障农民工工资支付条例): the cases of the caller's counties, for the
 * inspectors (every write) and the supervisor (reading). Every write names the case version it was made against,
 * answers with the case as it now is (200), and is on the audit log. County scope is inspection's to enforce
 * (403 for a case of another county). A report's reporter is never in a case (条例 Art. 9).
 */
@ApiTags('inspection')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequiresOffice('inspection')
@Controller()
export class InspectionCasesController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get('inspection-cases')
  @RequireRoles(...INSPECTION_READER_ROLES)
  @ApiOkResponse({ description: 'InspectionCasePage: the cases of your counties, oldest received first' })
  @ApiOperation({ summary: "The inspection cases of the caller's counties, by status" })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: ListInspectionCasesQuery,
  ): Promise<rest.InspectionCasePage> {
    const page = await this.services.call(caller, (s, m) =>
      s.inspection.listInspectionCases(
        {
          countyCodes: caller.counties,
          status: query.status
            ? toProtoEnum(query.status, 'INSPECTION_STATUS_', inspection.InspectionStatus)
            : inspection.InspectionStatus.INSPECTION_STATUS_UNSPECIFIED,
          pageSize: query.pageSize ?? 50,
          pageToken: query.pageToken ?? '',
        },
        m,
      ),
    );
    return { cases: page.cases.map(toRestInspectionSummary), nextPageToken: page.nextPageToken };
  }

  @Get('inspection-cases/:caseId')
  @RequireRoles(...INSPECTION_READER_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView' })
  @ApiOperation({
    summary: 'One inspection case: acceptance, investigation, the employer heard, orders, penalty, documents',
  })
  async get(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: InspectionCaseIdParam,
  ): Promise<rest.InspectionCaseView> {
    const { case: found } = await this.services.call(caller, (s, m) => s.inspection.getInspectionCase({ caseId }, m));
    return toRestInspectionCase(found!);
  }

  @Get('matters/:matterId/inspection-case')
  @RequireRoles(...INSPECTION_READER_ROLES)
  @ApiOkResponse({ description: "InspectionCaseView: the matter's latest inspection case" })
  @ApiOperation({ summary: "The matter's inspection case; 404 when the matter never went to inspection" })
  async ofMatter(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { matterId }: MatterIdParam,
  ): Promise<rest.InspectionCaseView> {
    const { case: found } = await this.services.call(caller, (s, m) =>
      s.inspection.getInspectionCaseByMatter({ matterId }, m),
    );
    return toRestInspectionCase(found!);
  }

  @Post('inspection-cases')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView: the case opened (or the one case of this requestId)' })
  @ApiOperation({
    summary:
      '主动监察: a case the office opens itself (日常巡视检查, a labor-relations check’s findings, 条例 Art. 14)',
  })
  @ApiRefusals([409, 413], { 409: 'the requestId was used for a different case' })
  async open(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: OpenInspectionCaseDto,
  ): Promise<rest.InspectionCaseView> {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'inspection.open',
      body.countyCode,
    )(
      changedInspectionCase('(new)', `opened: ${body.employer.name}`),
      () =>
        this.services.call(caller, (s, m) =>
          s.inspection.openInspectionCase(
            {
              countyCode: body.countyCode,
              requestId: body.requestId,
              employer: toProtoEmployer(body.employer),
              violations: body.violations.map(toProtoViolation),
              facts: body.facts,
              workerCount: body.workerCount,
              migrantWorker: body.migrantWorker,
              origin: body.origin ?? '',
            },
            m,
          ),
        ),
      body.requestId,
    );
    return toRestInspectionCase(answer.case!);
  }

  @Post('inspection-cases/:caseId/acceptance')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      '受理决定 within 5 working days: accepted and filed, not accepted (older than 2 years, 条例 Art. 20), material requested, redirected, or the dispute procedure (Art. 21)',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  decideAcceptance(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: DecideInspectionAcceptanceDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.acceptance', caseId, body.decision, (s, m) =>
      s.inspection.decideAcceptance(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          decision: toProtoEnum(body.decision, 'ACCEPTANCE_DECISION_', inspection.AcceptanceDecision),
          violations: (body.violations ?? []).map(toProtoViolation),
          reason: body.reason ?? '',
          redirectedTo: body.redirectedTo ?? '',
          missingMaterial: body.missingMaterial ?? [],
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/supplied-material')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary: 'What the complainant supplied after a material request (补正); the acceptance decision is taken again',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordSuppliedMaterial(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: RecordSuppliedMaterialDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.supplied-material', caseId, body.employer.name, (s, m) =>
      s.inspection.recordSuppliedMaterial(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          employer: toProtoEmployer(body.employer),
          note: body.note ?? '',
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/construction-project')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      'The construction project and its chain of contractors; who answers for the arrears follows (保障农民工工资支付条例 Arts. 29–30, 36)',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordConstructionProject(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: RecordConstructionProjectDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.construction-project', caseId, body.project.name, (s, m) =>
      s.inspection.recordConstructionProject(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          project: {
            name: body.project.name,
            permitNumber: body.project.permitNumber ?? '',
            contractors: body.project.contractors.map((contractor) => ({
              role: toProtoContractorRole(contractor.role),
              name: contractor.name,
              unifiedSocialCreditCode: contractor.unifiedSocialCreditCode ?? '',
              engagedBy: contractor.engagedBy ?? '',
              unqualified: contractor.unqualified ?? false,
              unpaidProjectFundsFen: contractor.unpaidProjectFundsFen ?? 0,
            })),
            employingContractor: body.project.employingContractor,
          },
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/inquiry-notices')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({ summary: '询问通知书 to the employer: when and where to appear, what to bring (部令25号 Art. 20)' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  issueInquiryNotice(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: IssueInquiryNoticeDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.inquiry-notice', caseId, body.appearAt, (s, m) =>
      s.inspection.issueInquiryNotice(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          appearAt: body.appearAt,
          place: body.place,
          materials: body.materials ?? [],
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/evidence')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({ summary: 'Evidence gathered (调查取证): its kind, source and what it shows' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordEvidence(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: RecordEvidenceDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.evidence', caseId, body.kind, (s, m) =>
      s.inspection.recordEvidence(
        { caseId, expectedVersion: body.expectedVersion, kind: body.kind, source: body.source, summary: body.summary },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/investigation-extension')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary: 'The one extension of the investigation, 30 working days, with the approver named (条例 Art. 17)',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  extendInvestigation(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: ExtendInvestigationDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.investigation-extension',
      caseId,
      `approved by ${body.approvedBy}`,
      (s, m) =>
        s.inspection.extendInvestigation(
          { caseId, expectedVersion: body.expectedVersion, approvedBy: body.approvedBy, reason: body.reason },
          m,
        ),
    );
  }

  @Post('inspection-cases/:caseId/employer-hearing')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      "The employer's statement and defence (陈述、申辩, 条例 Art. 19), or its waiver: required before an order or a penalty",
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordEmployerHeard(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: RecordEmployerHeardDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.employer-hearing',
      caseId,
      body.waived ? `waived ${body.heardOn}` : `heard ${body.heardOn}`,
      (s, m) =>
        s.inspection.recordEmployerHeard(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            heardOn: body.heardOn,
            statement: body.statement ?? '',
            waived: body.waived,
          },
          m,
        ),
    );
  }

  @Post('inspection-cases/:caseId/correction-order')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary: '责令改正指令书 with the day to correct by (条例 Art. 18(2)); the follow-up check is due on that day',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  issueCorrectionOrder(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: IssueCorrectionOrderDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.correction-order',
      caseId,
      `by ${body.correctBy}, ${body.wagesOrderedFen ?? 0} fen`,
      (s, m) =>
        s.inspection.issueCorrectionOrder(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            corrections: body.corrections,
            correctBy: body.correctBy,
            wagesOrderedFen: body.wagesOrderedFen ?? 0,
          },
          m,
        ),
    );
  }

  @Post('inspection-cases/:caseId/compliance-check')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      'The follow-up check (复查): complied concludes the case; not complied leaves it for a penalty or a transfer',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordComplianceCheck(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: RecordComplianceCheckDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.compliance-check',
      caseId,
      body.complied ? 'COMPLIED' : 'NOT_COMPLIED',
      (s, m) =>
        s.inspection.recordComplianceCheck(
          { caseId, expectedVersion: body.expectedVersion, complied: body.complied, note: body.note ?? '' },
          m,
        ),
    );
  }

  @Post('inspection-cases/:caseId/penalty-decision')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary: '行政处罚决定书 (条例 Art. 18(1)): the violation, the penalty’s basis, the fine in fen, the remedies',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  issuePenaltyDecision(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: IssuePenaltyDecisionDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.penalty-decision',
      caseId,
      `${body.fineFen} fen under ${body.penaltyBasis}`,
      (s, m) =>
        s.inspection.issuePenaltyDecision(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            violationBasis: body.violationBasis,
            penaltyBasis: body.penaltyBasis,
            fineFen: body.fineFen,
            facts: body.facts,
          },
          m,
        ),
    );
  }

  @Post('inspection-cases/:caseId/filing-withdrawal')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({ summary: '撤销立案 (条例 Art. 18(3)): only when the violation is minor and already corrected' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  withdrawFiling(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: WithdrawFilingDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.filing-withdrawal', caseId, body.reason, (s, m) =>
      s.inspection.withdrawFiling(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          minor: body.minor,
          alreadyCorrected: body.alreadyCorrected,
          reason: body.reason,
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/investigation-end')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({ summary: '终结调查: the complaint or report proved untrue' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  endInvestigation(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: ReasonDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.investigation-end', caseId, body.reason, (s, m) =>
      s.inspection.endInvestigation({ caseId, expectedVersion: body.expectedVersion, reason: body.reason }, m),
    );
  }

  @Post('inspection-cases/:caseId/public-security-transfer')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      '涉嫌犯罪案件移送 to public security (拒不支付劳动报酬罪, 刑法 Art. 276-1): only after an order to pay not complied with',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  transferToPublicSecurity(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: ReasonDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.public-security-transfer', caseId, body.reason, (s, m) =>
      s.inspection.transferToPublicSecurity({ caseId, expectedVersion: body.expectedVersion, reason: body.reason }, m),
    );
  }

  @Post('inspection-cases/:caseId/arrears-listing')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({
    summary:
      'The notice of an intended listing on the wage-arrears list (条例 Art. 48; 人社部令第45号), with the grounds',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  proposeArrearsListing(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: ProposeArrearsListingDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(caller, origin, 'inspection.arrears-listing.propose', caseId, body.grounds, (s, m) =>
      s.inspection.proposeArrearsListing(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          grounds: body.grounds,
          seriousSocialImpact: body.seriousSocialImpact ?? false,
        },
        m,
      ),
    );
  }

  @Post('inspection-cases/:caseId/arrears-listing/decision')
  @HttpCode(200)
  @RequireRoles(...INSPECTING_ROLES)
  @ApiOkResponse({ description: 'InspectionCaseView after the step' })
  @ApiOperation({ summary: 'The listing decision, once the employer was heard or its 5 working days passed' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  decideArrearsListing(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: InspectionCaseIdParam,
    @Body() body: DecideArrearsListingDto,
  ): Promise<rest.InspectionCaseView> {
    return this.write(
      caller,
      origin,
      'inspection.arrears-listing.decide',
      caseId,
      body.list ? 'LISTED' : 'NOT_LISTED',
      (s, m) =>
        s.inspection.decideArrearsListing(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            list: body.list,
            employerStatement: body.employerStatement ?? '',
            reason: body.reason ?? '',
          },
          m,
        ),
    );
  }

  /** One audited write on a case; the entry names the matter and county the answer reveals. */
  private async write(
    caller: AuthenticatedCaller,
    origin: RequestOrigin,
    action: string,
    caseId: string,
    detail: string,
    call: InspectionCall,
  ): Promise<rest.InspectionCaseView> {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      action,
      '',
    )(changedInspectionCase(caseId, detail), () => this.services.call(caller, call), caseId);
    return toRestInspectionCase(answer.case!);
  }
}

/** 文书: the documents of an inspection case, for the inspectors and the supervisor; each download audited. */
@ApiTags('inspection')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequireRoles(...INSPECTION_READER_ROLES)
@RequiresOffice('inspection')
@Controller('inspection-cases/:caseId/documents')
export class InspectionDocumentsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'InspectionDocumentList: the documents issued on the case, in the order issued' })
  @ApiOperation({ summary: 'The documents (文书) of the inspection case: notices, orders, decisions' })
  async documents(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: InspectionCaseIdParam,
  ): Promise<rest.InspectionDocumentList> {
    const { documents } = await this.services.call(caller, (s, m) =>
      s.inspection.listInspectionDocuments({ caseId }, m),
    );
    return { documents: documents.map(toRestInspectionDocument) };
  }

  @Get(':number')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF (A4, GB/T 9704-2012 layout, fonts embedded)', ...PDF_ANSWER })
  @ApiOperation({ summary: 'Download one document of the inspection case as PDF; every download is on the audit log' })
  async download(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, number }: InspectionDocumentParams,
  ) {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'inspection.document.download',
      '',
    )(
      () => documentDownloadSubject(number, `inspection case ${caseId}: ${number}`),
      () => this.services.call(caller, (s, m) => s.inspection.getInspectionDocument({ caseId, number }, m)),
      caseId,
    );
    return pdfAttachment('inspection', number, `${answer.document?.title ?? 'inspection'}-${number}.pdf`, answer.pdf);
  }
}
