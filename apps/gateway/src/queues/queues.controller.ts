import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ACCEPTANCE_DECIDING_ROLES,
  CONSULTATION_ANSWERING_ROLES,
  hasAnyRole,
  PROCEEDINGS_RECORDING_ROLES,
  type StaffRole,
} from '@onewindow/access';
import { arbitration, routing, toProtoEnum } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { auditedAs } from '../http/audited-call';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { toRestCase, toRestReferral } from '../service-clients/rest-views';
import { ServiceClients } from '../service-clients/service-clients';
import {
  AcknowledgeReferralDto,
  AnswerConsultationDto,
  CaseIdParam,
  DecideAcceptanceDto,
  ReferralIdParam,
  ReportOutcomeDto,
} from './queue-actions.dto';
import { QueueItems } from './queue-items';
import { queuesOf } from './work-queues';

/** Posts that act on referrals; routing decides per referral whether this caller answers for its target. */
const REFERRAL_ROLES: StaffRole[] = [
  'MEDIATOR',
  'INSPECTOR',
  'LABOR_RELATIONS_OFFICER',
  'LEGAL_AID_OFFICER',
  'PETITION_OFFICER',
  'SUPERVISOR',
  'AGENCY',
];

@ApiTags('work queues')
@ApiBearerAuth()
@ApiRefusals([400, 401, 429])
@Controller()
export class QueuesController {
  constructor(
    private readonly services: ServiceClients,
    private readonly items: QueueItems,
    private readonly audit: AuditLog,
  ) {}

  @Get('queues')
  @ApiOkResponse({
    description:
      'WorkQueues: one per post held; for the arbitration posts also arbitrationProceedings, the accepted cases ' +
      'with the next step each awaits and the award’s last day',
  })
  @ApiOperation({ summary: 'One work queue per post the user holds (一人多岗)' })
  async queues(@CurrentCaller() caller: AuthenticatedCaller): Promise<rest.WorkQueues> {
    const [queues, arbitrationProceedings] = await Promise.all([
      Promise.all(
        queuesOf(caller, this.services.deployed).map(async ({ id, role, targets }): Promise<rest.WorkQueue> => {
          const items = await this.items.ofQueue(caller, { id, role, targets });
          return { id, role, ...(targets.length === 1 ? { target: targets[0] } : {}), items };
        }),
      ),
      // The arbitration court works its accepted cases (送达 to the award) beside the acceptance decisions.
      hasAnyRole(caller, PROCEEDINGS_RECORDING_ROLES) ? this.items.arbitrationProceedings(caller) : undefined,
    ]);
    return { queues, ...(arbitrationProceedings ? { arbitrationProceedings } : {}) };
  }

  @Post('referrals/:referralId/acknowledgement')
  @ApiOkResponse({ description: 'Referral as acknowledged' })
  @HttpCode(200)
  @RequireRoles(...REFERRAL_ROLES)
  @ApiOperation({ summary: '签收 (accept) or 退回 (decline, with the reason) a referral addressed to your post' })
  @ApiRefusals([404, 409, 413], { 409: 'already decided or answered, or no longer open to it' })
  async acknowledge(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { referralId }: ReferralIdParam,
    @Body() body: AcknowledgeReferralDto,
  ): Promise<rest.Referral> {
    const response = await auditedAs(
      this.audit,
      caller,
      origin,
      'referral.acknowledge',
      '',
    )(
      (answer) => ({ target: answer.matterNumber, countyCode: answer.countyCode, detail: `referral ${referralId}` }),
      () =>
        this.services.call(caller, (s, m) =>
          s.routing.acknowledgeReferral(
            { referralId, accept: body.accept, declineReason: body.declineReason ?? '' },
            m,
          ),
        ),
      referralId,
    );
    return toRestReferral(response.referral!);
  }

  @Post('referrals/:referralId/outcome')
  @ApiOkResponse({ description: 'ReportOutcomeResponse: the referral and any new ones it led to' })
  @HttpCode(200)
  @RequireRoles(...REFERRAL_ROLES)
  @ApiOperation({ summary: 'Report how a referral ended; a failed one goes back to routing (回流重新分流)' })
  @ApiRefusals([404, 409, 413], { 409: 'already decided or answered, or no longer open to it' })
  async reportOutcome(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { referralId }: ReferralIdParam,
    @Body() body: ReportOutcomeDto,
  ): Promise<rest.ReportOutcomeResponse> {
    const response = await auditedAs(
      this.audit,
      caller,
      origin,
      'referral.outcome',
      '',
    )(
      (answer) => ({ target: answer.matterNumber, countyCode: answer.countyCode, detail: `referral ${referralId}` }),
      () =>
        this.services.call(caller, (s, m) =>
          s.routing.reportOutcome(
            {
              referralId,
              outcome: toProtoEnum(body.outcome, 'REFERRAL_OUTCOME_', routing.ReferralOutcome),
              reason: body.reason ?? '',
              transferTo: body.transferTo
                ? toProtoEnum(body.transferTo, 'REFERRAL_TARGET_', routing.ReferralTarget)
                : routing.ReferralTarget.REFERRAL_TARGET_UNSPECIFIED,
            },
            m,
          ),
        ),
      referralId,
    );
    return { referral: toRestReferral(response.referral!), rerouted: response.rerouted.map(toRestReferral) };
  }

  @Post('referrals/:referralId/consultation-answer')
  @ApiOkResponse({ description: 'Referral as answered (RESOLVED, with consultationAnswer)' })
  @HttpCode(200)
  @RequireRoles(...CONSULTATION_ANSWERING_ROLES)
  @ApiOperation({
    summary: '咨询解答: record the answer to a consultation and its basis (依据); the matter closes with it',
  })
  @ApiRefusals([404, 409, 413], { 409: 'not a consultation, or answered already' })
  async answerConsultation(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { referralId }: ReferralIdParam,
    @Body() body: AnswerConsultationDto,
  ): Promise<rest.Referral> {
    const response = await auditedAs(
      this.audit,
      caller,
      origin,
      'referral.consultation-answer',
      '',
    )(
      (answered) => ({
        target: answered.matterNumber,
        countyCode: answered.countyCode,
        detail: `referral ${referralId}`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          s.routing.answerConsultation(
            {
              referralId,
              answer: body.answer,
              basis: body.basis,
              requestId: body.requestId ?? '',
              // The caller assertion names the user only; the name staff and the worker read is the gateway's.
              answererName: caller.displayName,
            },
            m,
          ),
        ),
      referralId,
    );
    return toRestReferral(response.referral!);
  }

  @Post('arbitration-cases/:caseId/acceptance-decision')
  @ApiOkResponse({ description: 'ArbitrationCase as decided' })
  @HttpCode(200)
  @RequireRoles(...ACCEPTANCE_DECIDING_ROLES)
  @ApiOperation({ summary: '受理决定: accept, or refuse in writing with reasons (劳动争议调解仲裁法 Art. 29)' })
  @ApiRefusals([404, 409, 413], { 409: 'already decided or answered, or no longer open to it' })
  async decideAcceptance(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: DecideAcceptanceDto,
  ): Promise<rest.ArbitrationCase> {
    const response = await auditedAs(
      this.audit,
      caller,
      origin,
      'arbitration.acceptance-decision',
      '',
    )(
      (decided) => ({
        target: decided.case!.matterNumber,
        countyCode: decided.case!.countyCode,
        detail: `case ${caseId}`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          s.arbitration.decideAcceptance(
            {
              caseId,
              decision: toProtoEnum(body.decision, 'ACCEPTANCE_DECISION_', arbitration.AcceptanceDecision),
              refusalReason: body.refusalReason ?? '',
            },
            m,
          ),
        ),
      caseId,
    );
    return toRestCase(response.case!);
  }
}
