import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROCEEDINGS_RECORDING_ROLES, TRIBUNAL_ROLES } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { toRestAward } from '../service-clients/rest-views';
import { ServiceClients } from '../service-clients/service-clients';
import { type CaseWrite, writeCase } from './case-write';
import { toAwardRequest, toDecideAdvanceEnforcement, toIssueMediationStatement } from './proceedings-requests';
import {
  DecideAdvanceEnforcementDto,
  IssueAwardDto,
  IssueMediationStatementDto,
  PreviewAwardDto,
  RetractMediationStatementDto,
  SignForMediationStatementDto,
} from './proceedings.dto';

const CASE_ANSWER = 'ArbitrationCase as it now is';
const NOT_OPEN = 'the case is not accepted and running (not yet accepted, withdrawn, mediated, awarded)';
const fen = (amount: number) => `${amount} fen`;

/**
 * How an accepted case ends (劳动争议调解仲裁法 Arts. 42–47): the 仲裁调解书 the tribunal mediated, in force once both
 * parties signed for it (MEDIATED), or the award (裁决书), claim by claim with its finality (AWARDED); on the way a
 * partial award and 先予执行. The tribunal decides (ARBITRATOR); the window records a party's signature or
 * retraction (ARBITRATION_CLERK, ARBITRATOR). Each write answers with the case and is one entry on the audit log.
 */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 404, 413, 429])
@Controller('cases/:caseId')
export class AwardController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post('mediation-statement')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: mediationStatement AWAITING_SIGNATURES, numbered` })
  @ApiOperation({
    summary: '仲裁调解书 (Art. 42): the settlement mediated, claim by claim in fen; it takes effect once both sign',
  })
  @ApiRefusals([409], { 409: `a 调解书 awaits signatures or is in force already, or ${NOT_OPEN}` })
  issueMediationStatement(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: IssueMediationStatementDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toIssueMediationStatement(caseId, body);
    const total = body.settledClaims.reduce((sum, claim) => sum + claim.amountFen, 0);
    return this.write(caller, origin, {
      action: 'arbitration.mediation-statement',
      caseId,
      detail: `issued on ${body.issuedOn}, ${body.settledClaims.length} claims, ${fen(total)}`,
      call: (s, m) => s.arbitration.issueMediationStatement(request, m),
    });
  }

  @Post('mediation-statement/signatures')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the second signature puts it IN_FORCE and the case is MEDIATED` })
  @ApiOperation({ summary: '签收: a party signs for the 调解书; once both have, it is in force and the case ends' })
  @ApiRefusals([409], { 409: 'no 调解书 awaits signatures, or this party signed already' })
  signForMediationStatement(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: SignForMediationStatementDto,
  ): Promise<rest.ArbitrationCase> {
    return this.write(caller, origin, {
      action: 'arbitration.mediation-statement.signature',
      caseId,
      detail: `${body.party} signed${body.signedAt ? ` at ${body.signedAt}` : ''}`,
      call: (s, m) =>
        s.arbitration.signForMediationStatement({ caseId, party: body.party, signedAt: body.signedAt ?? '' }, m),
    });
  }

  @Post('mediation-statement/retraction')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the 调解书 RETRACTED; the award follows (Art. 42)` })
  @ApiOperation({ summary: '反悔: a party goes back on the 调解书 before both signed for it; it never takes effect' })
  @ApiRefusals([409], { 409: 'no 调解书 awaits signatures (none issued, or in force already)' })
  retractMediationStatement(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: RetractMediationStatementDto,
  ): Promise<rest.ArbitrationCase> {
    return this.write(caller, origin, {
      action: 'arbitration.mediation-statement.retraction',
      caseId,
      detail: `${body.party} went back on it`,
      call: (s, m) => s.arbitration.retractMediationStatement({ caseId, party: body.party, reason: body.reason }, m),
    });
  }

  // Not audited: it changes nothing and reads nothing a case screen does not show.
  @Post('award/preview')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: 'AwardPreview: { award } — each claim’s finality and the documents it would take' })
  @ApiOperation({
    summary: 'The award as it would be made, saving nothing: per-claim finality (Art. 47) for drafting',
    description: 'The same checks as POST …/award; the case does not change and no document is numbered.',
  })
  @ApiRefusals([409], { 409: `suspended, a 调解书 awaiting signatures, or ${NOT_OPEN}` })
  async previewAward(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: CaseIdParam,
    @Body() body: PreviewAwardDto,
  ): Promise<rest.AwardPreview> {
    const request = toAwardRequest(caseId, body);
    const { award } = await this.services.call(caller, (s, m) => s.arbitration.previewAward(request, m));
    return { award: toRestAward(award!) };
  }

  @Post('award')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({
    description:
      `${CASE_ANSWER}: the award in awards with its numbered documents (GET …/documents/award?number=); a WHOLE ` +
      'award makes the case AWARDED',
  })
  @ApiOperation({
    summary: '裁决书: per claim granted, partly granted or refused in fen, each claim’s finality computed (Art. 47)',
    description:
      'A MIXED award is written as two documents (办案规则 Art. 50); a PARTIAL one (先行裁决) decides the clear part ' +
      'and the case goes on. An amount above its claim is 400 naming decisions[i].amountFen.',
  })
  @ApiRefusals([409], { 409: `suspended, a 调解书 awaiting signatures, or ${NOT_OPEN}` })
  issueAward(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: IssueAwardDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toAwardRequest(caseId, body);
    const awarded = body.decisions.reduce((sum, decision) => sum + decision.amountFen, 0);
    return this.write(caller, origin, {
      action: 'arbitration.award',
      caseId,
      detail: `${body.scope} award on ${body.awardedOn}: ${body.decisions.length} claims, ${fen(awarded)}`,
      call: (s, m) => s.arbitration.issueAward(request, m),
    });
  }

  @Post('advance-enforcement')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the decision in advanceEnforcement, numbered` })
  @ApiOperation({
    summary: '先予执行 (Art. 44): pay, work-injury medical costs, severance or damages, on the tribunal’s findings',
    description: 'Refused when rights and obligations are not clear or the applicant’s living is not at stake.',
  })
  @ApiRefusals([409], { 409: NOT_OPEN })
  decideAdvanceEnforcement(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: DecideAdvanceEnforcementDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toDecideAdvanceEnforcement(caseId, body);
    const total = body.items.reduce((sum, item) => sum + item.amountFen, 0);
    return this.write(caller, origin, {
      action: 'arbitration.advance-enforcement',
      caseId,
      detail: `applied on ${body.appliedOn}, decided on ${body.decidedOn}: ${fen(total)}`,
      call: (s, m) => s.arbitration.decideAdvanceEnforcement(request, m),
    });
  }

  private write(caller: AuthenticatedCaller, origin: RequestOrigin, step: CaseWrite): Promise<rest.ArbitrationCase> {
    return writeCase(this.services, this.audit, caller, origin, step);
  }
}
