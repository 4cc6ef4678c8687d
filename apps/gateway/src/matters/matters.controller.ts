import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MATTER_READER_ROLES, PERSONAL_DATA_ROLES, REGISTERING_ROLES } from '@onewindow/access';
import { common, matterContentToProto, routing, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller } from '../auth/current-caller.decorator';
import type { AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { ServiceClients } from '../service-clients/service-clients';
import { toRestCase, toRestDecision, toRestMatter, toRestReferral, toRestSummary } from '../service-clients/rest-views';
import { EvaluateMatterDto, RegisterMatterDto } from './matter-content.dto';
import { ListMattersQuery, MatterNumberParam } from './matter-queries.dto';
import { auditedAs, withViolationPrefix } from '../http/audited-call';

@ApiTags('matters')
@ApiBearerAuth()
@Controller('matters')
export class MattersController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post('evaluate')
  @HttpCode(200)
  @RequireRoles(...REGISTERING_ROLES, 'SUPERVISOR')
  @ApiOperation({ summary: '试算: what the county rules would do with this content; nothing is saved' })
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
  @RequireRoles(...REGISTERING_ROLES)
  @ApiOperation({ summary: '一窗受理: register a matter; bad content gets 400 with every field and saves nothing' })
  async register(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: RegisterMatterDto,
  ): Promise<rest.Matter> {
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
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOperation({ summary: "Search the matters of the caller's counties (newest first)" })
  async list(@CurrentCaller() caller: AuthenticatedCaller, @Query() query: ListMattersQuery): Promise<rest.MatterPage> {
    const page = await withViolationPrefix('', () =>
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
    return { matters: page.matters.map(toRestSummary), nextPageToken: page.nextPageToken };
  }

  @Get(':matterNumber')
  @RequireRoles(...MATTER_READER_ROLES)
  @ApiOperation({ summary: '一管到底: the matter, its referrals and its arbitration case on one timeline' })
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
      this.services
        .call(caller, (s, m) => s.arbitration.getCaseByMatter({ matterId: matter!.matterId }, m))
        .catch((error: { getStatus?: () => number }) => {
          if (error.getStatus?.() === 404) return { case: undefined };
          throw error;
        }),
    ]);
    return {
      matter: toRestMatter(matter!),
      referrals: referrals.referrals.map((issued) => toRestReferral(issued.referral!)),
      ...(found.case ? { arbitrationCase: toRestCase(found.case) } : {}),
    };
  }

  @Post(':matterNumber/personal-data')
  @HttpCode(200)
  @RequireRoles(...PERSONAL_DATA_ROLES)
  @ApiOperation({ summary: "The worker's whole identity and phone numbers; every look is written to the audit log" })
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
    return { identityNumber: revealed.identityNumber, phone: revealed.phone };
  }
}
