import { Inject, Injectable, Logger } from '@nestjs/common';
import { HttpException, HttpStatus } from '@nestjs/common';
import { portalCaller } from '@onewindow/access';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.config';
import { ServiceClients } from '../service-clients/service-clients';
import { TokenService } from '../auth/token.service';
import { SMS_SENDER, type SmsSender } from './sms-sender';
import { checkTrackingCode, hashTrackingCode, mayResend, newTrackingCode, TRACKING_CODE_TTL_MS } from './tracking-code';
import { TrackingCodeStore } from './tracking-code.store';

/** The answer to every code request, so the portal never tells whether a matter number exists. */
export const TRACKING_CODE_SENT = '如该事项编号存在，验证码已发送至登记的手机号码，10分钟内有效。';

/** Tracking a matter by its number plus a one-time code sent to the phone on record (群众查询进度). */
@Injectable()
export class PortalTracking {
  private readonly logger = new Logger('portal');
  private readonly codeSecret: Buffer;

  constructor(
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly services: ServiceClients,
    private readonly codes: TrackingCodeStore,
    private readonly tokens: TokenService,
  ) {
    this.codeSecret = Buffer.from(`tracking-code:${config.tokenSecret}`);
  }

  async sendCode(matterNumber: string, now = new Date()): Promise<void> {
    if (!mayResend(await this.codes.find(matterNumber), now)) {
      throw new HttpException(
        {
          statusCode: 429,
          error: 'TOO_MANY_REQUESTS',
          message: '验证码发送过于频繁，请一分钟后再试 (one code a minute)',
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const caller = portalCaller(matterNumber);
    let phone: string;
    let shownAs: string;
    try {
      const [revealed, found] = await Promise.all([
        this.services.call(caller, (s, m) => s.intake.revealPersonalData({ matterId: '', matterNumber }, m)),
        this.services.call(caller, (s, m) => s.intake.getMatter({ matterId: '', matterNumber }, m)),
      ]);
      phone = revealed.phone;
      shownAs = found.matter?.content?.applicant?.phone ?? '';
    } catch (error) {
      // Unknown numbers and numbers of counties this center does not serve look the same to the caller.
      if (error instanceof HttpException && [403, 404].includes(error.getStatus())) return;
      throw error;
    }
    if (!phone) {
      this.logger.warn(`matter ${matterNumber} has no phone on record; no tracking code sent`);
      return;
    }
    const code = newTrackingCode();
    await this.codes.replace(
      {
        matterNumber,
        codeHash: hashTrackingCode(this.codeSecret, matterNumber, code),
        issuedAt: now,
        expiresAt: new Date(now.getTime() + TRACKING_CODE_TTL_MS),
        attempts: 0,
      },
      matterNumber.slice(0, 6),
    );
    await this.sms.send({
      to: phone,
      shownAs,
      text: `【随州市劳动保障维权中心】您查询事项 ${matterNumber} 的验证码为 ${code}，10分钟内有效。如非本人操作请忽略。`,
    });
  }

  async openSession(matterNumber: string, code: string, now = new Date()) {
    const issued = await this.codes.find(matterNumber);
    const check = checkTrackingCode(issued, hashTrackingCode(this.codeSecret, matterNumber, code), now);
    if (check !== 'valid') {
      if (check === 'wrong') await this.codes.countAttempt(matterNumber);
      const why = {
        wrong: '验证码不正确 (wrong code)',
        expired: '验证码已过期，请重新获取 (code expired)',
        exhausted: '验证码错误次数过多，请重新获取 (too many tries)',
        none: '请先获取验证码 (request a code first)',
      }[check];
      throw new HttpException({ statusCode: 401, error: 'UNAUTHORIZED', message: why }, HttpStatus.UNAUTHORIZED);
    }
    await this.codes.spend(matterNumber);
    return this.tokens.issueTrackingToken(matterNumber);
  }
}
