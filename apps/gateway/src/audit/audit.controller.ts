import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditPage } from '@onewindow/gateway-api';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { AuditLog } from './audit-log';
import { auditSearchCriteria } from './audit-search';
import { AuditPageView, AuditSearchQueryDto } from './audit.dto';

/** Searching the audit log; there is deliberately no route that changes or removes an entry. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiRefusals([400, 401, 429])
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @RequireRoles('AUDITOR')
  @ApiOperation({ summary: "审计查询: the audit log of the auditor's counties, newest first" })
  @ApiOkResponse({ type: AuditPageView })
  async search(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Query() query: AuditSearchQueryDto,
  ): Promise<AuditPage> {
    const parsed = auditSearchCriteria(query);
    if ('violations' in parsed) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: `the audit search is invalid: ${parsed.violations.map((v) => v.field).join(', ')}`,
        violations: parsed.violations,
      });
    }
    const page = await this.audit.search(parsed.criteria, caller.counties);
    // Who looked at the log is itself on the log.
    await this.audit.record({
      actor: caller.username,
      roles: caller.roles,
      action: 'audit.search',
      target: query.target ?? query.actor ?? '',
      countyCode: caller.counties[0]!,
      ip: origin.ip,
      userAgent: origin.userAgent,
      outcome: 'SUCCEEDED',
      detail: JSON.stringify(query),
    });
    return page;
  }
}
