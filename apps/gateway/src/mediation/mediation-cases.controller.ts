import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Metadata } from '@grpc/grpc-js';
import type { Observable } from 'rxjs';
import { MATTER_READER_ROLES, MEDIATING_ROLES, MEDIATOR_ROLL_KEEPING_ROLES, type StaffRole } from '@onewindow/access';
import { mediation, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiErrorView, ApiRefusals } from '../http/api-answers';
import { auditedAs, changedCaseSubject } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { ServiceClients } from '../service-clients/service-clients';
import { RequiresOffice } from '../service-clients/office-deployed.guard';
import {
  mediationCaseOfMatter,
  mediationDownloadSubject,
  mediationPdfAttachment,
  PDF_ANSWER,
} from './mediation-of-matter';
import { toProtoDocumentKind, toProtoVenue, toRestMediationCase, toRestMediationDocument } from './mediation-views';
import {
  AssignMediatorsDto,
  DeclareConflictOfInterestDto,
  DraftAgreementDto,
  ExtendPeriodDto,
  ListMediationCasesQuery,
  MediationCaseIdParam,
  MediationDocumentParams,
  MediationSessionParams,
  RecordEmployerConsentDto,
  RecordPaymentDto,
  RecordSessionDto,
  RequestCourtRouteDto,
  ScheduleSessionDto,
  SignAgreementDto,
} from './mediation.dto';
import { plannedNotices, SessionNoticeSender } from './session-notice-sender';
import { noticeRecordOf } from './session-notice';

/** Who works from the list of cases: the mediators, and the duty supervisor who watches the 15-day period. */
const CASE_LISTING_ROLES: StaffRole[] = [...MEDIATING_ROLES, ...MEDIATOR_ROLL_KEEPING_ROLES];
/** Assignment is the mediators' and the supervisor's (who keeps the roll). */
const ASSIGNING_ROLES: StaffRole[] = [...MEDIATING_ROLES, ...MEDIATOR_ROLL_KEEPING_ROLES];

type CaseAnswer = { case?: mediation.MediationCase | undefined };
type MediationCall = (
  clients: { mediation: mediation.MediationServiceClient },
  metadata: Metadata,
) => Observable<CaseAnswer>;

const WRITE_REFUSALS = { 409: 'the case is not at this step, or it changed since expectedVersion (read it again)' };

/**
 * 调解: the mediation cases of the caller's counties: the list for the mediators and the supervisor, a case for
 * every post that works on matters, the writes for the mediators (assignment also the supervisor). Every write names
 * the case version it was made against, answers with the case as it now is (200), and is on the audit log.
 */
@ApiTags('mediation')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequiresOffice('mediation')
@Controller()
export class MediationCasesController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
    private readonly notices: SessionNoticeSender,
  ) {}

  @Get('mediation-cases')
  @RequireRoles(...CASE_LISTING_ROLES)
  @ApiOkResponse({ description: 'MediationCasePage: the cases of your counties, oldest received first' })
  @ApiOperation({ summary: "The mediation cases of the caller's counties; assignedTo=me for your own" })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: ListMediationCasesQuery,
  ): Promise<rest.MediationCasePage> {
    const page = await this.services.call(caller, (s, m) =>
      s.mediation.listMediationCases(
        {
          countyCodes: caller.counties,
          status: query.status
            ? toProtoEnum(query.status, 'MEDIATION_STATUS_', mediation.MediationStatus)
            : mediation.MediationStatus.MEDIATION_STATUS_UNSPECIFIED,
          assignedTo: query.assignedTo === 'me' ? caller.userId : (query.assignedTo ?? ''),
          pageSize: query.pageSize ?? 50,
          pageToken: query.pageToken ?? '',
        },
        m,
      ),
    );
    return { cases: page.cases.map(toRestMediationCase), nextPageToken: page.nextPageToken };
  }

  @Get('mediation-cases/:caseId')
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOkResponse({ description: 'MediationCase' })
  @ApiOperation({ summary: 'One mediation case: consent, mediators, sessions, agreement, payments, documents' })
  async get(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: MediationCaseIdParam,
  ): Promise<rest.MediationCase> {
    const { case: found } = await this.services.call(caller, (s, m) => s.mediation.getMediationCase({ caseId }, m));
    return toRestMediationCase(found!);
  }

  @Get('matters/:matterNumber/mediation')
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOkResponse({ description: "MediationCase: the matter's latest mediation case" })
  @ApiOperation({ summary: "The matter's mediation case; 404 when the matter never went to mediation" })
  async ofMatter(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { matterNumber }: MatterNumberParam,
  ): Promise<rest.MediationCase> {
    return toRestMediationCase(await mediationCaseOfMatter(this.services, caller, matterNumber));
  }

  @Post('mediation-cases/:caseId/employer-consent')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase after the answer' })
  @ApiOperation({
    summary:
      "The employer's answer to the 调解建议书: yes starts mediation, no declines it (劳动争议调解仲裁法 Art. 5)",
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  employerConsent(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: RecordEmployerConsentDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.employer-consent', caseId, body.consents ? '同意' : '不同意', (s, m) =>
      s.mediation.recordEmployerConsent(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          consents: body.consents,
          answeredAt: body.answeredAt,
          how: body.how,
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/conflicts')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the conflict of interest recorded' })
  @ApiOperation({ summary: '利益冲突: a mediator with a conflict of interest is never assigned to this case' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  conflict(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: DeclareConflictOfInterestDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.conflict', caseId, `${body.staffUserId} / ${body.party}`, (s, m) =>
      s.mediation.declareConflictOfInterest(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          staffUserId: body.staffUserId,
          party: toProtoEnum(body.party, 'MEDIATION_PARTY_', mediation.MediationParty),
          reason: body.reason,
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/mediators')
  @HttpCode(200)
  @RequireRoles(...ASSIGNING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with its mediators' })
  @ApiOperation({ summary: 'Assign one mediator or a panel, by load or by choice (人民调解法 Art. 19)' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  assign(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: AssignMediatorsDto,
  ): Promise<rest.MediationCase> {
    const chosen = body.staffUserIds ?? [];
    return this.write(
      caller,
      origin,
      'mediation.mediators.assign',
      caseId,
      chosen.length > 0 ? `by choice: ${chosen.join(', ')}` : `by load: ${body.panelSize ?? 1}`,
      (s, m) =>
        s.mediation.assignMediators(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            panelSize: body.panelSize ?? 0,
            kinds: (body.kinds ?? []).map((kind) => toProtoEnum(kind, 'MEDIATOR_KIND_', mediation.MediatorKind)),
            staffUserIds: chosen,
          },
          m,
        ),
    );
  }

  @Post('mediation-cases/:caseId/sessions')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the session scheduled and the notices sent' })
  @ApiOperation({
    summary: 'Schedule a session (调解会议) on site or online; the parties are told by SMS (调解会议通知)',
    description:
      "Mediation schedules it first (within the period, not in the past); then the notice goes by SMS to the worker's " +
      'phone on record (revealed for this, on the audit log) and to employerContactPhone when given. Only the masked ' +
      'numbers are stored. A session scheduled whose notice could not be sent answers 502.',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  @ApiResponse({
    status: 502,
    description: 'the session is scheduled, but the SMS notice was not sent: tell the parties another way',
    type: ApiErrorView,
  })
  async scheduleSession(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: ScheduleSessionDto,
  ): Promise<rest.MediationCase> {
    const { case: found } = await this.services.call(caller, (s, m) => s.mediation.getMediationCase({ caseId }, m));
    const { matter } = await this.services.call(caller, (s, m) =>
      s.intake.getMatter({ matterId: '', matterNumber: found!.matterNumber }, m),
    );
    const recipients = plannedNotices(matter?.content?.applicant?.phone ?? '', body.employerContactPhone);
    const scheduled = await this.write(caller, origin, 'mediation.session.schedule', caseId, body.startsAt, (s, m) =>
      s.mediation.scheduleSession(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          startsAt: body.startsAt,
          venue: toProtoVenue(body.venue),
          notices: recipients.map(noticeRecordOf),
        },
        m,
      ),
    );
    await this.notices.send(caller, origin, {
      caseId,
      matterNumber: scheduled.matterNumber,
      countyCode: scheduled.countyCode,
      startsAt: body.startsAt,
      venue: body.venue,
      recipients,
      ...(body.employerContactPhone ? { employerContactPhone: body.employerContactPhone } : {}),
    });
    return scheduled;
  }

  @Post('mediation-cases/:caseId/sessions/:index/record')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the attendance and the record (调解笔录)' })
  @ApiOperation({ summary: 'Attendance and the 调解笔录 of a session that has begun (劳动争议调解仲裁法 Art. 13)' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  recordSession(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, index }: MediationSessionParams,
    @Body() body: RecordSessionDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.session.record', caseId, `session ${index}`, (s, m) =>
      s.mediation.recordSession(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          sessionIndex: Number(index),
          workerAttendance: body.workerAttendance,
          employerAttendance: body.employerAttendance,
          record: body.record,
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/extension')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the period extended' })
  @ApiOperation({ summary: 'Both parties agreed to extend the mediation period (人社部令第17号 Art. 26)' })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  extend(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: ExtendPeriodDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.extension', caseId, `to ${body.newDueOn}`, (s, m) =>
      s.mediation.extendPeriod(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          newDueOn: body.newDueOn,
          workerAgreedAt: body.workerAgreedAt,
          employerAgreedAt: body.employerAgreedAt,
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/agreement')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the agreement drafted' })
  @ApiOperation({
    summary: 'Draft the 调解协议书 (or redraft it while nobody has signed): claims settled in fen, payment schedule',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  draftAgreement(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: DraftAgreementDto,
  ): Promise<rest.MediationCase> {
    const total = body.settledClaims.reduce((sum, claim) => sum + claim.amountFen, 0);
    return this.write(caller, origin, 'mediation.agreement.draft', caseId, `${total} fen`, (s, m) =>
      s.mediation.draftAgreement(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          draft: {
            agreedOn: body.agreedOn,
            settledClaims: body.settledClaims.map((claim) => ({
              claimIndex: claim.claimIndex,
              amountFen: claim.amountFen,
              reasonAboveClaim: claim.reasonAboveClaim ?? '',
            })),
            instalments: body.instalments.map(({ dueOn, amountFen }) => ({ dueOn, amountFen })),
            otherTerms: body.otherTerms ?? '',
          },
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/agreement/signatures')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the signature; the third seals the agreement' })
  @ApiOperation({
    summary: 'A signature on the 调解协议书: a party in person (recorded by the mediator), or the mediator themself',
    description: 'The worker may also sign online through the portal. The third signature seals it (Art. 14).',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  sign(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: SignAgreementDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.agreement.sign', caseId, `${body.role} in person`, (s, m) =>
      s.mediation.signAgreement(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          role: toProtoEnum(body.role, 'SIGNER_ROLE_', mediation.SignerRole),
          method: mediation.SignatureMethod.SIGNATURE_METHOD_IN_PERSON,
        },
        m,
      ),
    );
  }

  @Post('mediation-cases/:caseId/payments')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the payment and the instalments as of today' })
  @ApiOperation({ summary: "A payment on the agreement's schedule (履行); a missed one opens arbitration (Art. 15)" })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  payment(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: RecordPaymentDto,
  ): Promise<rest.MediationCase> {
    return this.write(
      caller,
      origin,
      'mediation.payment',
      caseId,
      `instalment ${body.instalmentIndex}: ${body.amountFen} fen on ${body.paidOn}`,
      (s, m) =>
        s.mediation.recordPayment(
          {
            caseId,
            expectedVersion: body.expectedVersion,
            instalmentIndex: body.instalmentIndex,
            amountFen: body.amountFen,
            paidOn: body.paidOn,
          },
          m,
        ),
    );
  }

  @Post('mediation-cases/:caseId/court-routes')
  @HttpCode(200)
  @RequireRoles(...MEDIATING_ROLES)
  @ApiOkResponse({ description: 'MediationCase with the court application' })
  @ApiOperation({
    summary: '支付令 (Art. 16) or 司法确认 (人民调解法 Art. 33): a referral to the court with the agreement attached',
  })
  @ApiRefusals([409, 413], WRITE_REFUSALS)
  courtRoute(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: MediationCaseIdParam,
    @Body() body: RequestCourtRouteDto,
  ): Promise<rest.MediationCase> {
    return this.write(caller, origin, 'mediation.court-route', caseId, body.route, (s, m) =>
      s.mediation.requestCourtRoute(
        {
          caseId,
          expectedVersion: body.expectedVersion,
          route: toProtoEnum(body.route, 'COURT_ROUTE_', mediation.CourtRoute),
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
    call: MediationCall,
  ): Promise<rest.MediationCase> {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      action,
      '',
    )(changedCaseSubject(caseId, detail), () => this.services.call(caller, call), caseId);
    return toRestMediationCase(answer.case!);
  }
}

/** 文书: the documents of a mediation case, for the posts that work on matters; each download audited. */
@ApiTags('mediation')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 429])
@RequireRoles(...MATTER_READER_ROLES)
@RequiresOffice('mediation')
@Controller('mediation-cases/:caseId/documents')
export class MediationDocumentsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'MediationDocumentList: the documents issued on the case, in the order issued' })
  @ApiOperation({ summary: 'The documents (文书) of the mediation case: 调解建议书, 调解协议书, 调解终止通知书' })
  async documents(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: MediationCaseIdParam,
  ): Promise<rest.MediationDocumentList> {
    const { documents } = await this.services.call(caller, (s, m) => s.mediation.listMediationDocuments({ caseId }, m));
    return { documents: documents.map(toRestMediationDocument) };
  }

  @Get(':kind')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the document as PDF (A4, GB/T 9704-2012 layout, fonts embedded)', ...PDF_ANSWER })
  @ApiOperation({ summary: 'Download one document of the mediation case as PDF; every download is on the audit log' })
  async download(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, kind }: MediationDocumentParams,
  ) {
    const answer = await auditedAs(
      this.audit,
      caller,
      origin,
      'mediation.document.download',
      '',
    )(
      mediationDownloadSubject(caseId, kind),
      () =>
        this.services.call(caller, (s, m) =>
          s.mediation.getMediationDocument({ caseId, kind: toProtoDocumentKind(kind) }, m),
        ),
      caseId,
    );
    return mediationPdfAttachment(kind, answer);
  }
}
