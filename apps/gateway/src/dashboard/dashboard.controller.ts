import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { fromProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { toRestMediationStatistics } from '../mediation/mediation-views';
import { QueueItems } from '../queues/queue-items';
import { DashboardQuery } from '../queues/queue-actions.dto';
import { ServiceClients } from '../service-clients/service-clients';

const byCount = (a: rest.CountBy, b: rest.CountBy) => b.count - a.count || a.key.localeCompare(b.key);

@ApiTags('supervisor dashboard')
@ApiBearerAuth()
@ApiRefusals([400, 401, 429])
@Controller('dashboard')
export class DashboardController {
  constructor(
    private readonly services: ServiceClients,
    private readonly items: QueueItems,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Dashboard of the counties asked for' })
  @RequireRoles('SUPERVISOR')
  @ApiOperation({
    summary: 'Matters by category and path, same-day acceptance rate, overdue deadlines',
    description:
      'Where mediation is deployed, also its figures (seed 五(四)): success rate as a ratio 0–1 (resolved / ' +
      'concluded), average days to agreement, agreements performed and not, open cases, 15-day period breaches.',
  })
  async dashboard(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Query() query: DashboardQuery,
  ): Promise<rest.Dashboard> {
    const countyCode = query.county;
    const [statistics, referrals, decisions, alerts, mediationFigures] = await Promise.all([
      this.services.call(caller, (s, m) =>
        s.intake.getMatterStatistics({ countyCode: countyCode ?? '', registeredFrom: '', registeredTo: '' }, m),
      ),
      this.items.referrals(caller, { targets: [], statuses: ['ISSUED'], ...(countyCode ? { countyCode } : {}) }),
      this.items.acceptanceDecisions(caller, countyCode),
      this.items.deadlineAlerts(caller, countyCode),
      // Mediation is a county's choice: where it is not deployed the dashboard has no mediation figures.
      this.services.deployed.mediation
        ? this.services.call(caller, (s, m) =>
            s.mediation.getMediationStatistics({ countyCodes: countyCode ? [countyCode] : caller.counties }, m),
          )
        : undefined,
    ]);
    const breached = alerts.filter((alert) => alert.deadline?.state === 'BREACHED').length;
    const { accepted, sameDay } = statistics.sameDayAcceptance ?? { accepted: 0, sameDay: 0 };
    return {
      counties: countyCode ? [countyCode] : caller.counties,
      mattersTotal: statistics.mattersTotal,
      byCategory: statistics.byCategory
        .map(({ key, count }) => ({ key: fromProtoEnum(key, 'CLAIM_CATEGORY_'), count }))
        .sort(byCount),
      byPath: statistics.byPath
        .map(({ key, count }) => ({ key: fromProtoEnum(key, 'REFERRAL_TARGET_'), count }))
        .sort(byCount),
      sameDayAcceptance: { accepted, sameDay, rate: accepted === 0 ? 0 : sameDay / accepted },
      deadlineAlerts: { warned: alerts.length - breached, breached },
      overdue: [...referrals, ...decisions].filter((item) => item.overdue),
      ...(mediationFigures ? { mediation: toRestMediationStatistics(mediationFigures) } : {}),
    };
  }
}
