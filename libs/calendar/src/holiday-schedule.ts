// Rest days and working days of any year (放假调休). Three sources, each with its say:
// - the statutory holidays, fixed by law for every year (《全国年节及纪念日放假办法》第二条, statutory-holidays.ts);
// - weekends;
// - one State Council General Office notice per year (国务院办公厅关于20xx年部分节假日安排的通知), which only
//   adds bridging rest days and make-up working days (第六条 补假, 第七条 放假调休) and is loaded as data.
// Without a notice for a year its statutory days are still rest days; only the days a notice could
// still change (daysANoticeMayChange) are provisional, so a deadline is provisional only if it touches one.
import { InvalidHolidayScheduleError } from './calendar.errors';
import { addCalendarDays, compareIsoDates, daysBetween, IsoDate, isWeekend, parseIsoDate, yearOf } from './iso-date';
import { daysANoticeMayChange, hasStatutoryRule, statutoryHolidaysOf } from './statutory-holidays';

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
  /** where the published text was read */
  readonly sourceUrl?: string;
  /** the file it was loaded from, named in every error about it */
  readonly source?: string;
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
  /** true when a notice not yet loaded could still make this day a rest day or a working day */
  readonly provisional: boolean;
  /** for a provisional day, the year whose notice could change it (next year's for late December) */
  readonly awaitsNoticeFor?: number;
  /** the notice the answer comes from, or the law for a statutory holiday of a year without a notice */
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

/**
 * Builds a schedule from notices, checking each against the calendar and the law (throws
 * InvalidHolidayScheduleError naming the notice's file when it has one).
 */
export function createHolidaySchedule(notices: readonly HolidayNotice[]): HolidaySchedule {
  const byYear = new Map<number, HolidayNotice>();
  const special = new Map<IsoDate, { kind: 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKING_DAY'; name: string; year: number }>();

  for (const notice of notices) {
    const where = noticeLabel(notice);
    checkNoticeHeader(notice, where);
    const earlier = byYear.get(notice.year);
    if (earlier) {
      throw new InvalidHolidayScheduleError(
        `${where}: two holiday notices for ${notice.year} (the other is ${noticeLabel(earlier)}); a year has exactly one`,
      );
    }
    byYear.set(notice.year, notice);

    const mark = (date: IsoDate, kind: 'PUBLIC_HOLIDAY' | 'MAKE_UP_WORKING_DAY', name: string) => {
      // A notice may reach into the neighbouring year (元旦 of 2024 began on 2023-12-30), no further.
      if (Math.abs(yearOf(date) - notice.year) > 1) {
        throw new InvalidHolidayScheduleError(`${where} lists ${date}, outside ${notice.year} and its neighbours`);
      }
      const existing = special.get(date);
      if (existing) {
        throw new InvalidHolidayScheduleError(
          `${where}: ${date} appears twice (${existing.name} in the ${existing.year} notice, ${name} in the ${notice.year} notice)`,
        );
      }
      special.set(date, { kind, name, year: notice.year });
    };

    for (const range of notice.holidays) {
      const from = parseIsoDate(range.from, `${where}, ${range.name}, from`);
      const to = parseIsoDate(range.to, `${where}, ${range.name}, to`);
      const length = daysBetween(from, to) + 1;
      if (length < 1 || length > MAX_HOLIDAY_RANGE_DAYS) {
        throw new InvalidHolidayScheduleError(
          `${where}, ${range.name}: ${from}..${to} is not a range of 1–${MAX_HOLIDAY_RANGE_DAYS} days`,
        );
      }
      for (let date = from; compareIsoDates(date, to) <= 0; date = addCalendarDays(date, 1)) {
        mark(date, 'PUBLIC_HOLIDAY', range.name);
      }
    }
    for (const makeUp of notice.makeUpWorkingDays) {
      const date = parseIsoDate(makeUp.date, `${where}, make-up day for ${makeUp.name}`);
      // A make-up working day is by definition a weekend day worked in exchange for a holiday.
      if (!isWeekend(date)) {
        throw new InvalidHolidayScheduleError(`${where}: make-up working day ${date} is not a Saturday or Sunday`);
      }
      mark(date, 'MAKE_UP_WORKING_DAY', makeUp.name);
    }
    // The notice arranges the holidays the law grants; it cannot take one away (第二条).
    for (const holiday of statutoryHolidaysOf(notice.year)) {
      const entry = special.get(holiday.date);
      if (entry?.kind !== 'PUBLIC_HOLIDAY') {
        throw new InvalidHolidayScheduleError(
          `${where}: ${holiday.date} (${holiday.name}) is a statutory holiday under ${holiday.citation}, ` +
            (entry ? `but the notice makes it a working day` : `but the notice does not list it as a rest day`),
        );
      }
    }
  }

  const frozen = Object.freeze([...notices]);
  const years = Object.freeze([...byYear.keys()].sort((a, b) => a - b));
  // A day is unsettled while a notice that could arrange it is missing: its own year's, or next
  // year's for late December (元旦's reach).
  const awaitedNotice = (date: IsoDate): number | undefined => {
    const year = yearOf(date);
    if (!byYear.has(year) && !hasStatutoryRule(year)) return year;
    return [year, year + 1].find((y) => !byYear.has(y) && daysANoticeMayChange(y).has(date));
  };
  return {
    notices: frozen,
    years,
    hasYear: (year) => byYear.has(year),
    statusOf(input: IsoDate): DayStatus {
      const date = parseIsoDate(input);
      const entry = special.get(date);
      if (entry) {
        return {
          date,
          working: entry.kind === 'MAKE_UP_WORKING_DAY',
          kind: entry.kind,
          holidayName: entry.name,
          provisional: false,
          citation: byYear.get(entry.year)?.citation,
        };
      }
      const year = yearOf(date);
      const statutory = statutoryHolidaysOf(year).filter((h) => h.date === date);
      if (statutory.length > 0) {
        return {
          date,
          working: false,
          kind: 'PUBLIC_HOLIDAY',
          holidayName: statutory.map((h) => h.name).join('、'),
          provisional: false,
          citation: statutory[0].citation,
        };
      }
      const weekend = isWeekend(date);
      const notice = byYear.get(year);
      const awaitsNoticeFor = awaitedNotice(date);
      return {
        date,
        working: !weekend,
        kind: weekend ? 'WEEKEND' : 'WEEKDAY',
        provisional: awaitsNoticeFor !== undefined,
        ...(awaitsNoticeFor !== undefined ? { awaitsNoticeFor } : {}),
        ...(notice ? { citation: notice.citation } : {}),
      };
    },
  };
}

/** A new schedule with more years, e.g. when a county enters next year's notice before a release. */
export function extendHolidaySchedule(base: HolidaySchedule, notices: readonly HolidayNotice[]): HolidaySchedule {
  return createHolidaySchedule([...base.notices, ...notices]);
}

function noticeLabel(notice: HolidayNotice): string {
  return notice.source ?? `${String(notice.year)} notice`;
}

function checkNoticeHeader(notice: HolidayNotice, where: string): void {
  if (!Number.isInteger(notice.year)) {
    throw new InvalidHolidayScheduleError(
      `${where}: holiday notice year must be an integer; got ${String(notice.year)}`,
    );
  }
  parseIsoDate(`${String(notice.year).padStart(4, '0')}-01-01`, `${where}, year`);
  if (typeof notice.citation !== 'string' || notice.citation.trim() === '') {
    throw new InvalidHolidayScheduleError(
      `${where}: holiday notice for ${notice.year} has no citation of the published notice`,
    );
  }
  parseIsoDate(notice.issuedOn, `${where}, issuedOn`);
}
