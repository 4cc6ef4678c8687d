import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { portalCaller } from '@onewindow/access';
import { matterContentToProto, routing } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { Public } from '../auth/public.decorator';
import { PublicRateLimit } from '../auth/rate-limits';
import { TrackingTokenGuard } from '../auth/tracking-token.guard';
import { ApiRefusals } from '../http/api-answers';
import { auditedAs, withViolationPrefix } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { RegisterMatterDto } from '../matters/matter-content.dto';
import { MatterNumberParam } from '../matters/matter-queries.dto';
import { toRestMatter, toRestSatisfaction } from '../service-clients/rest-views';
import { ServiceClients } from '../service-clients/service-clients';
import { SatisfactionDto, TrackingCodeDto, TrackingSessionDto } from './portal.dto';
import { PortalTracking, TRACKING_CODE_SENT } from './portal-tracking';

/** 网上办事: what a worker can do without an account. */
@ApiTags('public portal')
@Public()
@PublicRateLimit()
@ApiRefusals([400, 429], { 429: 'too many requests from this address' })
@Controller('public')
export class PortalController {
  constructor(
    private readonly services: ServiceClients,
    private readonly tracking: PortalTracking,
    private readonly audit: AuditLog,
  ) {}

  @Post('applications')
  @ApiCreatedResponse({ description: 'ApplicationReceipt: the matter number and the masked phone on record' })
  @ApiOperation({ summary: '网上申请: the same matter content as the window, channel ONLINE' })
  @ApiRefusals([409, 413], { 409: 'the request id was used before with other content' })
  async apply(@Origin() origin: RequestOrigin, @Body() body: RegisterMatterDto): Promise<rest.ApplicationReceipt> {
    if (body.content.channel !== 'ONLINE') {
      throw new HttpException(
        {
          statusCode: 400,
          error: 'BAD_REQUEST',
          message: 'an online application must have channel ONLINE',
          violations: [{ field: 'content.channel', description: '网上申请的渠道必须为 ONLINE' }],
        },
        HttpStatus.BAD_REQUEST,
      );
    }
    const caller = portalCaller(body.content.countyCode);
    const { matter } = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.application',
      body.content.countyCode,
    )(
      (registered) => registered.matter!.matterNumber,
      () =>
        withViolationPrefix('content.', () =>
          this.services.call(caller, (s, m) =>
            s.intake.registerMatter({ content: matterContentToProto(body.content), requestId: body.requestId }, m),
          ),
        ),
    );
    return {
      matterNumber: matter!.matterNumber,
      registeredAt: matter!.registeredAt,
      phoneOnRecord: matter!.content?.applicant?.phone ?? '',
    };
  }

  @Post('tracking-codes')
  @ApiAcceptedResponse({ description: 'TrackingCodeSent: the same answer whether or not the matter exists' })
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a one-time code to the phone on record (same answer whether or not the number exists)',
  })
  @ApiRefusals([413])
  async requestCode(
    @Origin() origin: RequestOrigin,
    @Body() { matterNumber }: TrackingCodeDto,
  ): Promise<rest.TrackingCodeSent> {
    await auditedAs(
      this.audit,
      portalCaller(matterNumber),
      origin,
      'portal.tracking-code',
      matterNumber.slice(0, 6),
    )(
      () => matterNumber,
      () => this.tracking.sendCode(matterNumber),
      matterNumber,
    );
    return { message: TRACKING_CODE_SENT };
  }

  @Post('tracking-sessions')
  @ApiCreatedResponse({ description: 'TrackingSession: a tracking token for this matter' })
  @ApiOperation({ summary: 'Trade the code for a short-lived token to follow this one matter' })
  @ApiRefusals([401, 413], { 401: 'wrong or expired code, or too many wrong tries' })
  async openSession(@Origin() origin: RequestOrigin, @Body() body: TrackingSessionDto): Promise<rest.TrackingSession> {
    return auditedAs(
      this.audit,
      portalCaller(body.matterNumber),
      origin,
      'portal.tracking-session',
      body.matterNumber.slice(0, 6),
    )(
      () => body.matterNumber,
      () => this.tracking.openSession(body.matterNumber, body.code),
      body.matterNumber,
    );
  }

  @Get('matters/:matterNumber')
  @ApiOkResponse({ description: 'PublicMatterView: stage and timeline, no personal data' })
  @UseGuards(TrackingTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Progress of the matter the tracking token was issued for' })
  @ApiRefusals([401, 404], { 401: 'no tracking token, or one for another matter or expired' })
  async matter(@Param() { matterNumber }: MatterNumberParam): Promise<rest.PublicMatterView> {
    const { matter } = await this.services.call(portalCaller(matterNumber), (s, m) =>
      s.intake.getMatter({ matterId: '', matterNumber }, m),
    );
    const view = toRestMatter(matter!);
    const consultationAnswers = await this.consultationAnswers(matterNumber, matter!.matterId);
    // Intake says when a matter is closed (办结); a closed matter is rated once.
    return {
      matterNumber: view.matterNumber,
      countyCode: view.countyCode,
      registeredAt: view.registeredAt,
      stage: view.stage,
      timeline: view.timeline.map(({ occurredAt, summary, deadlines }) => ({ occurredAt, summary, deadlines })),
      canRate: matter!.closed && !view.satisfaction,
      ...(view.satisfaction ? { satisfaction: view.satisfaction } : {}),
      ...(consultationAnswers.length > 0 ? { consultationAnswers } : {}),
    };
  }

  /** What the center answered to this matter's consultation (routing shows the portal this matter's only). */
  private async consultationAnswers(matterNumber: string, matterId: string): Promise<rest.PublicConsultationAnswer[]> {
    const { referrals } = await this.services.call(portalCaller(matterNumber), (s, m) =>
      s.routing.listReferrals(
        {
          countyCode: '',
          status: routing.ReferralStatus.REFERRAL_STATUS_RESOLVED,
          targets: [routing.ReferralTarget.REFERRAL_TARGET_CONSULTATION_CLOSE],
          escalatedOnly: false,
          matterId,
        },
        m,
      ),
    );
    return referrals.flatMap(({ referral }) => {
      const answered = referral?.consultationAnswer;
      return answered
        ? [
            {
              answer: answered.answer,
              basis: answered.basis,
              answeredBy: answered.answeredByName || answered.answeredByUserId,
              answeredAt: answered.answeredAt,
            },
          ]
        : [];
    });
  }

  @Post('matters/:matterNumber/rating')
  @ApiCreatedResponse({ description: 'SatisfactionRating as recorded' })
  @UseGuards(TrackingTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: '群众满意度: rate the handling once the matter is closed' })
  @ApiRefusals([401, 404, 409, 413], {
    401: 'no tracking token, or one for another matter or expired',
    409: 'not closed yet, or already rated',
  })
  async rate(
    @Origin() origin: RequestOrigin,
    @Param() { matterNumber }: MatterNumberParam,
    @Body() body: SatisfactionDto,
  ): Promise<rest.SatisfactionRating> {
    const caller = portalCaller(matterNumber);
    const { matter } = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.satisfaction',
      matterNumber.slice(0, 6),
    )(
      () => matterNumber,
      () =>
        this.services.call(caller, (s, m) =>
          s.intake.rateSatisfaction({ matterNumber, score: body.score, comment: body.comment ?? '' }, m),
        ),
      matterNumber,
    );
    return toRestSatisfaction(matter!.satisfaction!);
  }
}
