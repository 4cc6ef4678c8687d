import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  hasAnyRole,
  isStaffRole,
  MATTER_READER_ROLES,
  PERSONAL_DATA_ROLES,
  REGISTERING_ROLES,
  rolesRegistering,
} from '@onewindow/access';
import { common, matterContentToProto, routing, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { maskIdentityNumber } from '@onewindow/matter';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller } from '../auth/current-caller.decorator';
import type { AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { refuseAccess } from '../auth/roles.guard';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { arbitrationCaseOfMatter } from '../service-clients/arbitration-case-of-matter';
import { ServiceClients } from '../service-clients/service-clients';
import {
  toRestCase,
  toRestDecision,
  toRestMatter,
  toRestPersonalData,
  toRestReferral,
  toRestSummary,
} from '../service-clients/rest-views';
import { EvaluateMatterDto, RegisterMatterDto } from './matter-content.dto';
import { ListMattersQuery, MatterNumberParam } from './matter-queries.dto';
import { auditedAs, withViolationPrefix } from '../http/audited-call';

@ApiTags('matters')
@ApiBearerAuth()
@ApiRefusals([400, 401, 429])
@Controller('matters')
export class MattersController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post('evaluate')
  @ApiOkResponse({ description: 'RoutingDecision: the referral paths and the rules that chose them' })
  @HttpCode(200)
  @RequireRoles(...REGISTERING_ROLES)
  @ApiOperation({ summary: '试算: what the county rules would do with this content; nothing is saved' })
  @ApiRefusals([413])
  async evaluate(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Body() body: EvaluateMatterDto,
  ): Promise<rest.RoutingDecision> {
    const response = await withViolationPrefix('content.', () =>
      this.services.call(caller, (s, m) =>
        s.routing.evaluateMatter({ content: matterContentToProto(body.content) }, m),
      ),
    );
    return toRestDecision(response.decision!);
  }

  @Post()
  @ApiCreatedResponse({ description: 'Matter, its personal data masked' })
  @RequireRoles(...REGISTERING_ROLES)
  @ApiOperation({ summary: '一窗受理: register a matter; bad content gets 400 with every field and saves nothing' })
  @ApiRefusals([409, 413], { 409: 'the request id was used before with other content' })
  async register(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Req() request: Request,
    @Body() body: RegisterMatterDto,
  ): Promise<rest.Matter> {
    // The channel is the post's (intake checks it again): a clerk records window visits only.
    const { channel } = body.content;
    const channelPosts = rolesRegistering(channel).filter(isStaffRole);
    if (!hasAnyRole(caller, channelPosts)) {
      await refuseAccess(this.audit, request, caller, channelPosts, `content.channel ${channel}`);
    }
    const record = auditedAs(this.audit, caller, origin, 'matter.register', body.content.countyCode);
    const response = await record(
      (matter) => matter.matter!.matterNumber,
      () =>
        withViolationPrefix('content.', () =>
          this.services.call(caller, (s, m) =>
            s.intake.registerMatter({ content: matterContentToProto(body.content), requestId: body.requestId }, m),
          ),
        ),
    );
    return toRestMatter(response.matter!);
  }

  @Get()
  @ApiOkResponse({ description: 'MatterPage: matter summaries and the next page token' })
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOperation({
    summary: "Search the matters of the caller's counties (newest first)",
    description:
      'Searching by identity number is for the posts that see personal data, and each such search is on the audit log (the number masked).',
  })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Req() request: Request,
    @Query() query: ListMattersQuery,
  ): Promise<rest.MatterPage> {
    const search = () =>
      withViolationPrefix('', () =>
        this.services.call(caller, (s, m) =>
          s.intake.listMatters(
            {
              countyCode: query.county ?? '',
              stage: query.stage ?? '',
              kind: query.kind
                ? toProtoEnum(query.kind, 'MATTER_KIND_', common.MatterKind)
                : common.MatterKind.MATTER_KIND_UNSPECIFIED,
              query: query.q ?? '',
              identityNumber: query.identityNumber ?? '',
              pageSize: query.pageSize ?? 20,
              pageToken: query.pageToken ?? '',
            },
            m,
          ),
        ),
      );
    const page = query.identityNumber
      ? await this.searchByIdentityNumber(caller, origin, request, query, search)
      : await search();
    return { matters: page.matters.map(toRestSummary), nextPageToken: page.nextPageToken };
  }

  /** Looking a worker up by identity number is a look at personal data: its posts only, and on the audit log. */
  private async searchByIdentityNumber<T extends { matters: unknown[] }>(
    caller: AuthenticatedCaller,
    origin: RequestOrigin,
    request: Request,
    query: ListMattersQuery,
    search: () => Promise<T>,
  ): Promise<T> {
    if (!hasAnyRole(caller, PERSONAL_DATA_ROLES)) await refuseAccess(this.audit, request, caller, PERSONAL_DATA_ROLES);
    const masked = maskIdentityNumber(query.identityNumber!);
    const record = auditedAs(
      this.audit,
      caller,
      origin,
      'matter.search.identity-number',
      query.county ?? caller.counties[0]!,
    );
    return record(
      (page) => ({
        target: masked,
        countyCode: query.county ?? caller.counties[0]!,
        detail: `identityNumber ${masked}: ${page.matters.length} matter(s) found`,
      }),
      search,
      masked,
    );
  }

  @Get(':matterNumber')
  @ApiOkResponse({ description: 'MatterDetail: the matter, its referrals and its arbitration case' })
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOperation({ summary: '一管到底: the matter, its referrals and its arbitration case on one timeline' })
  @ApiRefusals([404])
  async detail(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { matterNumber }: MatterNumberParam,
  ): Promise<rest.MatterDetail> {
    const { matter } = await this.services.call(caller, (s, m) =>
      s.intake.getMatter({ matterId: '', matterNumber }, m),
    );
    const [referrals, found] = await Promise.all([
      this.services.call(caller, (s, m) =>
        s.routing.listReferrals(
          {
            countyCode: matter!.countyCode,
            matterId: matter!.matterId,
            status: routing.ReferralStatus.REFERRAL_STATUS_UNSPECIFIED,
            targets: [],
            escalatedOnly: false,
          },
          m,
        ),
      ),
      arbitrationCaseOfMatter(this.services, caller, matter!.matterId),
    ]);
    return {
      matter: toRestMatter(matter!),
      referrals: referrals.referrals.map((issued) => toRestReferral(issued.referral!)),
      ...(found ? { arbitrationCase: toRestCase(found) } : {}),
    };
  }

  @Post(':matterNumber/personal-data')
  @ApiOkResponse({ description: 'PersonalData: the whole numbers' })
  @HttpCode(200)
  @ApiRefusals([404, 413])
  @RequireRoles(...PERSONAL_DATA_ROLES)
  @ApiOperation({
    summary:
      "The worker's whole identity number, birth date and phone, and the witnesses' contacts; every look is written to the audit log",
  })
  async revealPersonalData(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { matterNumber }: MatterNumberParam,
  ): Promise<rest.PersonalData> {
    const record = auditedAs(this.audit, caller, origin, 'matter.personal-data.read', matterNumber.slice(0, 6));
    const revealed = await record(
      () => matterNumber,
      () => this.services.call(caller, (s, m) => s.intake.revealPersonalData({ matterId: '', matterNumber }, m)),
      matterNumber,
    );
    return toRestPersonalData(revealed);
  }
}
