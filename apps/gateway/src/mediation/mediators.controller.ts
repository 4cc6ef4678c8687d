import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MEDIATING_ROLES, MEDIATOR_ROLL_KEEPING_ROLES } from '@onewindow/access';
import { mediation, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { ServiceClients } from '../service-clients/service-clients';
import { RequiresOffice } from '../service-clients/office-deployed.guard';
import { toRestMediator } from './mediation-views';
import { EnrolMediatorDto, ListMediatorsQuery } from './mediation.dto';

/**
 * 调解员名册: a county's mediator pool (HR&SS, trade-union, court-appointed 特邀 mediators and people's mediation
 * committees). The supervisor keeps it; mediators read it to choose a panel.
 */
@ApiTags('mediation')
@ApiBearerAuth()
@ApiRefusals([400, 401, 429])
@RequiresOffice('mediation')
@Controller('mediators')
export class MediatorsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @RequireRoles(...MEDIATOR_ROLL_KEEPING_ROLES, ...MEDIATING_ROLES)
  @ApiOkResponse({ description: "MediatorList: the county's roll, with each mediator's open cases" })
  @ApiOperation({ summary: "A county's mediator roll (调解员名册)" })
  async list(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: ListMediatorsQuery,
  ): Promise<rest.MediatorList> {
    const countyCode = query.countyCode ?? caller.counties[0]!;
    const { mediators } = await this.services.call(caller, (s, m) => s.mediation.listMediators({ countyCode }, m));
    return { mediators: mediators.map(toRestMediator) };
  }

  @Post()
  @HttpCode(200)
  @RequireRoles(...MEDIATOR_ROLL_KEEPING_ROLES)
  @ApiOkResponse({ description: 'Mediator as enrolled (or taken off the roll)' })
  @ApiOperation({ summary: 'Enrol a mediator on the roll, or with active false take them off it (open cases stay)' })
  @ApiRefusals([409, 413])
  async enrol(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Body() body: EnrolMediatorDto,
  ): Promise<rest.Mediator> {
    const { mediator } = await auditedAs(
      this.audit,
      caller,
      origin,
      'mediation.mediator.enrol',
      body.countyCode,
    )(
      () => ({
        target: body.staffUserId,
        countyCode: body.countyCode,
        detail: `${body.name} ${body.kind} ${body.active ? 'enrolled' : 'off the roll'}`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          s.mediation.enrolMediator(
            {
              countyCode: body.countyCode,
              staffUserId: body.staffUserId,
              name: body.name,
              kind: toProtoEnum(body.kind, 'MEDIATOR_KIND_', mediation.MediatorKind),
              active: body.active,
            },
            m,
          ),
        ),
      body.staffUserId,
    );
    return toRestMediator(mediator!);
  }
}
