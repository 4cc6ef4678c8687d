import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ARBITRATION_CASE_READER_ROLES, PROCEEDINGS_RECORDING_ROLES, TRIBUNAL_ROLES } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { RequireRoles } from '../auth/require-roles.decorator';
import { ApiRefusals } from '../http/api-answers';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { toRestCase } from '../service-clients/rest-views';
import { ServiceClients } from '../service-clients/service-clients';
import { type CaseWrite, writeCase } from './case-write';
import {
  SCHEDULE_HEARING_FIELDS,
  toChallengeArbitrator,
  toComposeTribunal,
  toDecideChallenge,
  toPostponeHearing,
  toRecordApplicationCopyService,
  toRecordHearing,
  toScheduleHearing,
} from './proceedings-requests';
import {
  ChallengeArbitratorDto,
  ChallengeParams,
  ComposeTribunalDto,
  DecideChallengeDto,
  HearingParams,
  PostponeHearingDto,
  RecordApplicationCopyServiceDto,
  RecordDefenceDto,
  RecordHearingDto,
  ScheduleHearingDto,
} from './proceedings.dto';

const CASE_ANSWER = 'ArbitrationCase as it now is';
const NOT_OPEN = 'the case is not accepted and running (not yet accepted, withdrawn, mediated, awarded)';

/**
 * An accepted case to its hearing (劳动争议调解仲裁法 Arts. 30–40): the case itself, the application copy served
 * and the defence (送达、答辩), the tribunal and a challenge (组庭、回避), the hearings (开庭). The arbitration window
 * records what the parties do (ARBITRATION_CLERK, ARBITRATOR); the tribunal decides the rest (ARBITRATOR).
 * Each write answers with the case as it now is and is one entry on the audit log.
 */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 404, 429])
@Controller('cases/:caseId')
export class ProceedingsController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @RequireRoles(...ARBITRATION_CASE_READER_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase: its status, deadlines, tribunal, hearings, 调解书 and awards' })
  @ApiOperation({ summary: 'An arbitration case of your county (the case screen)' })
  async case(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Param() { caseId }: CaseIdParam,
  ): Promise<rest.ArbitrationCase> {
    const { case: found } = await this.services.call(caller, (s, m) => s.arbitration.getCase({ caseId }, m));
    return toRestCase(found!);
  }

  @Post('application-copy-service')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: applicationCopyServedOn, defenceDue (10 days from receipt)` })
  @ApiOperation({
    summary: '送达: the application copy served on the respondent by post or in person (Art. 30)',
    description: 'Served after its 5 days, it is recorded as late (applicationCopyServedLate) and the case goes on.',
  })
  @ApiRefusals([409, 413], { 409: `served already, or ${NOT_OPEN}` })
  recordApplicationCopyService(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: RecordApplicationCopyServiceDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toRecordApplicationCopyService(caseId, body);
    return this.write(caller, origin, {
      action: 'arbitration.application-copy-service',
      caseId,
      detail: `${body.method}, received on ${body.receivedOn}`,
      call: (s, m) => s.arbitration.recordApplicationCopyService(request, m),
    });
  }

  @Post('defence')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: defenceSubmittedOn, defenceLate` })
  @ApiOperation({ summary: '答辩书 received: a late defence is recorded as late and does not stop the case (Art. 30)' })
  @ApiRefusals([409, 413], { 409: `the copy is not served yet, the defence is recorded already, or ${NOT_OPEN}` })
  recordDefence(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: RecordDefenceDto,
  ): Promise<rest.ArbitrationCase> {
    return this.write(caller, origin, {
      action: 'arbitration.defence',
      caseId,
      detail: `submitted on ${body.submittedOn}`,
      call: (s, m) => s.arbitration.recordDefence({ caseId, submittedOn: body.submittedOn }, m),
    });
  }

  @Post('tribunal')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: tribunalForm, tribunal, simpleProcedure, tribunalNotifiedOn` })
  @ApiOperation({
    summary: '组庭: three arbitrators, or a sole one under the simple procedure; notified within 5 days (Art. 32)',
    description:
      'A sole arbitrator needs the simple procedure (办案规则 Arts. 56–57): factsClear, an amount within the ' +
      'province’s average annual wage, or bothPartiesAgree; never a collective dispute.',
  })
  @ApiRefusals([409, 413], { 409: `composed already, a sole arbitrator without the simple procedure, or ${NOT_OPEN}` })
  composeTribunal(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ComposeTribunalDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toComposeTribunal(caseId, body);
    return this.write(caller, origin, {
      action: 'arbitration.tribunal',
      caseId,
      detail: `${body.form}: ${body.arbitrators.map((seat) => `${seat.arbitratorId} (${seat.role})`).join(', ')}`,
      call: (s, m) => s.arbitration.composeTribunal(request, m),
    });
  }

  @Post('challenges')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the challenge PENDING in challenges, its decision due in 3 days` })
  @ApiOperation({
    summary: '回避申请: a party asks that an arbitrator withdraw, on a ground of Art. 33 (办案规则 Arts. 11–12)',
  })
  @ApiRefusals([409, 413], {
    409: `no such arbitrator on the tribunal, too late (the debate closed), a challenge pending already, or ${NOT_OPEN}`,
  })
  challengeArbitrator(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ChallengeArbitratorDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toChallengeArbitrator(caseId, body);
    return this.write(caller, origin, {
      action: 'arbitration.challenge',
      caseId,
      detail: `${body.party} challenges ${body.arbitratorId} (${body.ground}) on ${body.filedOn}`,
      call: (s, m) => s.arbitration.challengeArbitrator(request, m),
    });
  }

  @Post('challenges/:challengeIndex/decision')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the challenge GRANTED (the seat taken by another) or REFUSED` })
  @ApiOperation({ summary: 'The decision on a pending challenge: granted, another arbitrator takes the same seat' })
  @ApiRefusals([409, 413], { 409: `no such challenge, or decided already, or ${NOT_OPEN}` })
  decideChallenge(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, challengeIndex }: ChallengeParams,
    @Body() body: DecideChallengeDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toDecideChallenge(caseId, challengeIndex, body);
    return this.write(caller, origin, {
      action: 'arbitration.challenge-decision',
      caseId,
      detail: `challenge ${challengeIndex} ${body.decision} by ${body.decidedBy} on ${body.decidedOn}`,
      call: (s, m) => s.arbitration.decideChallenge(request, m),
    });
  }

  @Post('hearings')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: the hearing SCHEDULED in hearings` })
  @ApiOperation({
    summary: '开庭: on site in a hearing room (roomId, place) or online (meetingLink), notice 5 working days ahead',
    description:
      'A notice served less than 5 working days before the hearing is 400 naming noticeServedOn (Art. 35); a ' +
      'room already booked at that time is 409 naming the other hearing.',
  })
  @ApiRefusals([409, 413], { 409: `the room is booked then (the other hearing is named), or ${NOT_OPEN}` })
  scheduleHearing(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ScheduleHearingDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toScheduleHearing(caseId, body);
    const where = body.roomId ? `room ${body.roomId}` : 'online';
    return this.write(caller, origin, {
      action: 'arbitration.hearing',
      caseId,
      detail: `${body.startsAt} ${where}, notice served on ${body.noticeServedOn}`,
      call: (s, m) => s.arbitration.scheduleHearing(request, m),
      fieldNames: SCHEDULE_HEARING_FIELDS,
    });
  }

  @Post('hearings/:hearingId/postponement')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({ description: `${CASE_ANSWER}: granted, the hearing POSTPONED and its room freed` })
  @ApiOperation({
    summary: '延期开庭: a party’s request up to 3 working days before, and the tribunal’s decision (Art. 35)',
  })
  @ApiRefusals([409, 413], { 409: `asked too late, the hearing not SCHEDULED, or ${NOT_OPEN}` })
  postponeHearing(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, hearingId }: HearingParams,
    @Body() body: PostponeHearingDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toPostponeHearing(caseId, hearingId, body);
    return this.write(caller, origin, {
      action: 'arbitration.hearing-postponement',
      caseId,
      detail: `hearing ${hearingId}: ${body.party} asked on ${body.requestedOn}, ${body.granted ? 'granted' : 'refused'}`,
      call: (s, m) => s.arbitration.postponeHearing(request, m),
    });
  }

  @Post('hearings/:hearingId/record')
  @HttpCode(200)
  @RequireRoles(...TRIBUNAL_ROLES)
  @ApiOkResponse({
    description:
      `${CASE_ANSWER}: the hearing HELD with its record; an absent applicant without good reason WITHDRAWN, an ` +
      'absent respondent decided in absence (decidedInAbsenceReason)',
  })
  @ApiOperation({ summary: '庭审笔录 and who came (Arts. 36, 40)' })
  @ApiRefusals([409, 413], { 409: `the hearing has not begun, was postponed or is recorded already, or ${NOT_OPEN}` })
  recordHearing(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId, hearingId }: HearingParams,
    @Body() body: RecordHearingDto,
  ): Promise<rest.ArbitrationCase> {
    const request = toRecordHearing(caseId, hearingId, body);
    const absent = request.absences.map((a) => `${a.party} ${a.kind}`).join(', ');
    return this.write(caller, origin, {
      action: 'arbitration.hearing-record',
      caseId,
      detail: `hearing ${hearingId}: ${[...body.recordText].length} characters${absent ? `; absent: ${absent}` : ''}`,
      call: (s, m) => s.arbitration.recordHearing(request, m),
    });
  }

  private write(caller: AuthenticatedCaller, origin: RequestOrigin, step: CaseWrite): Promise<rest.ArbitrationCase> {
    return writeCase(this.services, this.audit, caller, origin, step);
  }
}
