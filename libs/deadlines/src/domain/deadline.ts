// A deadline that watches itself (期限监控): registered with its legal basis, warned about a set number
// of working days before it is due, breached (超期) once its due day has passed unmet, and ended when
// what was due is done (met) or no longer due (cancelled). Every move is one of the functions below;
// the store and the scan only carry them out.
import {
  addCalendarDays,
  CHINA_HOLIDAY_SCHEDULE,
  compareIsoDates,
  type HolidaySchedule,
  type IsoDate,
  isIsoDate,
  isWorkingDay,
} from '@onewindow/calendar';

export type DeadlineState = 'RUNNING' | 'WARNED' | 'BREACHED' | 'MET' | 'CANCELLED';

/** What a service says about one kind of its deadlines: configuration, with the article it comes from. */
export interface DeadlineKind {
  /** e.g. ARBITRATION_ACCEPTANCE_DECISION */
  readonly kind: string;
  /** what is due, in Chinese, e.g. 受理审查期限 */
  readonly label: string;
  /** e.g. 《劳动争议调解仲裁法》第二十九条 */
  readonly legalBasis: string;
  /** warn when this many working days remain, the due day included; 0: no warning before the breach */
  readonly warnWorkingDaysBefore: number;
}

export interface Deadline {
  /** `${kind}:${subjectId}`: one deadline of a kind per subject, so registering again changes nothing */
  readonly deadlineId: string;
  readonly countyCode: string;
  readonly matterId: string;
  readonly matterNumber: string;
  /** the service that registered and watches it */
  readonly service: string;
  readonly kind: string;
  readonly label: string;
  readonly legalBasis: string;
  /** the case, referral or other record it belongs to */
  readonly subjectId: string;
  readonly dueOn: IsoDate;
  readonly warnOn: IsoDate;
  readonly provisional: boolean;
  readonly state: DeadlineState;
  readonly registeredAt: string;
  readonly warnedAt?: string;
  readonly breachedAt?: string;
  readonly endedAt?: string;
  readonly endReason?: string;
}

export type DeadlineEventType =
  | 'DeadlineRegistered'
  | 'DeadlineWarned'
  | 'DeadlineBreached'
  | 'DeadlineMet'
  | 'DeadlineCancelled';

/** A deadline after a move, and what the move announces (nothing when it changed nothing). */
export interface DeadlineMove {
  readonly deadline: Deadline;
  readonly events: readonly DeadlineEventType[];
}

export interface DeadlineRegistration {
  readonly countyCode: string;
  readonly matterId: string;
  readonly matterNumber: string;
  readonly subjectId: string;
  readonly dueOn: IsoDate;
  readonly provisional?: boolean;
  /** Where the period is set case by case (a county's rule), its basis instead of the kind's. */
  readonly legalBasis?: string;
}

export class InvalidDeadlineError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidDeadlineError';
  }
}

const ENDED: readonly DeadlineState[] = ['MET', 'CANCELLED'];
// No labor-law warning period comes near this; a larger one is a configuration mistake.
const MAX_WARNING_WORKING_DAYS = 30;

export function deadlineIdOf(kind: string, subjectId: string): string {
  return `${kind}:${subjectId}`;
}

export function assertDeadlineKind(kind: DeadlineKind): void {
  if (!/^[A-Z][A-Z0-9_]*$/.test(kind.kind)) {
    throw new InvalidDeadlineError('kind', `a deadline kind is UPPER_SNAKE_CASE, not “${kind.kind}”`);
  }
  if (kind.label.trim() === '') throw new InvalidDeadlineError('label', `deadline kind ${kind.kind} has no label`);
  if (kind.legalBasis.trim() === '') {
    throw new InvalidDeadlineError('legalBasis', `deadline kind ${kind.kind} has no legal basis`);
  }
  const days = kind.warnWorkingDaysBefore;
  if (!Number.isInteger(days) || days < 0 || days > MAX_WARNING_WORKING_DAYS) {
    throw new InvalidDeadlineError(
      'warnWorkingDaysBefore',
      `deadline kind ${kind.kind}: the warning period is a whole number of working days from 0 to ${MAX_WARNING_WORKING_DAYS}, not ${days}`,
    );
  }
}

/**
 * The day the warning is due: the day on which `workingDays` working days remain, the due day
 * included (2 for a Friday deadline: Thursday). Never before `notBefore` (a deadline registered
 * inside its own warning period is warned about at once); with 0, the due day itself is never warned
 * about, so the warning day is the day after it and the breach comes first.
 */
export function warningDayOf(
  dueOn: IsoDate,
  workingDays: number,
  notBefore: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): IsoDate {
  if (workingDays === 0) return addCalendarDays(dueOn, 1);
  let day = dueOn;
  let remaining = isWorkingDay(day, schedule) ? 1 : 0;
  while (remaining < workingDays && compareIsoDates(day, notBefore) > 0) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day, schedule)) remaining += 1;
  }
  return compareIsoDates(day, notBefore) < 0 ? notBefore : day;
}

export function registerDeadline(
  service: string,
  kind: DeadlineKind,
  registration: DeadlineRegistration,
  now: Date,
  today: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): Deadline {
  assertDeadlineKind(kind);
  // A case an office opened itself (inspection's 主动监察) has no matter: its matterId is empty and its
  // matterNumber is the office's own case number, what the supervisor's alert shows.
  for (const field of ['countyCode', 'matterNumber', 'subjectId'] as const) {
    if (registration[field].trim() === '') throw new InvalidDeadlineError(field, `a deadline names its ${field}`);
  }
  if (!isIsoDate(registration.dueOn)) {
    throw new InvalidDeadlineError('dueOn', `the due day is a date YYYY-MM-DD, not “${registration.dueOn}”`);
  }
  return {
    deadlineId: deadlineIdOf(kind.kind, registration.subjectId),
    countyCode: registration.countyCode,
    matterId: registration.matterId,
    matterNumber: registration.matterNumber,
    service,
    kind: kind.kind,
    label: kind.label,
    legalBasis: registration.legalBasis?.trim() || kind.legalBasis,
    subjectId: registration.subjectId,
    dueOn: registration.dueOn,
    warnOn: warningDayOf(registration.dueOn, kind.warnWorkingDaysBefore, today, schedule),
    provisional: registration.provisional ?? false,
    state: 'RUNNING',
    registeredAt: now.toISOString(),
  };
}

/**
 * The days the scan must look at a deadline, filed once at registration: its warning day and the
 * day after it is due (the due day itself still counts as in time).
 */
export function watchDaysOf(deadline: Deadline): IsoDate[] {
  return [...new Set([deadline.warnOn, dayAfterDue(deadline)])];
}

/**
 * What `today` does to a deadline: a breach once its due day has passed (a deadline never warned
 * about is breached without a late warning), else a warning from its warning day; ended and
 * breached deadlines stay as they are.
 */
export function observeDeadline(deadline: Deadline, today: IsoDate, now: Date): DeadlineMove {
  const unchanged = { deadline, events: [] };
  if (deadline.state !== 'RUNNING' && deadline.state !== 'WARNED') return unchanged;
  if (compareIsoDates(today, deadline.dueOn) > 0) {
    return {
      deadline: { ...deadline, state: 'BREACHED', breachedAt: now.toISOString() },
      events: ['DeadlineBreached'],
    };
  }
  if (deadline.state === 'RUNNING' && compareIsoDates(today, deadline.warnOn) >= 0) {
    return { deadline: { ...deadline, state: 'WARNED', warnedAt: now.toISOString() }, events: ['DeadlineWarned'] };
  }
  return unchanged;
}

/** What was due was done: the watch stops (a breach stays recorded beside it). Repeats change nothing. */
export function meetDeadline(deadline: Deadline, now: Date, reason: string): DeadlineMove {
  return end(deadline, 'MET', now, reason, 'DeadlineMet');
}

/** No longer due (the case ended another way): the watch stops. Repeats change nothing. */
export function cancelDeadline(deadline: Deadline, now: Date, reason: string): DeadlineMove {
  return end(deadline, 'CANCELLED', now, reason, 'DeadlineCancelled');
}

const RANK: Record<DeadlineState, number> = { RUNNING: 0, WARNED: 1, BREACHED: 2, MET: 3, CANCELLED: 3 };

/**
 * Whether news of a deadline in state `incoming` moves a projection that has seen `seen`: a deadline
 * only moves forward, so a repeated or late event (at-least-once delivery) changes nothing.
 */
export function movesForward(seen: DeadlineState | undefined, incoming: DeadlineState): boolean {
  return seen === undefined || RANK[incoming] > RANK[seen];
}

/** Open warnings and breaches: what the supervisor's queue shows. */
export function needsAttention(deadline: Deadline): boolean {
  return deadline.state === 'WARNED' || deadline.state === 'BREACHED';
}

function end(
  deadline: Deadline,
  state: 'MET' | 'CANCELLED',
  now: Date,
  reason: string,
  event: DeadlineEventType,
): DeadlineMove {
  if (ENDED.includes(deadline.state)) return { deadline, events: [] };
  const why = reason.trim();
  if (why === '') throw new InvalidDeadlineError('reason', `ending deadline ${deadline.deadlineId} needs a reason`);
  return { deadline: { ...deadline, state, endedAt: now.toISOString(), endReason: why }, events: [event] };
}

function dayAfterDue(deadline: Deadline): IsoDate {
  return addCalendarDays(deadline.dueOn, 1);
}
