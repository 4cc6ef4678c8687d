import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Inject,
  Logger,
  Param,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PROCEEDINGS_RECORDING_ROLES, portalCaller } from '@onewindow/access';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import { CurrentCaller, type AuthenticatedCaller } from '../auth/current-caller.decorator';
import { Public } from '../auth/public.decorator';
import { PublicRateLimit } from '../auth/rate-limits';
import { RequireRoles } from '../auth/require-roles.decorator';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { ApiErrorView, ApiRefusals } from '../http/api-answers';
import { auditedAs } from '../http/audited-call';
import { Origin, type RequestOrigin } from '../http/request-origin';
import { writeCase } from '../proceedings/case-write';
import { SMS_SENDER, type SmsSender } from '../portal/sms-sender';
import { CaseIdParam } from '../queues/queue-actions.dto';
import { toRestCase, toRestDeadline } from '../service-clients/rest-views';
import { ServiceClients } from '../service-clients/service-clients';
import { ElectronicServiceConsentDto, ElectronicServiceReceiptDto, ServiceTokenParam } from './electronic-service.dto';
import { electronicServiceText, maskedMobile } from './electronic-service-sms';

const failure = (status: HttpStatus, error: string, message: string): HttpException =>
  new HttpException({ statusCode: status, error, message } satisfies rest.ApiError, status);

/**
 * 电子送达 of the application copy at the arbitration window (劳动争议调解仲裁法 Art. 30; 民事诉讼法 Art. 90): the
 * respondent's written agreement, then the SMS with the link and the one-time code. Arbitration makes the token and
 * the code and keeps only their hashes; the gateway puts them in the SMS and never in an answer or the audit log.
 */
@ApiTags('arbitration')
@ApiBearerAuth()
@ApiRefusals([400, 401, 403, 404, 413, 429])
@Controller('cases/:caseId/electronic-service')
export class ElectronicServiceController {
  private readonly logger = new Logger('electronic-service');

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Post('consent')
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: 'ArbitrationCase as it now is: electronicService with the mobile masked' })
  @ApiOperation({ summary: '电子送达确认书: the respondent agreed to electronic service, at this mobile' })
  @ApiRefusals([409], { 409: 'the copy is served already, or the case is not accepted and running' })
  recordConsent(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
    @Body() body: ElectronicServiceConsentDto,
  ): Promise<rest.ArbitrationCase> {
    return writeCase(this.services, this.audit, caller, origin, {
      action: 'arbitration.electronic-service.consent',
      caseId,
      detail: `agreed at ${body.agreedAt}, mobile ${maskedMobile(body.mobile)}`,
      call: (s, m) =>
        s.arbitration.recordElectronicServiceConsent({ caseId, agreedAt: body.agreedAt, mobile: body.mobile }, m),
    });
  }

  @Post()
  @HttpCode(200)
  @RequireRoles(...PROCEEDINGS_RECORDING_ROLES)
  @ApiOkResponse({ description: 'ElectronicServiceSent: the case and the masked mobile the SMS went to (no code)' })
  @ApiOperation({
    summary: '电子送达: a new link and one-time code sent by SMS (a second send replaces the first)',
  })
  @ApiRefusals([409], { 409: 'no agreement recorded, or the copy is served already' })
  @ApiResponse({
    status: 502,
    description: 'the link was made but the SMS did not go out: send again',
    type: ApiErrorView,
  })
  @ApiResponse({ status: 503, description: 'GATEWAY_PUBLIC_ORIGIN is not configured', type: ApiErrorView })
  async send(
    @CurrentCaller() caller: AuthenticatedCaller,
    @Origin() origin: RequestOrigin,
    @Param() { caseId }: CaseIdParam,
  ): Promise<rest.ElectronicServiceSent> {
    const linkOrigin = this.config.publicOrigin.replace(/\/+$/, '');
    if (!linkOrigin.startsWith('https://')) {
      throw failure(
        HttpStatus.SERVICE_UNAVAILABLE,
        'SERVICE_UNAVAILABLE',
        '电子送达需配置公网地址 (GATEWAY_PUBLIC_ORIGIN, https)：请以邮寄或直接送达方式送达。',
      );
    }
    const sent = await auditedAs(
      this.audit,
      caller,
      origin,
      'arbitration.electronic-service.send',
      '',
    )(
      (answer) => ({
        target: answer.case!.matterNumber,
        countyCode: answer.case!.countyCode,
        detail: `case ${caseId}: SMS to ${maskedMobile(answer.mobile)}, link good until ${answer.expiresAt}`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          s.arbitration.sendApplicationCopyElectronically({ caseId, linkOrigin }, m),
        ),
      caseId,
    );
    const shownAs = maskedMobile(sent.mobile);
    try {
      await this.sms.send({
        to: sent.mobile,
        shownAs,
        text: electronicServiceText({
          matterNumber: sent.case!.matterNumber,
          link: `${linkOrigin}${sent.linkPath}`,
          code: sent.code,
          expiresAt: sent.expiresAt,
        }),
      });
    } catch (error) {
      this.logger.warn(
        `electronic service SMS of case ${caseId} to ${shownAs} not sent: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw failure(
        HttpStatus.BAD_GATEWAY,
        'BAD_GATEWAY',
        '电子送达短信未能发送，请重新发送或以其他方式送达。The SMS did not go out: send again, or serve another way.',
      );
    }
    return { case: toRestCase(sent.case!), sentTo: shownAs, expiresAt: sent.expiresAt };
  }
}

/**
 * The respondent at the SMS link (no account): what is served, and the code that confirms receipt. The portal's
 * principal of the token's county calls arbitration, which checks the token (the credential) and counts wrong codes.
 */
@ApiTags('public portal')
@Public()
@PublicRateLimit()
@ApiRefusals([400, 404, 429], {
  404: 'no such link, or a newer one replaced it',
  429: 'too many requests from this address',
})
@Controller('public/service/:token')
export class PublicElectronicServiceController {
  constructor(
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @ApiOkResponse({
    description: 'PublicElectronicService: the matter number, the commission, the documents; no personal data',
  })
  @ApiOperation({ summary: '电子送达: what the link serves, before the code is entered' })
  async look(@Param() { token }: ServiceTokenParam): Promise<rest.PublicElectronicService> {
    const found = await this.services.call(portalCaller(token.slice(0, 6)), (s, m) =>
      s.arbitration.getElectronicService({ token }, m),
    );
    return {
      matterNumber: found.matterNumber,
      commission: found.commission,
      documents: [...found.documents],
      sentAt: found.sentAt,
      expiresAt: found.expiresAt,
      served: found.served,
      servedOn: found.servedOn,
      attemptsLeft: found.attemptsLeft,
    };
  }

  @Post('receipt')
  @HttpCode(200)
  @ApiOkResponse({ description: 'ElectronicServiceReceipt: the day served and the defence due' })
  @ApiOperation({ summary: '确认收悉: the code from the SMS serves the copy; five wrong codes lock the link' })
  @ApiRefusals([409, 413], { 409: 'wrong code (counted), link locked or expired, or served already' })
  async confirm(
    @Origin() origin: RequestOrigin,
    @Param() { token }: ServiceTokenParam,
    @Body() { code }: ElectronicServiceReceiptDto,
  ): Promise<rest.ElectronicServiceReceipt> {
    const county = token.slice(0, 6);
    const caller = portalCaller(county);
    // The audit entry names the case's matter once served, else the county only: never the token or the code.
    const served = await auditedAs(
      this.audit,
      caller,
      origin,
      'portal.electronic-service.receipt',
      county,
    )(
      (answer) => ({
        target: answer.matterNumber,
        countyCode: answer.countyCode,
        detail: `served on ${answer.servedOn}`,
      }),
      () =>
        this.services.call(caller, (s, m) =>
          // No sender here gives delivery reports yet: arbitration takes the SMS as delivered when sent.
          s.arbitration.confirmElectronicService({ token, code, deliveredAt: '' }, m),
        ),
      `electronic service link (${county})`,
    );
    return { servedOn: served.servedOn, defenceDue: toRestDeadline(served.defenceDue!) };
  }
}
