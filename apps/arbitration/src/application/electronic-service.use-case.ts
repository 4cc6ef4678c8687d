// 电子送达 of the application copy (劳动争议调解仲裁法 Art. 30; 办案规则 Art. 20; 民事诉讼法 Art. 90): only where the
// respondent agreed in writing (电子送达确认书), by an SMS with a link and a one-time code; the code entered back
// at the link confirms receipt (能够确认其收悉), and the copy is served on the day the SMS reached the phone.
// The rules are the domain's (case-service.ts); this is the flow around them: the agreement, the send, the
// respondent's look at the link and the code's check. Neither the token nor the code is ever stored: only their
// SHA-256 hashes (the code's keyed by the token, so six digits cannot be guessed from the stored case).
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Caller, PORTAL_ROLE } from '@onewindow/access';
import { chinaMinuteOf } from '@onewindow/calendar';
import { retryOnConflict } from '@onewindow/persistence';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import {
  chinaDayOf,
  type Delivery,
  InvalidProceedingsInputError,
  parsePhoneNumber,
  ProceedingsPreconditionError,
} from '../domain';
import { assertInstantValue, checkedHttpsLink } from '../domain/proceedings-input.validation';
import {
  ARBITRATION_CASE_REPOSITORY,
  type ArbitrationCaseRecord,
  type ArbitrationCaseRepository,
  type ElectronicServiceRecord,
} from './arbitration-case.repository';
import { commissionOf } from './documents/document-text';
import { CaseNotFoundError } from './find-cases.use-case';
import { stepOnAcceptedCase } from './proceedings-steps';
import { applicationCopyServed, requireMayRecordService } from './service-and-defence.use-case';

/** How long a link stays good: a week to open it, as a registered letter waits at the post office. */
export const ELECTRONIC_SERVICE_LINK_MS = 7 * 24 * 60 * 60_000;
/** Wrong codes a link takes before it is locked until a new send (the portal's tracking codes take five too). */
export const ELECTRONIC_SERVICE_MAX_WRONG_CODES = 5;
/** The web app's page the SMS links to, under the public origin. */
export const ELECTRONIC_SERVICE_PATH = '/public/service/';
/** What the respondent is served (the copy, and the 应诉通知书 issued with it). */
const SERVED_DOCUMENTS = ['仲裁申请书副本', '仲裁申请书副本送达通知书（应诉通知书）'];

/** Finds the case a link's token was sent for, by the token's hash through its index (never a scan). */
export interface ElectronicServiceLinks {
  caseIdOf(tokenHash: string): Promise<string | undefined>;
}
export const ELECTRONIC_SERVICE_LINKS = Symbol('ElectronicServiceLinks');

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64url');
export const hashServiceToken = (token: string) => sha256(`electronic-service-token:${token}`);
export const hashServiceCode = (token: string, code: string) => sha256(`electronic-service-code:${token}:${code}`);

/**
 * A link's token: the case's county code (which principal may open it: the portal of that county), a hyphen,
 * then 192 random bits in base64url — URL-safe and not to be guessed.
 */
const newToken = (countyCode: string) => `${countyCode}-${randomBytes(24).toString('base64url')}`;
const TOKEN = /^\d{6}-[A-Za-z0-9_-]{32}$/;
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** A mobile as staff and the timeline may see it: 138****5678. */
export const maskedMobile = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;

/** What the sender needs once: the link's path, the code and the whole mobile (the gateway's SMS). */
export interface ElectronicSend {
  record: ArbitrationCaseRecord;
  linkPath: string;
  code: string;
  mobile: string;
  expiresAt: string;
}

/** What the respondent may see at the link before entering the code: nothing of the worker's. */
export interface ElectronicServiceLook {
  matterNumber: string;
  commission: string;
  documents: string[];
  sentAt: string;
  expiresAt: string;
  served: boolean;
  servedOn: string;
  attemptsLeft: number;
}

@Injectable()
export class ElectronicServiceUseCase {
  constructor(
    @Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository,
    @Inject(ELECTRONIC_SERVICE_LINKS) private readonly links: ElectronicServiceLinks,
  ) {}

  /** 电子送达确认书: the respondent's written agreement and the mobile it gave, recorded at the arbitration window. */
  recordConsent(caller: Caller, caseId: string, request: { agreedAt: string; mobile: string }, now: Date) {
    return stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordService, (record) => {
      assertInstantValue(request.agreedAt, 'agreedAt');
      if (Date.parse(request.agreedAt) > now.getTime()) {
        throw new InvalidProceedingsInputError('agreedAt', `${request.agreedAt} is in the future`);
      }
      const mobile = (request.mobile ?? '').trim();
      const phone = parsePhoneNumber(mobile);
      if (!phone.ok || phone.value.kind !== 'MOBILE') {
        throw new InvalidProceedingsInputError(
          'mobile',
          phone.ok
            ? 'a landline cannot take the SMS: electronic service needs a mainland mobile number (11 digits starting 13–19)'
            : phone.reason,
        );
      }
      requireNotServed(record, 'caseId');
      // A new agreement replaces the former one, and any link sent to the former number with it.
      const electronicService: ElectronicServiceRecord = {
        consent: { agreedAt: request.agreedAt, mobile, recordedBy: caller.userId },
      };
      return {
        record: { ...record, electronicService },
        step: {
          type: 'ProceedingsStep' as const,
          kind: 'ELECTRONIC_SERVICE_AGREED' as const,
          summary: `被申请人于 ${chinaDayOf(request.agreedAt)} 书面同意电子送达（电子送达确认书，民事诉讼法第九十条）`,
          shows: [],
          deadlineMoves: [],
        },
      };
    });
  }

  /** The SMS's link and code made anew (a second send replaces the first's); only their hashes are kept. */
  async send(caller: Caller, caseId: string, request: { linkOrigin: string }, now: Date): Promise<ElectronicSend> {
    const origin = new URL(checkedHttpsLink(request.linkOrigin, 'linkOrigin')).origin;
    let made: { token: string; code: string; mobile: string; expiresAt: string } | undefined;
    const record = await stepOnAcceptedCase(this.cases, caller, caseId, requireMayRecordService, (found) => {
      requireNotServed(found, 'caseId');
      const consent = found.electronicService?.consent;
      if (!consent) {
        throw new ProceedingsPreconditionError(
          'caseId',
          'the respondent has not agreed to electronic service (经受送达人同意, 民事诉讼法第九十条); record its ' +
            'agreement (电子送达确认书) first, or serve by post or in person',
        );
      }
      const token = newToken(found.countyCode);
      const code = newCode();
      const expiresAt = new Date(now.getTime() + ELECTRONIC_SERVICE_LINK_MS).toISOString();
      made = { token, code, mobile: consent.mobile, expiresAt };
      const electronicService: ElectronicServiceRecord = {
        consent,
        tokenHash: hashServiceToken(token),
        codeHash: hashServiceCode(token, code),
        sentAt: now.toISOString(),
        expiresAt,
        // The link as the SMS carries it, its token (the credential) masked.
        link: `${origin}${ELECTRONIC_SERVICE_PATH}${found.countyCode}-****`,
        wrongCodes: 0,
      };
      return {
        record: { ...found, electronicService },
        step: {
          type: 'ProceedingsStep' as const,
          kind: 'APPLICATION_COPY_SENT_ELECTRONICALLY' as const,
          summary:
            `仲裁申请书副本已以电子方式发送被申请人（短信链接及验证码，${chinaMinuteOf(new Date(expiresAt))} 前有效）；` +
            '被申请人以验证码确认收悉后，以短信到达之日为送达日期',
          shows: [],
          deadlineMoves: [],
        },
      };
    });
    const { token, code, mobile, expiresAt } = made!;
    return { record, linkPath: `${ELECTRONIC_SERVICE_PATH}${token}`, code, mobile, expiresAt };
  }

  /** What the respondent sees at the link: the matter number, the commission, the documents' titles. */
  async look(caller: Caller, token: string, now: Date): Promise<ElectronicServiceLook> {
    const { record, sent } = await this.sentFor(caller, token);
    return {
      matterNumber: record.matterNumber,
      commission: commissionOf(record.countyCode),
      documents: SERVED_DOCUMENTS,
      sentAt: sent.sentAt ?? '',
      expiresAt: sent.expiresAt ?? '',
      served: record.applicationCopyService !== undefined,
      servedOn: record.applicationCopyService?.servedOn ?? '',
      attemptsLeft:
        now.getTime() >= Date.parse(sent.expiresAt ?? '')
          ? 0
          : Math.max(0, ELECTRONIC_SERVICE_MAX_WRONG_CODES - (sent.wrongCodes ?? 0)),
    };
  }

  /**
   * The code entered at the link: a wrong one is counted (five lock the link) and serves nothing; the right one
   * serves the copy as post and in person do. It reached the respondent when the operator's delivery report says,
   * or else when it was sent (no sender here gives delivery reports yet).
   */
  confirm(caller: Caller, request: { token: string; code: string; deliveredAt: string }, now: Date) {
    if (!/^\d{6}$/.test(request.code ?? '')) {
      throw new InvalidProceedingsInputError('code', 'must be the six digits the SMS gave');
    }
    if (request.deliveredAt) assertInstantValue(request.deliveredAt, 'deliveredAt');
    return retryOnConflict(async () => {
      const { record, sent } = await this.sentFor(caller, request.token);
      requireNotServed(record, 'token');
      if (record.status !== 'ACCEPTED') {
        throw new ProceedingsPreconditionError('token', `case ${record.caseId} is ${record.status}; nothing is served`);
      }
      if (now.getTime() >= Date.parse(sent.expiresAt!)) {
        throw new ProceedingsPreconditionError(
          'token',
          `the link expired at ${chinaMinuteOf(new Date(sent.expiresAt!))}; ask the commission to send a new one`,
        );
      }
      const wrongCodes = sent.wrongCodes ?? 0;
      if (wrongCodes >= ELECTRONIC_SERVICE_MAX_WRONG_CODES) {
        throw new ProceedingsPreconditionError(
          'code',
          `${ELECTRONIC_SERVICE_MAX_WRONG_CODES} wrong codes were entered: the link is locked; ask the commission to send a new one`,
        );
      }
      if (!sameHash(sent.codeHash ?? '', hashServiceCode(request.token, request.code))) {
        // Counted before the refusal: the count is the one change a wrong code makes.
        await this.cases.saveChanges(
          { ...record, electronicService: { ...sent, wrongCodes: wrongCodes + 1 } },
          record.version,
          [],
        );
        const left = ELECTRONIC_SERVICE_MAX_WRONG_CODES - wrongCodes - 1;
        throw new ProceedingsPreconditionError(
          'code',
          left > 0
            ? `the code does not match: receipt is not confirmed, nothing is served; ${left} tries left`
            : 'the code does not match, and the link is now locked: ask the commission to send a new one',
        );
      }
      const delivery: Delivery = {
        method: 'ELECTRONIC',
        link: sent.link!,
        sentAt: sent.sentAt!,
        deliveredAt: request.deliveredAt || sent.sentAt!,
        codeCheck: { checkedAt: now.toISOString(), matched: true },
      };
      // Served: the code's hash has nothing left to check; the token's stays, so the link says it is served.
      const { codeHash: _spent, ...kept } = sent;
      const changed = await applicationCopyServed(
        this.cases,
        { ...record, electronicService: kept },
        delivery,
        now,
        sent.consent,
      );
      await this.cases.saveChanges(changed.record, record.version, [changed.step]);
      return { ...changed.record, version: record.version + 1 };
    });
  }

  /** The case the token was sent for: the portal of the case's county only, the token itself the credential. */
  private async sentFor(caller: Caller, token: string) {
    if (!caller.roles.includes(PORTAL_ROLE)) {
      throw permissionDenied('the electronic service link is opened by the respondent through the public portal');
    }
    if (!TOKEN.test(token ?? '')) {
      throw new InvalidProceedingsInputError('token', 'is not the token of an electronic service link');
    }
    requireCounty(caller, token.slice(0, 6));
    const caseId = await this.links.caseIdOf(hashServiceToken(token));
    const record = caseId ? await this.cases.findById(caseId) : undefined;
    const sent = record?.electronicService;
    if (!record || !sent?.tokenHash || !sameHash(sent.tokenHash, hashServiceToken(token))) {
      throw new CaseNotFoundError('for this electronic service link (it is unknown, or a newer one replaced it)');
    }
    requireCounty(caller, record.countyCode);
    return { record, sent };
  }
}

function requireNotServed(record: ArbitrationCaseRecord, field: string): void {
  if (record.applicationCopyService) {
    throw new ProceedingsPreconditionError(
      field,
      `the application copy was served on ${record.applicationCopyService.servedOn} already`,
    );
  }
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
