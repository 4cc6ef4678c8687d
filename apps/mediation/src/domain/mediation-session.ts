// Mediation sessions (调解会议). Art. 13 (调解劳动争议，应当充分听取双方当事人对事实和理由的陈述): both parties
// are noticed and their attendance recorded; the mediator keeps a record (调解笔录; 人民调解法 Art. 27
// 人民调解员应当记录调解情况). On site or online (seed 五(三) 在线调解): for an online session only the
// meeting link is kept, https only, because the video stays on the existing platform.
// A session is held within the mediation period: not in the past (against the service's clock) and not
// after the period's last day unless both parties agreed to extend it (Art. 14; see mediation-period).
import { compareIsoDates } from '@onewindow/calendar';
import { InvalidMediationInputError, MediationParty, MediationPreconditionError } from './mediation.errors';
import {
  assertCounty,
  assertInstant,
  assertNow,
  assertParty,
  assertText,
  CountyCode,
  dayInChina,
  Instant,
} from './mediation-input.validation';
import { MediationPeriod } from './mediation-period';

export const SESSION_CITATION = '《劳动争议调解仲裁法》第十三条、第十四条；《人民调解法》第二十七条';

export const SESSION_RECORD_MIN_CHARS = 10;
export const SESSION_RECORD_MAX_CHARS = 4000;
const MAX_LINK_LENGTH = 500;

export type SessionVenue =
  | { readonly mode: 'ON_SITE'; readonly place: string }
  | { readonly mode: 'ONLINE'; readonly meetingLink: string };

export type Attendance = 'PRESENT' | 'ABSENT';

export interface SessionNotice {
  readonly recipient: MediationParty;
  readonly document: '调解会议通知';
  readonly startsAt: Instant;
  readonly venue: SessionVenue;
}

export interface MediationSession {
  readonly countyCode: CountyCode;
  readonly startsAt: Instant;
  readonly venue: SessionVenue;
  /** who the service must notify of what; sending is the service's */
  readonly notices: readonly SessionNotice[];
  readonly attendance: Partial<Record<MediationParty, Attendance>>;
  /** 调解笔录 */
  readonly record?: string;
  readonly citation: string;
}

export function scheduleSession(
  input: { readonly countyCode: CountyCode; readonly startsAt: Instant; readonly venue: SessionVenue },
  context: { readonly now: Date; readonly period: MediationPeriod },
): MediationSession {
  assertCounty(input.countyCode, 'countyCode');
  assertInstant(input.startsAt, 'startsAt');
  assertNow(context.now);
  const venue = checkedVenue(input.venue);
  if (context.period?.countyCode !== input.countyCode) {
    throw new InvalidMediationInputError(
      'countyCode',
      `the session's county is not the case's ${String(context.period?.countyCode)}`,
    );
  }
  if (Date.parse(input.startsAt) <= context.now.getTime()) {
    throw new InvalidMediationInputError(
      'startsAt',
      `a session cannot be scheduled in the past (${input.startsAt} is not after ${context.now.toISOString()})`,
    );
  }
  const day = dayInChina(input.startsAt);
  if (compareIsoDates(day, context.period.dueOn) > 0) {
    throw new MediationPreconditionError(
      'startsAt',
      `${day} is after the mediation period's last day ${context.period.dueOn} (劳动争议调解仲裁法第十四条); ` +
        'record an extension both parties agreed to first',
    );
  }
  const notice = (recipient: MediationParty): SessionNotice => ({
    recipient,
    document: '调解会议通知',
    startsAt: input.startsAt,
    venue,
  });
  return {
    countyCode: input.countyCode,
    startsAt: input.startsAt,
    venue,
    notices: [notice('WORKER'), notice('EMPLOYER')],
    attendance: {},
    citation: SESSION_CITATION,
  };
}

/** Attendance is known only once the session has begun. */
export function recordAttendance(
  session: MediationSession,
  entry: { readonly party: MediationParty; readonly attendance: Attendance },
  now: Date,
): MediationSession {
  assertParty(entry?.party, 'party');
  if (entry.attendance !== 'PRESENT' && entry.attendance !== 'ABSENT') {
    throw new InvalidMediationInputError('attendance', `must be PRESENT or ABSENT; got ${String(entry.attendance)}`);
  }
  assertHasBegun(session, now, 'attendance');
  return { ...session, attendance: { ...session.attendance, [entry.party]: entry.attendance } };
}

export function recordSessionRecord(session: MediationSession, record: string, now: Date): MediationSession {
  assertText(record, 'record', { min: SESSION_RECORD_MIN_CHARS, max: SESSION_RECORD_MAX_CHARS });
  assertHasBegun(session, now, 'record');
  return { ...session, record: record.trim() };
}

function assertHasBegun(session: MediationSession, now: Date, field: string): void {
  assertNow(now);
  if (now.getTime() < Date.parse(session.startsAt)) {
    throw new MediationPreconditionError(field, `the session starting ${session.startsAt} has not begun`);
  }
}

function checkedVenue(venue: SessionVenue): SessionVenue {
  if (venue?.mode === 'ON_SITE') {
    assertText(venue.place, 'venue.place', { min: 2, max: 200 });
    return { mode: 'ON_SITE', place: venue.place.trim() };
  }
  if (venue?.mode === 'ONLINE') {
    const link = venue.meetingLink;
    let url: URL | undefined;
    try {
      url = typeof link === 'string' && link.length <= MAX_LINK_LENGTH ? new URL(link) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password) {
      throw new InvalidMediationInputError(
        'venue.meetingLink',
        `must be an https:// meeting link of at most ${MAX_LINK_LENGTH} characters without credentials; got ${String(link)}`,
      );
    }
    return { mode: 'ONLINE', meetingLink: url.toString() };
  }
  throw new InvalidMediationInputError(
    'venue.mode',
    `must be ON_SITE or ONLINE; got ${String((venue as { mode?: unknown })?.mode)}`,
  );
}
