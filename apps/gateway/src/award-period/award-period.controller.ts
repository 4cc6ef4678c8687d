import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACCEPTANCE_DECIDING_ROLES, SUPPLEMENT_RECEIVING_ROLES } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { ServiceClients } from '../service-clients/service-clients';
import { type CaseWrite, writeCase } from '../proceedings/case-write';
import {
  APPROVAL_FIELDS,
  toExtendAwardPeriod,
  toSuspendProceedings,
  toWithdrawApplication,
} from './award-period-requests';
import {
  ExtendAwardPeriodDto,
  ResumeProceedingsDto,
  SuspendProceedingsDto,
  WithdrawApplicationDto,
} from './award-period.dto';

const NOT_OPEN = 'the case is not accepted and running (not yet accepted, withdrawn), or its state forbids the step';

/**
 * The award period of an accepted case (仲裁期限, 劳动争议调解仲裁法 Art. 43: 45 days from acceptance) and the
 * applicant's withdrawal (撤回, 办案规则 Art. 35). Extension, suspension and resumption are the tribunal's
 * (ARBITRATOR); a withdrawal is recorded at the arbitration window (ARBITRATION_CLERK, ARBITRATOR). Each
 * write answers with the case as it now is and is on the audit log.
 */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 404, 413, 429])
@Controller('cases/:caseId')
export class AwardPeriodController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post('award-period/extension')
  @HttpCode(200)
  @RequireRoles(...ACCEPTANCE_DECIDING_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase with awardDue moved and the extension in awardPeriodSteps' })
  @ApiOperation({
    summary: '延长仲裁期限: the one extension of at most 15 days, with the chair’s written approval (Art. 43)',
    description:
      'approvedBy, approverPost and approvedOn are the written approval of the committee’s chair (or the court ' +
      'head by delegation); approvedBy is the signed-in user only when the body names nobody.',
  })
  @ApiRefusals([409], {
    409: 'a second extension, one approved after the period ended or while suspended, or a case not accepted',
  })
  extend(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ExtendAwardPeriodDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toExtendAwardPeriod(caseId, body, caller.userId);
    return this.write(caller, origin, {
      action: 'arbitration.award-period.extension',
      caseId,
      detail: `${body.days} days, approved by ${request.approvedBy} (${request.approverPost}) on ${request.approvedOn}`,
      call: (s, m) => s.arbitration.extendAwardPeriod(request, m),
    });
  }

  @Post('suspension')
  @HttpCode(200)
  @RequireRoles(...ACCEPTANCE_DECIDING_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase with suspendedSince set and no awardDue while suspended' })
  @ApiOperation({
    summary: '中止审理 on a ground of 办案规则 Art. 47: the clock stops and the days left are kept',
  })
  @ApiRefusals([409], { 409: 'already suspended, the period already ended, or a case not accepted' })
  suspend(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: SuspendProceedingsDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toSuspendProceedings(caseId, body, caller.userId);
    return this.write(caller, origin, {
      action: 'arbitration.suspension',
      caseId,
      detail: `${body.ground} from ${body.suspendedOn}, approved by ${request.approvedBy} (${request.approverPost})`,
      call: (s, m) => s.arbitration.suspendProceedings(request, m),
    });
  }

  @Post('resumption')
  @HttpCode(200)
  @RequireRoles(...ACCEPTANCE_DECIDING_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase with awardDue running again with the days that were left' })
  @ApiOperation({ summary: '恢复审理: the ground has gone; the award period runs the days that were left' })
  @ApiRefusals([409], { 409: 'the hearing is not suspended, or a case not accepted' })
  resume(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ResumeProceedingsDto,
  ): Promise<rest.ArbitrationCase> {
    return this.write(caller, origin, {
      action: 'arbitration.resumption',
      caseId,
      detail: `on ${body.resumedOn}`,
      call: (s, m) => s.arbitration.resumeProceedings({ caseId, resumedOn: body.resumedOn, reason: body.reason }, m),
    });
  }

  @Post('withdrawal')
  @HttpCode(200)
  @RequireRoles(...SUPPLEMENT_RECEIVING_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase WITHDRAWN with withdrawalReason; routing’s referral is closed' })
  @ApiOperation({
    summary: '撤回仲裁申请: the applicant withdraws before the award (办案规则 Art. 35); the case ends',
    description: 'Recorded at the arbitration window on the applicant’s request; routing’s referral is CLOSED.',
  })
  @ApiRefusals([409], { 409: NOT_OPEN })
  withdraw(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: WithdrawApplicationDto,
  ): Promise<rest.ArbitrationCase> {
    return this.write(caller, origin, {
      action: 'arbitration.withdrawal',
      caseId,
      detail: `on ${body.withdrawnOn}${body.settled ? ', settled' : ''}`,
      call: (s, m) => s.arbitration.withdrawApplication(toWithdrawApplication(caseId, body), m),
    });
  }

  /** Each step: arbitration's call, one audit entry, the case as it now is, the approval's fields as REST names them. */
  private write(caller: AuthenticatedCaller, origin: RequestOrigin, step: CaseWrite): Promise<rest.ArbitrationCase> {
    return writeCase(this.services, this.audit, caller, origin, { ...step, fieldNames: APPROVAL_FIELDS });
  }
}
