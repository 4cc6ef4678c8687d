// Counting a period (期间计算), the one way every deadline in OneWindow is computed:
// - the start day is not counted (民事诉讼法 Art. 85 期间开始的时和日，不计算在期间内; 民法典 Art. 201);
// - a period that ends on a rest day (weekend or public holiday) ends on the next working day
//   (民事诉讼法 Art. 85 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期; 民法典 Art. 203);
// - months and years end on the corresponding day, or the month's last day when there is none (民法典 Art. 202);
// - working-day periods count only working days after the start day (make-up working days count, holidays do not).
// Which limits count working days is not decided here: each DeadlineRule carries its unit with its citation.
import { InvalidDeadlineRuleError, InvalidPeriodError } from './calendar.errors';
import { CHINA_HOLIDAY_SCHEDULE } from './china-holiday-schedule';
import { DayStatus, HolidaySchedule } from './holiday-schedule';
import { addCalendarDays, addMonths, compareIsoDates, IsoDate, parseIsoDate } from './iso-date';

export type PeriodUnit = 'CALENDAR_DAYS' | 'WORKING_DAYS' | 'MONTHS' | 'YEARS';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

export interface PeriodResult {
  /** the last day of the period, already moved off a rest day */
  readonly due: IsoDate;
  /** true when a day that decided the result could still be changed by a notice not yet loaded */
  readonly provisional: boolean;
  /** those days, ascending: the weekdays that may become rest days and weekend days that may become working days */
  readonly provisionalDays: readonly IsoDate[];
  /** why the due date is what it is, in Chinese for the timeline (moves, month ends, missing years) */
  readonly notes: readonly string[];
}

/** A statutory or designated time limit as configuration: its period and the legal text it comes from. */
export interface DeadlineRule {
  /** stable id, e.g. 'arbitration.acceptance-decision' */
  readonly id: string;
  readonly period: Period;
  /** Chinese legal citation, e.g. '《劳动争议调解仲裁法》第二十九条；《劳动人事争议仲裁办案规则》第八十条' */
  readonly citation: string;
}

export interface Deadline extends PeriodResult {
  readonly ruleId: string;
  readonly start: IsoDate;
  readonly citation: string;
}

export const CIVIL_PROCEDURE_PERIOD_CITATION = '《中华人民共和国民事诉讼法》第八十五条';
export const CIVIL_CODE_PERIOD_CITATION = '《中华人民共和国民法典》第二百零一条至第二百零三条';

// Upper bounds that no labor-law period comes near; larger amounts are input mistakes.
const MAX_AMOUNT: Record<PeriodUnit, number> = {
  CALENDAR_DAYS: 3660,
  WORKING_DAYS: 2500,
  MONTHS: 240,
  YEARS: 20,
};
// No run of rest days in any notice comes near this; a longer one means a broken schedule.
const MAX_CONSECUTIVE_REST_DAYS = 40;

const KIND_ZH: Record<DayStatus['kind'], string> = {
  WEEKDAY: '工作日',
  WEEKEND: '周末',
  PUBLIC_HOLIDAY: '法定节假日',
  MAKE_UP_WORKING_DAY: '调休上班日',
};

/** The due date of `period` counted from `start` (the start day itself not counted). */
export function addPeriod(
  start: IsoDate,
  period: Period,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): PeriodResult {
  const from = parseIsoDate(start, 'period start');
  assertPeriod(period);
  const tracker = new ProvisionalTracker(schedule);
  const notes: string[] = [];

  let candidate: IsoDate;
  switch (period.unit) {
    case 'WORKING_DAYS':
      return countWorkingDays(from, period.amount, tracker);
    case 'CALENDAR_DAYS':
      candidate = addCalendarDays(from, period.amount);
      break;
    case 'MONTHS':
    case 'YEARS': {
      const months = period.unit === 'YEARS' ? period.amount * 12 : period.amount;
      candidate = addMonths(from, months);
      if (Number(candidate.slice(8)) !== Number(from.slice(8))) {
        notes.push(`${from} 起算的期间在到期月没有对应日，以月末 ${candidate} 为期间最后一日（民法典第二百零二条）`);
      }
      break;
    }
  }

  const due = moveOffRestDays(candidate, tracker, notes);
  return tracker.result(due, notes);
}

/** addPeriod for a configured rule, keeping the rule's id and citation with the result. */
export function computeDeadline(
  rule: DeadlineRule,
  start: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): Deadline {
  assertDeadlineRule(rule);
  const result = addPeriod(start, rule.period, schedule);
  return { ruleId: rule.id, start, citation: rule.citation, ...result };
}

export function assertPeriod(period: Period): void {
  if (period === null || typeof period !== 'object')
    throw new InvalidPeriodError(`period must be an object; got ${String(period)}`);
  if (!(period.unit in MAX_AMOUNT)) {
    throw new InvalidPeriodError(
      `period unit must be one of ${Object.keys(MAX_AMOUNT).join(', ')}; got '${String(period.unit)}'`,
    );
  }
  const max = MAX_AMOUNT[period.unit];
  if (!Number.isInteger(period.amount) || period.amount < 1 || period.amount > max) {
    throw new InvalidPeriodError(
      `period amount must be a whole number from 1 to ${max} for ${period.unit}; got ${String(period.amount)}`,
    );
  }
}

export function assertDeadlineRule(rule: DeadlineRule): void {
  if (typeof rule?.id !== 'string' || rule.id.trim() === '') {
    throw new InvalidDeadlineRuleError('a deadline rule needs a non-empty id');
  }
  if (typeof rule.citation !== 'string' || rule.citation.trim() === '') {
    throw new InvalidDeadlineRuleError(`deadline rule '${rule.id}' needs the legal citation it comes from`);
  }
  try {
    assertPeriod(rule.period);
  } catch (error) {
    throw new InvalidDeadlineRuleError(`deadline rule '${rule.id}': ${(error as Error).message}`);
  }
}

function countWorkingDays(from: IsoDate, amount: number, tracker: ProvisionalTracker): PeriodResult {
  const notes: string[] = [];
  let counted = 0;
  let date = from;
  let restRun = 0;
  while (counted < amount) {
    date = addCalendarDays(date, 1);
    const status = tracker.statusOf(date);
    if (status.working) {
      counted += 1;
      restRun = 0;
      if (status.kind === 'MAKE_UP_WORKING_DAY') {
        notes.push(`${date} 为${status.holidayName ?? ''}调休上班日，计入工作日`);
      }
    } else if (++restRun > MAX_CONSECUTIVE_REST_DAYS) {
      throw new InvalidPeriodError(
        `more than ${MAX_CONSECUTIVE_REST_DAYS} rest days in a row after ${from}: check the holiday schedule`,
      );
    }
  }
  return tracker.result(date, notes);
}

function moveOffRestDays(candidate: IsoDate, tracker: ProvisionalTracker, notes: string[]): IsoDate {
  const first = tracker.statusOf(candidate);
  if (first.working) return candidate;
  let date = candidate;
  for (let i = 0; i < MAX_CONSECUTIVE_REST_DAYS; i += 1) {
    date = addCalendarDays(date, 1);
    if (tracker.statusOf(date).working) {
      const what = first.holidayName ? `${KIND_ZH[first.kind]}（${first.holidayName}）` : KIND_ZH[first.kind];
      notes.push(`期间届满日 ${candidate} 为${what}，顺延至其后第一个工作日 ${date}`);
      return date;
    }
  }
  throw new InvalidPeriodError(
    `more than ${MAX_CONSECUTIVE_REST_DAYS} rest days in a row after ${candidate}: check the holiday schedule`,
  );
}

/**
 * Looks days up and remembers the ones a missing notice could still change. Only days the count
 * looked at can move the result: for calendar days, months and years the last day and the rest days
 * it is moved over; for working days every day after the start up to the due date.
 */
class ProvisionalTracker {
  private readonly unsettled = new Map<IsoDate, number>();

  constructor(private readonly schedule: HolidaySchedule) {}

  statusOf(date: IsoDate): DayStatus {
    const status = this.schedule.statusOf(date);
    if (status.awaitsNoticeFor !== undefined) this.unsettled.set(date, status.awaitsNoticeFor);
    return status;
  }

  result(due: IsoDate, notes: readonly string[]): PeriodResult {
    const provisionalDays = [...this.unsettled.keys()].sort(compareIsoDates);
    return {
      due,
      provisional: provisionalDays.length > 0,
      provisionalDays,
      notes: [...notes, ...this.notes(provisionalDays)],
    };
  }

  private notes(days: readonly IsoDate[]): string[] {
    const years = [...new Set(days.map((day) => this.unsettled.get(day) as number))].sort((a, b) => a - b);
    return years.map((year) => {
      const affected = days.filter((day) => this.unsettled.get(day) === year).join('、');
      return (
        `${year}年节假日安排（国务院办公厅关于${year}年部分节假日安排的通知）尚未录入：法定节假日已按《全国年节及纪念日放假办法》计入，` +
        `${affected} 可能因放假调休而改变，期限为暂定（provisional: missing holiday schedule for ${year}）`
      );
    });
  }
}
