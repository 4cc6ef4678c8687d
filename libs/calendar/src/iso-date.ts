// Calendar dates as 'YYYY-MM-DD' strings in China Standard Time (UTC+8, no daylight saving since 1991).
// Arithmetic goes through a day number (days since 1970-01-01) so no time zone can shift a date.
import { InvalidInstantError, InvalidIsoDateError, InvalidPeriodError } from './calendar.errors';

/** 'YYYY-MM-DD', a calendar date in China Standard Time. */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

// Dates outside this range are data-entry mistakes in this domain (birth dates, employment, deadlines).
export const MIN_SUPPORTED_YEAR = 1900;
export const MAX_SUPPORTED_YEAR = 2199;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 3_600_000;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Returns the value as an IsoDate, or throws InvalidIsoDateError naming `label` and the reason. */
export function parseIsoDate(value: unknown, label = 'date'): IsoDate {
  partsOf(value, label);
  return value as IsoDate;
}

export function isIsoDate(value: unknown): value is IsoDate {
  try {
    partsOf(value, 'date');
    return true;
  } catch {
    return false;
  }
}

/** The calendar date in China (UTC+8) at the instant `now`. */
export function todayInChina(now: Date): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidInstantError(now);
  const shifted = new Date(now.getTime() + CHINA_STANDARD_TIME_OFFSET_MS);
  return format(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The minute an instant falls on in China Standard Time, as a notice prints it: 2026-12-03 09:30. */
export function chinaMinuteOf(instant: Date): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new InvalidInstantError(instant);
  const shifted = new Date(instant.getTime() + CHINA_STANDARD_TIME_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

export function yearOf(date: IsoDate): number {
  return partsOf(date, 'date').year;
}

export function weekdayOf(date: IsoDate): IsoWeekday {
  const sundayZero = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

export function isWeekend(date: IsoDate): boolean {
  return weekdayOf(date) >= 6;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** Calendar days from `from` to `to`: daysBetween('2026-01-01', '2026-01-31') === 30; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Plain date arithmetic, with no rest-day rule (use addPeriod for deadlines). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new InvalidPeriodError(`days must be an integer; got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The corresponding day `months` later; when that month has no such day, its last day
 * (民法典 Art. 202: 到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日).
 * addMonths('2025-01-31', 1) === '2025-02-28'. No rest-day rule here (use addPeriod for deadlines).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) throw new InvalidPeriodError(`months must be an integer; got ${months}`);
  const { year, month, day } = partsOf(date, 'date');
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const target = format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
  return parseIsoDate(target, 'result of addMonths');
}

/** addMonths(date, 12 × years): 2025-03-31 + 1 year = 2026-03-31; 2024-02-29 + 1 year = 2025-02-28. */
export function addYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isSafeInteger(years)) throw new InvalidPeriodError(`years must be an integer; got ${years}`);
  return addMonths(date, years * 12);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (the UTC calendar is used only as a counter, never as a time zone). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date, 'date');
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return parseIsoDate(format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), 'computed date');
}

function partsOf(value: unknown, label: string): DateParts {
  if (typeof value !== 'string') throw new InvalidIsoDateError(value, label, 'not a string');
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) throw new InvalidIsoDateError(value, label, "not in the form 'YYYY-MM-DD'");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    throw new InvalidIsoDateError(value, label, `year outside ${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`);
  }
  if (month < 1 || month > 12) throw new InvalidIsoDateError(value, label, `there is no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidIsoDateError(value, label, `month ${month} of ${year} has ${daysInMonth(year, month)} days`);
  }
  return { year, month, day };
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
