// The hearing (开庭).
// - On site in a hearing room, or online (在线庭审) with only the meeting link recorded: https, no credentials.
// - Notice (开庭通知) of the date and place in writing to both parties at least 5 days before the hearing
//   (劳动争议调解仲裁法 Art. 35; 办案规则 Art. 38); "五日" are working days (办案规则 Art. 80). Counted as every
//   period is (the day of service not counted): the hearing may be held from the fifth working day after
//   the notice was served; earlier is refused, naming startsAt.
// - A party with good reason may ask to postpone up to 3 days (working days) before the hearing; whether
//   to postpone is the commission's decision (Art. 35). A later request is refused, naming requestedOn.
// - The record (庭审笔录) once the hearing has been held (Art. 40; 办案规则 Art. 42).
// - A hearing room holds one hearing at a time: a booking that overlaps another in the same room is
//   refused, naming the other hearing.
// What follows a party's absence (Art. 36) is another rule's.
import {
  addPeriod,
  compareIsoDates,
  CHINA_HOLIDAY_SCHEDULE,
  HolidaySchedule,
  IsoDate,
  addCalendarDays,
} from '@onewindow/calendar';
import { ArbitrationParty, InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertClock,
  assertCountyCode,
  assertIdValue,
  assertInstantValue,
  assertIsoDate,
  assertPartyValue,
  assertTextValue,
  checkedHttpsLink,
  chinaDayOf,
  IsoInstant,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';

export const HEARING_CITATION =
  '《劳动争议调解仲裁法》第三十五条、第四十条；《劳动人事争议仲裁办案规则》第三十八条、第四十二条、第八十条';

export const HEARING_NOTICE_WORKING_DAYS = 5;
export const POSTPONEMENT_REQUEST_WORKING_DAYS = 3;
export const HEARING_RECORD_MIN_CHARS = 10;
export const HEARING_RECORD_MAX_CHARS = 20_000;
const MAX_HEARING_HOURS = 12;

export type HearingVenue =
  | { readonly mode: 'ON_SITE'; readonly roomId: string; readonly place: string }
  | { readonly mode: 'ONLINE'; readonly meetingLink: string };

export type HearingStatus = 'SCHEDULED' | 'POSTPONED' | 'HELD';

/** A hearing already booked in a room, as the room's calendar holds it. */
export interface RoomBooking {
  readonly hearingId: string;
  readonly roomId: string;
  readonly startsAt: IsoInstant;
  readonly endsAt: IsoInstant;
  readonly status?: HearingStatus;
}

export interface HearingInput {
  readonly countyCode: CountyCode;
  readonly hearingId: string;
  readonly startsAt: IsoInstant;
  readonly endsAt: IsoInstant;
  readonly venue: HearingVenue;
  /** the day the written notice is served on the parties */
  readonly noticeServedOn: IsoDate;
}

export interface HearingContext {
  /** the case's county */
  readonly countyCode: CountyCode;
  readonly now: Date;
  /** the room's booked hearings (for an on-site hearing) */
  readonly roomBookings?: readonly RoomBooking[];
  /** a collective dispute is heard first (办案规则 Art. 5) */
  readonly priority?: boolean;
  readonly schedule?: HolidaySchedule;
}

export interface HearingNotice {
  readonly recipient: ArbitrationParty;
  readonly document: '开庭通知书';
  readonly startsAt: IsoInstant;
  readonly venue: HearingVenue;
  readonly servedOn: IsoDate;
}

export interface PostponementRequest {
  readonly party: ArbitrationParty;
  readonly requestedOn: IsoDate;
  readonly reason: string;
  readonly decision?: 'GRANTED' | 'REFUSED';
  readonly decidedOn?: IsoDate;
  readonly decisionReason?: string;
}

export interface HearingRecord {
  /** 庭审笔录 */
  readonly text: string;
  readonly clerkId: string;
  readonly recordedAt: IsoInstant;
}

export interface Hearing {
  readonly countyCode: CountyCode;
  readonly hearingId: string;
  readonly startsAt: IsoInstant;
  readonly endsAt: IsoInstant;
  readonly venue: HearingVenue;
  readonly noticeServedOn: IsoDate;
  /** the first day the hearing could be held after that notice */
  readonly earliestHearingDay: IsoDate;
  /** the last day a party may ask to postpone */
  readonly lastPostponementRequestDay: IsoDate;
  readonly notices: readonly HearingNotice[];
  readonly status: HearingStatus;
  readonly priority: boolean;
  readonly postponementRequests: readonly PostponementRequest[];
  readonly record?: HearingRecord;
  readonly citation: string;
}

/** The first day a hearing may be held when its notice is served on `noticeServedOn` (Art. 35). */
export function earliestHearingDay(
  noticeServedOn: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): IsoDate {
  return addPeriod(noticeServedOn, { amount: HEARING_NOTICE_WORKING_DAYS, unit: 'WORKING_DAYS' }, schedule).due;
}

/** The last day a party may ask to postpone a hearing held on `hearingDay` (开庭三日前, Art. 35). */
export function lastPostponementRequestDay(
  hearingDay: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): IsoDate {
  const period = { amount: POSTPONEMENT_REQUEST_WORKING_DAYS, unit: 'WORKING_DAYS' } as const;
  // The latest day from which three working days still end on or before the hearing day.
  let day = addCalendarDays(hearingDay, -1);
  for (let i = 0; i < 60; i += 1, day = addCalendarDays(day, -1)) {
    if (compareIsoDates(addPeriod(day, period, schedule).due, hearingDay) <= 0) return day;
  }
  throw new InvalidProceedingsInputError(
    'startsAt',
    `no day in the 60 days before ${hearingDay} leaves three working days`,
  );
}

export function scheduleHearing(input: HearingInput, context: HearingContext): Hearing {
  assertCountyCode(input?.countyCode);
  assertCountyCode(context?.countyCode, 'case.countyCode');
  if (input.countyCode !== context.countyCode) {
    throw new InvalidProceedingsInputError('countyCode', `the case belongs to county ${context.countyCode}`);
  }
  assertIdValue(input.hearingId, 'hearingId');
  assertInstantValue(input.startsAt, 'startsAt');
  assertInstantValue(input.endsAt, 'endsAt');
  assertIsoDate(input.noticeServedOn, 'noticeServedOn');
  assertClock(context.now);
  if (context.priority !== undefined) assertBoolean(context.priority, 'priority');
  const venue = checkedVenue(input.venue);
  const start = Date.parse(input.startsAt);
  const end = Date.parse(input.endsAt);
  if (end <= start || end - start > MAX_HEARING_HOURS * 3_600_000) {
    throw new InvalidProceedingsInputError(
      'endsAt',
      `must be after startsAt and at most ${MAX_HEARING_HOURS} hours later; got ${input.startsAt} to ${input.endsAt}`,
    );
  }
  if (start <= context.now.getTime()) {
    throw new InvalidProceedingsInputError(
      'startsAt',
      `a hearing cannot be scheduled in the past (${input.startsAt} is not after ${context.now.toISOString()})`,
    );
  }
  const schedule = context.schedule ?? CHINA_HOLIDAY_SCHEDULE;
  const hearingDay = chinaDayOf(input.startsAt);
  const earliest = earliestHearingDay(input.noticeServedOn, schedule);
  if (compareIsoDates(hearingDay, earliest) < 0) {
    // The notice day and the hearing day contradict the rule: bad input, named where the clerk fixes it.
    throw new InvalidProceedingsInputError(
      'noticeServedOn',
      `a hearing on ${hearingDay} gives less than ${HEARING_NOTICE_WORKING_DAYS} working days' notice from ${input.noticeServedOn}; ` +
        `仲裁庭应当在开庭五日前书面通知 (劳动争议调解仲裁法第三十五条): hold it on ${earliest} or later, or serve the notice earlier`,
    );
  }
  if (venue.mode === 'ON_SITE') {
    assertRoomFree(
      { hearingId: input.hearingId, roomId: venue.roomId, startsAt: input.startsAt, endsAt: input.endsAt },
      context.roomBookings ?? [],
    );
  }
  const notice = (recipient: ArbitrationParty): HearingNotice => ({
    recipient,
    document: '开庭通知书',
    startsAt: input.startsAt,
    venue,
    servedOn: input.noticeServedOn,
  });
  return {
    countyCode: input.countyCode,
    hearingId: input.hearingId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venue,
    noticeServedOn: input.noticeServedOn,
    earliestHearingDay: earliest,
    lastPostponementRequestDay: lastPostponementRequestDay(hearingDay, schedule),
    notices: [notice('WORKER'), notice('EMPLOYER')],
    status: 'SCHEDULED',
    priority: context.priority === true,
    postponementRequests: [],
    citation: HEARING_CITATION,
  };
}

/**
 * Refuses a booking that overlaps another hearing in the same room ([start, end) intervals: one may start
 * when the other ends). Postponed bookings free the room; the hearing's own booking is skipped (a move).
 */
export function assertRoomFree(
  candidate: {
    readonly hearingId: string;
    readonly roomId: string;
    readonly startsAt: IsoInstant;
    readonly endsAt: IsoInstant;
  },
  bookings: readonly RoomBooking[],
): void {
  if (!Array.isArray(bookings)) throw new InvalidProceedingsInputError('roomBookings', 'must be a list');
  const start = Date.parse(candidate.startsAt);
  const end = Date.parse(candidate.endsAt);
  const clash = bookings.find(
    (b) =>
      b.roomId === candidate.roomId &&
      b.hearingId !== candidate.hearingId &&
      b.status !== 'POSTPONED' &&
      Date.parse(b.startsAt) < end &&
      start < Date.parse(b.endsAt),
  );
  if (clash) {
    throw new ProceedingsPreconditionError(
      'startsAt',
      `room ${candidate.roomId} is booked for hearing ${clash.hearingId} from ${clash.startsAt} to ${clash.endsAt}; ` +
        'a hearing room holds one hearing at a time: choose another time or room',
    );
  }
}

export function requestPostponement(
  hearing: Hearing,
  input: { readonly party: ArbitrationParty; readonly requestedOn: IsoDate; readonly reason: string },
): Hearing {
  assertPartyValue(input?.party, 'party');
  assertIsoDate(input.requestedOn, 'requestedOn');
  assertTextValue(input.reason, 'reason', { min: 2, max: 2000 });
  assertScheduled(hearing, 'requestedOn');
  if (hearing.postponementRequests.some((r) => r.decision === undefined)) {
    throw new ProceedingsPreconditionError(
      'requestedOn',
      'a request to postpone this hearing awaits the commission’s decision',
    );
  }
  if (compareIsoDates(input.requestedOn, hearing.lastPostponementRequestDay) > 0) {
    throw new ProceedingsPreconditionError(
      'requestedOn',
      `${input.requestedOn} is too late: a party may ask to postpone up to three working days before the hearing ` +
        `(当事人有正当理由的，可以在开庭三日前请求延期开庭, 劳动争议调解仲裁法第三十五条), that is by ${hearing.lastPostponementRequestDay}`,
    );
  }
  const request: PostponementRequest = {
    party: input.party,
    requestedOn: input.requestedOn,
    reason: input.reason.trim(),
  };
  return { ...hearing, postponementRequests: [...hearing.postponementRequests, request] };
}

/** The commission decides whether to postpone (是否延期，由劳动争议仲裁委员会决定, Art. 35). */
export function decidePostponement(
  hearing: Hearing,
  input: { readonly granted: boolean; readonly decidedOn: IsoDate; readonly reason: string },
): Hearing {
  assertBoolean(input?.granted, 'granted');
  assertIsoDate(input.decidedOn, 'decidedOn');
  assertTextValue(input.reason, 'reason', { min: 2, max: 2000 });
  const index = hearing.postponementRequests.findIndex((r) => r.decision === undefined);
  if (index < 0) throw new ProceedingsPreconditionError('granted', 'no request to postpone awaits a decision');
  const request = hearing.postponementRequests[index];
  if (compareIsoDates(input.decidedOn, request.requestedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'decidedOn',
      `${input.decidedOn} is before the request (${request.requestedOn})`,
    );
  }
  const decided: PostponementRequest = {
    ...request,
    decision: input.granted ? 'GRANTED' : 'REFUSED',
    decidedOn: input.decidedOn,
    decisionReason: input.reason.trim(),
  };
  return {
    ...hearing,
    // A postponed hearing frees its room; the new date is a new hearing with its own five days' notice.
    status: input.granted ? 'POSTPONED' : hearing.status,
    postponementRequests: hearing.postponementRequests.map((r, i) => (i === index ? decided : r)),
  };
}

/** The 庭审笔录, once the hearing has begun; the hearing is then held. */
export function recordHearing(
  hearing: Hearing,
  input: { readonly text: string; readonly clerkId: string },
  now: Date,
): Hearing {
  assertTextValue(input?.text, 'text', { min: HEARING_RECORD_MIN_CHARS, max: HEARING_RECORD_MAX_CHARS });
  assertIdValue(input.clerkId, 'clerkId');
  assertClock(now);
  if (hearing.status === 'POSTPONED') {
    throw new ProceedingsPreconditionError(
      'text',
      `hearing ${hearing.hearingId} was postponed: there is nothing to record`,
    );
  }
  if (hearing.record) {
    throw new ProceedingsPreconditionError(
      'text',
      `the record was kept at ${hearing.record.recordedAt}; a correction is asked for and noted in it (劳动争议调解仲裁法第四十条)`,
    );
  }
  if (now.getTime() < Date.parse(hearing.startsAt)) {
    throw new ProceedingsPreconditionError('text', `the hearing starting ${hearing.startsAt} has not begun`);
  }
  return {
    ...hearing,
    status: 'HELD',
    record: { text: input.text.trim(), clerkId: input.clerkId, recordedAt: now.toISOString() },
  };
}

function assertScheduled(hearing: Hearing, field: string): void {
  if (hearing?.status !== 'SCHEDULED') {
    throw new ProceedingsPreconditionError(
      field,
      `hearing ${String(hearing?.hearingId)} is ${String(hearing?.status)}, not SCHEDULED`,
    );
  }
}

function checkedVenue(venue: HearingVenue): HearingVenue {
  if (venue?.mode === 'ON_SITE') {
    assertIdValue(venue.roomId, 'venue.roomId');
    assertTextValue(venue.place, 'venue.place', { min: 2, max: 200 });
    return { mode: 'ON_SITE', roomId: venue.roomId, place: venue.place.trim() };
  }
  if (venue?.mode === 'ONLINE') {
    return { mode: 'ONLINE', meetingLink: checkedHttpsLink(venue.meetingLink, 'venue.meetingLink') };
  }
  throw new InvalidProceedingsInputError(
    'venue.mode',
    `must be ON_SITE or ONLINE; got ${String((venue as { mode?: unknown })?.mode)}`,
  );
}
