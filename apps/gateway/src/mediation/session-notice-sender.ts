import { HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type * as rest from '@onewindow/gateway-api';
import { AuditLog } from '../audit/audit-log';
import type { AuthenticatedCaller } from '../auth/current-caller.decorator';
import { auditedAs } from '../http/audited-call';
import type { RequestOrigin } from '../http/request-origin';
import { SMS_SENDER, type SmsSender } from '../portal/sms-sender';
import { ServiceClients } from '../service-clients/service-clients';
import { maskMobile, sessionNoticeText } from './session-notice';

/** intake's masked form of a mobile number (138****5678): a number an SMS can reach. */
const MASKED_MOBILE = /^1\d{2}\*{4}\d{4}$/;

/** Whom the 调解会议通知 goes to by SMS, before anything is sent: masked forms only. */
export interface PlannedNotice {
  party: 'WORKER' | 'EMPLOYER';
  shownAs: string;
}

/**
 * The recipients of a session's notice: the worker when the phone on record is a mobile (intake's masked
 * form tells), and the employer's contact when the mediator gave one. A landline on record gets no SMS; the
 * mediator tells the worker another way and the session shows no SMS notice to them.
 */
export function plannedNotices(workerPhoneShown: string, employerContactPhone?: string): PlannedNotice[] {
  return [
    ...(MASKED_MOBILE.test(workerPhoneShown) ? [{ party: 'WORKER' as const, shownAs: workerPhoneShown }] : []),
    ...(employerContactPhone ? [{ party: 'EMPLOYER' as const, shownAs: maskMobile(employerContactPhone) }] : []),
  ];
}

type Actor = AuthenticatedCaller;

/**
 * Sends the 调解会议通知 of a session already scheduled. The worker's whole number is revealed through intake
 * as the calling mediator (a personal-data post), a look the audit log keeps like every reveal; the
 * employer's number is the one the mediator typed. Neither is stored or logged whole.
 */
@Injectable()
export class SessionNoticeSender {
  private readonly logger = new Logger('mediation');

  constructor(
    @Inject(SMS_SENDER) private readonly sms: SmsSender,
    private readonly services: ServiceClients,
    private readonly audit: AuditLog,
  ) {}

  async send(
    actor: Actor,
    origin: RequestOrigin,
    notice: {
      caseId: string;
      matterNumber: string;
      countyCode: string;
      startsAt: string;
      venue: rest.MediationSessionVenue;
      recipients: PlannedNotice[];
      employerContactPhone?: string;
    },
  ): Promise<void> {
    if (notice.recipients.length === 0) return;
    const text = sessionNoticeText(notice);
    const shown = notice.recipients.map((r) => r.shownAs).join(', ');
    try {
      await auditedAs(
        this.audit,
        actor,
        origin,
        'mediation.session.notice',
        notice.countyCode,
      )(
        () => ({
          target: notice.matterNumber,
          countyCode: notice.countyCode,
          detail: `case ${notice.caseId}: SMS to ${shown}`,
        }),
        async () => {
          for (const recipient of notice.recipients) {
            const to =
              recipient.party === 'WORKER'
                ? await this.workerPhone(actor, origin, notice)
                : notice.employerContactPhone!;
            await this.sms.send({ to, shownAs: recipient.shownAs, text });
          }
        },
        notice.matterNumber,
      );
    } catch (error) {
      this.logger.warn(
        `session notice of case ${notice.caseId} (matter ${notice.matterNumber}) to ${shown} not sent: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      throw noticeNotSent();
    }
    this.logger.log(`session notice of case ${notice.caseId} sent by SMS to ${shown}`);
  }

  /** The worker's phone on record, whole: a reveal, audited as the gateway audits every look at personal data. */
  private async workerPhone(
    actor: Actor,
    origin: RequestOrigin,
    notice: { caseId: string; matterNumber: string; countyCode: string },
  ): Promise<string> {
    const revealed = await auditedAs(
      this.audit,
      actor,
      origin,
      'matter.personal-data.read',
      notice.countyCode,
    )(
      () => ({
        target: notice.matterNumber,
        countyCode: notice.countyCode,
        detail: `phone, for the 调解会议通知 of mediation case ${notice.caseId}`,
      }),
      () =>
        this.services.call(actor, (s, m) =>
          s.intake.revealPersonalData({ matterId: '', matterNumber: notice.matterNumber }, m),
        ),
      notice.matterNumber,
    );
    return revealed.phone;
  }
}

/** Scheduled in mediation, but the SMS did not go out: the mediator must tell the parties another way. */
export function noticeNotSent(): HttpException {
  const body: rest.ApiError = {
    statusCode: HttpStatus.BAD_GATEWAY,
    error: 'BAD_GATEWAY',
    message:
      '调解会议已安排，但会议通知短信未能发送，请以其他方式通知当事人。' +
      'The session is scheduled, but the notice was not sent by SMS: tell the parties another way.',
  };
  return new HttpException(body, HttpStatus.BAD_GATEWAY);
}
