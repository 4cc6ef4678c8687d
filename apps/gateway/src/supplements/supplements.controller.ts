import { Body, Controller, Get, HttpException, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { portalCaller, SUPPLEMENT_RECEIVING_ROLES, type Caller } from '@onewindow/access';
import { arbitration, common, fromProtoEnum, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { toRestCase, toRestDeadline, toRestSupplementSubmission } from '../service-clients/rest-views';
import { TrackedMatterController } from '../portal/tracked-matter-controller.decorator';
import { arbitrationCaseOfMatter } from '../service-clients/arbitration-case-of-matter';
import { ServiceClients } from '../service-clients/service-clients';
import { SubmitSupplementDto } from './supplement.dto';

// 补正: what the supplement notice (补正通知书) asked for, brought to the arbitration window (staff) or sent
// by the worker through the portal; arbitration reviews the application again and answers with the case.

const toSubmitSupplement = (caseId: string, body: SubmitSupplementDto): arbitration.SubmitSupplementRequest => ({
  caseId,
  requestId: body.requestId,
  items: body.items.map(({ field, value }) => ({ field, value })),
  claims: (body.claims ?? []).map(({ category, amountFen, description }) => ({
    category: toProtoEnum(category, 'CLAIM_CATEGORY_', common.ClaimCategory),
    amountFen,
    description,
  })),
  evidence: (body.evidence ?? []).map(({ description, source }) => ({ description, source })),
});

/** What the worker is asked to supply, from the case of their matter (none when it has no case). */
function noticeViewOf(found: arbitration.ArbitrationCase | undefined): rest.SupplementNoticeView {
  const status = found ? fromProtoEnum(found.status, 'CASE_STATUS_') : '';
  const awaiting = status === 'AWAITING_SUPPLEMENT';
  // While a supplement is awaited the case's one deadline is the 补正期限.
  const supplyBy = awaiting ? found?.deadlines[0] : undefined;
  return {
    awaiting,
    caseStatus: status,
    noticeNumber: awaiting ? (found?.supplementNoticeNumber ?? '') : '',
    missingItems: awaiting ? (found?.missingItems ?? []).map(({ field, description }) => ({ field, description })) : [],
    ...(supplyBy ? { supplyBy: toRestDeadline(supplyBy) } : {}),
    supplements: (found?.supplements ?? []).map(toRestSupplementSubmission),
  };
}

const noSupplementAwaited = (matterNumber: string) => {
  const body: rest.ApiError = {
    statusCode: HttpStatus.CONFLICT,
    error: 'CONFLICT',
    message: `matter ${matterNumber} has no arbitration case awaiting a supplement (补正)`,
  };
  return new HttpException(body, HttpStatus.CONFLICT);
};

/** The arbitration case of the matter, as the caller may see it; undefined when the matter has none. */
async function caseOfMatter(
  services: ServiceClients,
  caller: Caller,
  matterNumber: string,
): Promise<arbitration.ArbitrationCase | undefined> {
  const { matter } = await services.call(caller, (s, m) => s.intake.getMatter({ matterId: '', matterNumber }, m));
  return arbitrationCaseOfMatter(services, caller, matter!.matterId);
}

/** 补正 at the arbitration window: the clerk takes in what the applicant brings; audited. */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 404, 413, 429])
@RequireRoles(...SUPPLEMENT_RECEIVING_ROLES)
@Controller('cases/:caseId/supplements')
export class CaseSupplementsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'ArbitrationCase after the review of the supplemented application' })
  @ApiOperation({
    summary: '补正: what the supplement notice asked for, all or part; the application is reviewed again',
    description:
      'Complete, the receipt (收件回执) and acceptance follow as on receipt, the five days of Art. 29 counted from ' +
      'today; still incomplete, a further 补正通知书 names what is missing. Items the notice did not ask for are ' +
      'refused with 400 naming the field, and nothing changes.',
  })
  @ApiRefusals([409], {
    409: 'the case awaits no supplement, or the request id was used before with other content',
  })
  async submit(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: SubmitSupplementDto,
  ): Promise<rest.ArbitrationCase> {
    const record = auditedAs(this.audit, caller, origin, 'arbitration.supplement.submit', '');
    const { case: supplemented } = await record(
      ({ case: found }) => ({
        target: found!.matterNumber,
        countyCode: found!.countyCode,
        detail: `case ${caseId}: ${body.items.map((item) => item.field).join(', ')}`,
      }),
      () => this.services.call(caller, (s, m) => s.arbitration.submitSupplement(toSubmitSupplement(caseId, body), m)),
      caseId,
    );
    return toRestCase(supplemented!);
  }
}

/** 补正 through the portal, with the tracking token of the matter (网上办事); audited. */
@TrackedMatterController('supplement')
export class PortalSupplementController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'SupplementNoticeView: what the supplement notice in force asks for, if anything' })
  @ApiOperation({ summary: 'What the worker is asked to supply (补正), and what they supplied before' })
  async notice(@Param() { matterNumber }: MatterNumberParam): Promise<rest.SupplementNoticeView> {
    return noticeViewOf(await caseOfMatter(this.services, portalCaller(matterNumber), matterNumber));
  }

  @Post()
  @ApiCreatedResponse({ description: 'SupplementNoticeView after the review: nothing more asked, or what still is' })
  @ApiOperation({ summary: '补正: the worker supplies what the notice asked for, all or part of it' })
  @ApiRefusals([409, 413], {
    409: 'the matter has no case awaiting a supplement, or the request id was used before with other content',
  })
  async submit(
    @Origin() origin: RequestOrigin,
    @Param() { matterNumber }: MatterNumberParam,
    @Body() body: SubmitSupplementDto,
  ): Promise<rest.SupplementNoticeView> {
    const caller = portalCaller(matterNumber);
    const { case: supplemented } = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.supplement',
      matterNumber.slice(0, 6),
    )(
      () => matterNumber,
      async () => {
        const found = await caseOfMatter(this.services, caller, matterNumber);
        // No case yet: nothing was asked for, the same answer as for a case that awaits no supplement.
        if (!found) throw noSupplementAwaited(matterNumber);
        return this.services.call(caller, (s, m) =>
          s.arbitration.submitSupplement(toSubmitSupplement(found.caseId, body), m),
        );
      },
      matterNumber,
    );
    return noticeViewOf(supplemented);
  }
}
