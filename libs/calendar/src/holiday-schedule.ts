// Public holidays and make-up working days (放假调休) as data, one State Council General Office notice
// (国务院办公厅关于20xx年部分节假日安排的通知) per year. A year whose notice is not loaded still counts:
// weekends only, and every answer that relied on it says provisional, so nothing crashes in January.
import { InvalidHolidayScheduleError } from './calendar.errors';
import { CHINA_HOLIDAY_NOTICE_2025 } from './china-holidays-2025.data';
import { CHINA_HOLIDAY_NOTICE_2026 } from './china-holidays-2026.data';
import { addCalendarDays, compareIsoDates, daysBetween, IsoDate, isWeekend, parseIsoDate, yearOf } from './iso-date';

export interface HolidayRange {
  /** e.g. '春节' */
  readonly name: string;
  readonly from: IsoDate;
  /** inclusive */
  readonly to: IsoDate;
}

export interface MakeUpWorkingDay {
  /** the holiday the weekend day is worked for, e.g. '春节' */
  readonly name: string;
  readonly date: IsoDate;
}

/** One year's notice, entered as published. */
export interface HolidayNotice {
  readonly year: number;
  /** e.g. '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）' */
  readonly citation: string;
  readonly issuedOn: IsoDate;
  /** every rest day of the arrangement (放假调休), weekends inside a range included */
  readonly holidays: readonly HolidayRange[];
  /** weekend days that are working days (调休上班) */
  readonly makeUpWorkingDays: readonly MakeUpWorkingDay[];
}

export type DayKind = 'WEEKDAY' | 'WEEKEND' | 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKING_DAY';

export interface DayStatus {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly kind: DayKind;
  /** the holiday's name for PUBLIC_HOLIDAY and MAKE_UP_WORKING_DAY */
  readonly holidayName?: string;
  /** true when no notice is loaded for the date's year, so only weekends were considered */
  readonly provisional: boolean;
  /** the notice the answer comes from, when one is loaded for that year */
  readonly citation?: string;
}

export interface HolidaySchedule {
  readonly notices: readonly HolidayNotice[];
  /** years with a loaded notice, ascending */
  readonly years: readonly number[];
  hasYear(year: number): boolean;
  statusOf(date: IsoDate): DayStatus;
}

// No arrangement in the notices so far runs longer than 9 days; a longer range is a typo.
const MAX_HOLIDAY_RANGE_DAYS = 15;

/** Builds a schedule from notices, checking each against the calendar (throws InvalidHolidayScheduleError). */
export function createHolidaySchedule(notices: readonly HolidayNotice[]): HolidaySchedule {
  const byYear = new Map<number, HolidayNotice>();
  const special = new Map<IsoDate, { kind: 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKING_DAY'; name: string; year: number }>();

  for (const notice of notices) {
    checkNoticeHeader(notice);
    if (byYear.has(notice.year)) {
      throw new InvalidHolidayScheduleError(`two holiday notices for ${notice.year}; a year has exactly one`);
    }
    byYear.set(notice.year, notice);

    const mark = (date: IsoDate, kind: 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKING_DAY', name: string) => {
      // A notice may reach into the neighbouring year (元旦 of 2024 began on 2023-12-30), no further.
      if (Math.abs(yearOf(date) - notice.year) > 1) {
        throw new InvalidHolidayScheduleError(
          `${notice.year} notice lists ${date}, outside ${notice.year} and its neighbours`,
        );
      }
      const existing = special.get(date);
      if (existing) {
        throw new InvalidHolidayScheduleError(
          `${date} appears twice (${existing.name} in the ${existing.year} notice, ${name} in the ${notice.year} notice)`,
        );
      }
      special.set(date, { kind, name, year: notice.year });
    };

    for (const range of notice.holidays) {
      const from = parseIsoDate(range.from, `${notice.year} notice, ${range.name}, from`);
      const to = parseIsoDate(range.to, `${notice.year} notice, ${range.name}, to`);
      const length = daysBetween(from, to) + 1;
      if (length < 1 || length > MAX_HOLIDAY_RANGE_DAYS) {
        throw new InvalidHolidayScheduleError(
          `${notice.year} notice, ${range.name}: ${from}..${to} is not a range of 1–${MAX_HOLIDAY_RANGE_DAYS} days`,
        );
      }
      for (let date = from; compareIsoDates(date, to) <= 0; date = addCalendarDays(date, 1)) {
        mark(date, 'PUBLIC_HOLIDAY', range.name);
      }
    }
    for (const makeUp of notice.makeUpWorkingDays) {
      const date = parseIsoDate(makeUp.date, `${notice.year} notice, make-up day for ${makeUp.name}`);
      // A make-up working day is by definition a weekend day worked in exchange for a holiday.
      if (!isWeekend(date)) {
        throw new InvalidHolidayScheduleError(
          `${notice.year} notice: make-up working day ${date} is not a Saturday or Sunday`,
        );
      }
      mark(date, 'MAKE_UP_WORKING_DAY', makeUp.name);
    }
  }

  const frozen = Object.freeze([...notices]);
  const years = Object.freeze([...byYear.keys()].sort((a, b) => a - b));
  return {
    notices: frozen,
    years,
    hasYear: (year) => byYear.has(year),
    statusOf(input: IsoDate): DayStatus {
      const date = parseIsoDate(input);
      const year = yearOf(date);
      const notice = byYear.get(year);
      const entry = special.get(date);
      if (entry) {
        const source = byYear.get(entry.year);
        return {
          date,
          working: entry.kind === 'MAKE_UP_WORKING_DAY',
          kind: entry.kind,
          holidayName: entry.name,
          provisional: false,
          citation: source?.citation,
        };
      }
      const weekend = isWeekend(date);
      return {
        date,
        working: !weekend,
        kind: weekend ? 'WEEKEND' : 'WEEKDAY',
        provisional: notice === undefined,
        ...(notice ? { citation: notice.citation } : {}),
      };
    },
  };
}

/** A new schedule with more years, e.g. when a county enters next year's notice before a release. */
export function extendHolidaySchedule(base: HolidaySchedule, notices: readonly HolidayNotice[]): HolidaySchedule {
  return createHolidaySchedule([...base.notices, ...notices]);
}

/** The national schedule as published: 2025 and 2026. */
export const CHINA_HOLIDAY_SCHEDULE: HolidaySchedule = createHolidaySchedule([
  CHINA_HOLIDAY_NOTICE_2025,
  CHINA_HOLIDAY_NOTICE_2026,
]);

/**
 * Whether public offices work on `date`. For a year with no loaded notice this is weekends-only;
 * use describeDay (or addPeriod) where the caller must know that the answer is provisional.
 */
export function isWorkingDay(date: IsoDate, schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE): boolean {
  return schedule.statusOf(date).working;
}

export function describeDay(date: IsoDate, schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE): DayStatus {
  return schedule.statusOf(date);
}

function checkNoticeHeader(notice: HolidayNotice): void {
  if (!Number.isInteger(notice.year)) {
    throw new InvalidHolidayScheduleError(`holiday notice year must be an integer; got ${String(notice.year)}`);
  }
  parseIsoDate(`${String(notice.year).padStart(4, '0')}-01-01`, `holiday notice year ${notice.year}`);
  if (typeof notice.citation !== 'string' || notice.citation.trim() === '') {
    throw new InvalidHolidayScheduleError(`holiday notice for ${notice.year} has no citation of the published notice`);
  }
  parseIsoDate(notice.issuedOn, `holiday notice for ${notice.year}, issuedOn`);
}
