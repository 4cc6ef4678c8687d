// The statutory holidays (全体公民放假的节日) of any year, computed from the law itself:
// 《全国年节及纪念日放假办法》第二条, in the version in force that year. The yearly State Council
// General Office notice never removes one of these days; it only adds bridging rest days and make-up
// working days (第六条 补假, 第七条 放假调休).
//
// Lunar dates (除夕, 正月初一–初三, 端午, 中秋) and the 清明 solar term come from the almanac tables of
// tyme4ts (6tail/tyme4ts, MIT), never from Intl's Chinese calendar: Node 20's ICU puts 正月初一 2027 on
// 2027-02-07, but the new moon falls at about 23:56 Beijing time on 2027-02-06, which is the official date.
import { LunarDay, SolarDay, SolarTerm } from 'tyme4ts';
import { addCalendarDays, compareIsoDates, daysBetween, IsoDate, isWeekend, parseIsoDate } from './iso-date';

export interface StatutoryHoliday {
  readonly date: IsoDate;
  /** the festival, e.g. '春节' */
  readonly name: string;
  /** the version of 全国年节及纪念日放假办法 that makes the day a holiday, with the article */
  readonly citation: string;
}

interface Festival {
  readonly name: string;
  readonly days: (year: number) => IsoDate[];
}

interface HolidayLawVersion {
  /** first calendar year the version governs (each took effect on 1 January) */
  readonly firstYear: number;
  readonly citation: string;
  readonly festivals: readonly Festival[];
}

const isoOf = (day: SolarDay): IsoDate =>
  parseIsoDate(
    `${day.getYear()}-${String(day.getMonth()).padStart(2, '0')}-${String(day.getDay()).padStart(2, '0')}`,
    'almanac date',
  );

const run = (first: IsoDate, count: number): IsoDate[] =>
  Array.from({ length: count }, (_, i) => addCalendarDays(first, i));

const fixed =
  (month: number, day: number, count = 1) =>
  (year: number): IsoDate[] =>
    run(isoOf(SolarDay.fromYmd(year, month, day)), count);

// Lunar year `year` begins in January or February of the same Gregorian year, so its festivals fall in it.
const lunar =
  (month: number, day: number) =>
  (year: number): IsoDate[] => [isoOf(LunarDay.fromYmd(year, month, day).getSolarDay())];

/** `count` days of Spring Festival starting `fromNewYear` days from 正月初一 (-1 is 除夕, the last day of the year). */
const springFestival =
  (fromNewYear: number, count: number) =>
  (year: number): IsoDate[] =>
    run(isoOf(LunarDay.fromYmd(year, 1, 1).next(fromNewYear).getSolarDay()), count);

const qingming = (year: number): IsoDate[] => [isoOf(SolarTerm.fromName(year, '清明').getSolarDay())];

const LAW = '《全国年节及纪念日放假办法》';

const NEW_YEAR: Festival = { name: '元旦', days: fixed(1, 1) };
const QINGMING: Festival = { name: '清明节', days: qingming };
const DRAGON_BOAT: Festival = { name: '端午节', days: lunar(5, 5) };
const MID_AUTUMN: Festival = { name: '中秋节', days: lunar(8, 15) };
const NATIONAL_DAY: Festival = { name: '国庆节', days: fixed(10, 1, 3) };

// Newest first. Years before the oldest version here have no statutory rule encoded.
const HOLIDAY_LAW_VERSIONS: readonly HolidayLawVersion[] = [
  {
    firstYear: 2025,
    citation: `${LAW}（2024年修订，国务院令第795号）第二条`,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: springFestival(-1, 4) }, // 农历除夕、正月初一至初三
      QINGMING,
      { name: '劳动节', days: fixed(5, 1, 2) },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
  {
    firstYear: 2014,
    citation: `${LAW}（2013年修订，国务院令第644号）第二条`,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: springFestival(0, 3) }, // 农历正月初一、初二、初三
      QINGMING,
      { name: '劳动节', days: fixed(5, 1) },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
  {
    firstYear: 2008,
    citation: `${LAW}（2007年修订，国务院令第513号）第二条`,
    festivals: [
      NEW_YEAR,
      { name: '春节', days: springFestival(-1, 3) }, // 农历除夕、正月初一、初二
      QINGMING,
      { name: '劳动节', days: fixed(5, 1) },
      DRAGON_BOAT,
      MID_AUTUMN,
      NATIONAL_DAY,
    ],
  },
];

/**
 * How far a notice reaches around a festival's statutory days, wide enough for every bridging rest day
 * and make-up working day of the notices in recent years (a spec checks the 2025 and 2026 ones):
 * - a weekday at most 5 days before or after may become a rest day, as 补假 for a holiday on a
 *   weekend (第六条) or a bridging day (第七条; 2025 春节 ran to 初七, four days after 初三);
 * - a weekend day at most 10 days before or after may become a make-up working day (第七条; 2026 worked
 *   2/28, nine days after 初三).
 */
export const BRIDGING_REACH_DAYS = 5;
export const MAKE_UP_REACH_DAYS = 10;

const holidaysByYear = new Map<number, readonly StatutoryHoliday[] | null>();
const reachByYear = new Map<number, ReadonlySet<IsoDate>>();

/** Whether a version of the law is encoded for `year` (2008 onwards). */
export function hasStatutoryRule(year: number): boolean {
  return statutoryHolidaysOrNull(year) !== null;
}

/** The statutory holidays of `year` in date order; a date may carry two festivals (中秋 on 10/3 in 2028). */
export function statutoryHolidaysOf(year: number): readonly StatutoryHoliday[] {
  return statutoryHolidaysOrNull(year) ?? [];
}

/**
 * The days of `year`'s arrangement a notice not yet published could still change: weekdays within
 * BRIDGING_REACH_DAYS and weekend days within MAKE_UP_REACH_DAYS of a festival's statutory days
 * (the statutory days themselves are fixed). 元旦's reach runs back into the previous December.
 */
export function daysANoticeMayChange(year: number): ReadonlySet<IsoDate> {
  const cached = reachByYear.get(year);
  if (cached) return cached;
  const statutory = new Set(statutoryHolidaysOf(year).map((h) => h.date));
  const reach = new Set<IsoDate>();
  for (const [first, last] of festivalSpans(statutoryHolidaysOf(year))) {
    const from = addCalendarDays(first, -MAKE_UP_REACH_DAYS);
    const to = addCalendarDays(last, MAKE_UP_REACH_DAYS);
    for (let date = from; compareIsoDates(date, to) <= 0; date = addCalendarDays(date, 1)) {
      if (statutory.has(date)) continue;
      const distance = Math.max(daysBetween(date, first), daysBetween(last, date));
      if (distance <= (isWeekend(date) ? MAKE_UP_REACH_DAYS : BRIDGING_REACH_DAYS)) reach.add(date);
    }
  }
  reachByYear.set(year, reach);
  return reach;
}

function statutoryHolidaysOrNull(year: number): readonly StatutoryHoliday[] | null {
  if (holidaysByYear.has(year)) return holidaysByYear.get(year) ?? null;
  const law = HOLIDAY_LAW_VERSIONS.find((version) => year >= version.firstYear);
  const holidays = law
    ? law.festivals
        .flatMap((festival) =>
          festival.days(year).map((date) => ({ date, name: festival.name, citation: law.citation })),
        )
        .sort((a, b) => compareIsoDates(a.date, b.date))
    : null;
  holidaysByYear.set(year, holidays && Object.freeze(holidays));
  return holidays;
}

/** [first, last] statutory day of each festival. */
function festivalSpans(holidays: readonly StatutoryHoliday[]): [IsoDate, IsoDate][] {
  const spans = new Map<string, [IsoDate, IsoDate]>();
  for (const { name, date } of holidays) {
    const span = spans.get(name);
    spans.set(name, span ? [span[0], date] : [date, date]);
  }
  return [...spans.values()];
}
