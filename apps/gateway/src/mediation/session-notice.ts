// The 调解会议通知 by SMS (劳动争议调解仲裁法 Art. 13: both parties are heard, so both are told when and where).
// The whole number goes to the SMS sender only; mediation, the audit log and every log line get the masked form.
import type * as rest from '@onewindow/gateway-api';

const CHINA_OFFSET_MS = 8 * 60 * 60_000; // China keeps UTC+8 all year (no daylight saving)

/** '13812345678' → '138****5678'; anything else is masked whole (the notice goes to mobiles only). */
export function maskMobile(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '*'.repeat(phone.length);
}

/** An instant as the parties read it, in China time: 2026年3月10日 09:30. */
export function chinaTimeOf(instant: string): string {
  const at = new Date(Date.parse(instant) + CHINA_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${at.getUTCFullYear()}年${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ` +
    `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`
  );
}

/** The text of the notice, the same for the worker and the employer's contact. */
export function sessionNoticeText(notice: {
  matterNumber: string;
  startsAt: string;
  venue: rest.MediationSessionVenue;
}): string {
  const where =
    notice.venue.mode === 'ONLINE' ? `线上会议（线上会议链接 ${notice.venue.meetingLink ?? ''}）` : notice.venue.place;
  return (
    `【随州市劳动保障维权中心】您的劳动争议调解（事项 ${notice.matterNumber}）定于 ` +
    `${chinaTimeOf(notice.startsAt)} 在${where}进行，请准时参加。`
  );
}

/** Who is told, by which number (whole, for the sender) and how mediation records it (masked). */
export interface SessionNoticeRecipient {
  party: 'WORKER' | 'EMPLOYER';
  to: string;
  shownAs: string;
}

const PARTY_ZH = { WORKER: '劳动者', EMPLOYER: '用人单位' } as const;

/** How the session records each notice: 劳动者 短信 138****5678. */
export const noticeRecordOf = (recipient: Pick<SessionNoticeRecipient, 'party' | 'shownAs'>) =>
  `${PARTY_ZH[recipient.party]} 短信 ${recipient.shownAs}`;
