import {
  addCalendarDays,
  CHINA_HOLIDAY_NOTICE_2025,
  CHINA_HOLIDAY_NOTICE_2026,
  CHINA_HOLIDAY_SCHEDULE,
  daysANoticeMayChange,
  daysBetween,
  describeDay,
  HolidayNotice,
  statutoryHolidaysOf,
  weekdayOf,
} from './index';

// 《全国年节及纪念日放假办法》（2024年修订）第二条, computed for each year. 中秋 and 国庆 overlap in 2028.
const TABLE: Record<number, Record<string, string[]>> = {
  2025: {
    元旦: ['2025-01-01'],
    春节: ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    清明节: ['2025-04-04'],
    劳动节: ['2025-05-01', '2025-05-02'],
    端午节: ['2025-05-31'],
    中秋节: ['2025-10-06'],
    国庆节: ['2025-10-01', '2025-10-02', '2025-10-03'],
  },
  2026: {
    元旦: ['2026-01-01'],
    春节: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
    清明节: ['2026-04-05'],
    劳动节: ['2026-05-01', '2026-05-02'],
    端午节: ['2026-06-19'],
    中秋节: ['2026-09-25'],
    国庆节: ['2026-10-01', '2026-10-02', '2026-10-03'],
  },
  2027: {
    元旦: ['2027-01-01'],
    春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
    清明节: ['2027-04-05'],
    劳动节: ['2027-05-01', '2027-05-02'],
    端午节: ['2027-06-09'],
    中秋节: ['2027-09-15'],
    国庆节: ['2027-10-01', '2027-10-02', '2027-10-03'],
  },
  2028: {
    元旦: ['2028-01-01'],
    春节: ['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'],
    清明节: ['2028-04-04'],
    劳动节: ['2028-05-01', '2028-05-02'],
    端午节: ['2028-05-28'],
    中秋节: ['2028-10-03'],
    国庆节: ['2028-10-01', '2028-10-02', '2028-10-03'],
  },
  2029: {
    元旦: ['2029-01-01'],
    春节: ['2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15'],
    清明节: ['2029-04-04'],
    劳动节: ['2029-05-01', '2029-05-02'],
    端午节: ['2029-06-16'],
    中秋节: ['2029-09-22'],
    国庆节: ['2029-10-01', '2029-10-02', '2029-10-03'],
  },
  2030: {
    元旦: ['2030-01-01'],
    春节: ['2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05'],
    清明节: ['2030-04-05'],
    劳动节: ['2030-05-01', '2030-05-02'],
    端午节: ['2030-06-05'],
    中秋节: ['2030-09-12'],
    国庆节: ['2030-10-01', '2030-10-02', '2030-10-03'],
  },
};

const byFestival = (year: number) => {
  const festivals: Record<string, string[]> = {};
  for (const { name, date } of statutoryHolidaysOf(year)) (festivals[name] ??= []).push(date);
  return festivals;
};

const restDaysOf = (notice: HolidayNotice) =>
  new Set(
    notice.holidays.flatMap((range) =>
      Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => addCalendarDays(range.from, i)),
    ),
  );

describe('statutory holidays come from the law for every year (全国年节及纪念日放假办法 2024年修订 第二条)', () => {
  it.each(Object.keys(TABLE).map(Number))('gives the thirteen statutory days of %i', (year) => {
    expect(byFestival(year)).toEqual(TABLE[year]);
    expect(statutoryHolidaysOf(year)).toHaveLength(13);
    expect(statutoryHolidaysOf(year)[0].citation).toBe(
      '《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）第二条',
    );
  });

  it('puts 除夕 2027 on 2027-02-05, the day before 正月初一 2027-02-06', () => {
    expect(byFestival(2027)['春节'][0]).toBe('2027-02-05');
    expect(describeDay('2027-02-05')).toMatchObject({ working: false, kind: 'PUBLIC_HOLIDAY', holidayName: '春节' });
  });

  it.each([
    [2025, CHINA_HOLIDAY_NOTICE_2025],
    [2026, CHINA_HOLIDAY_NOTICE_2026],
  ])('finds every statutory day of %i among the rest days of its notice', (year, notice) => {
    const rest = restDaysOf(notice);
    expect(statutoryHolidaysOf(year).filter((h) => !rest.has(h.date))).toEqual([]);
    const statutory = new Set(statutoryHolidaysOf(year).map((h) => h.date));
    expect(notice.makeUpWorkingDays.filter((d) => statutory.has(d.date))).toEqual([]);
  });

  it.each([
    [2025, CHINA_HOLIDAY_NOTICE_2025, 15],
    [2026, CHINA_HOLIDAY_NOTICE_2026, 20],
  ])(
    'counts the other rest days of the %i notice as its bridging days, each within the reach of a provisional day',
    (year, notice, bridging) => {
      const statutory = new Set(statutoryHolidaysOf(year).map((h) => h.date));
      const weekendOrBridging = [...restDaysOf(notice)].filter((d) => !statutory.has(d));
      const bridgingWeekdays = weekendOrBridging.filter((d) => weekdayOf(d) < 6);
      expect(weekendOrBridging).toHaveLength(bridging);
      // So a deadline computed before the notice was loaded was marked provisional wherever the notice moved it.
      const reach = daysANoticeMayChange(year);
      expect(bridgingWeekdays.filter((d) => !reach.has(d))).toEqual([]);
      expect(notice.makeUpWorkingDays.filter((d) => !reach.has(d.date))).toEqual([]);
    },
  );

  it('lists the 2026 bridging weekdays that the notice adds to the law', () => {
    const statutory = new Set(statutoryHolidaysOf(2026).map((h) => h.date));
    const bridging = [...restDaysOf(CHINA_HOLIDAY_NOTICE_2026)].filter((d) => !statutory.has(d) && weekdayOf(d) < 6);
    // 1/2 (元旦), 2/20 and 2/23 (春节), 4/6 (清明 on a Sunday, 第六条补假), 5/4–5/5, 10/5–10/7.
    expect(bridging.sort()).toEqual([
      '2026-01-02',
      '2026-02-20',
      '2026-02-23',
      '2026-04-06',
      '2026-05-04',
      '2026-05-05',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
  });

  it('loads the repository notices as the national schedule, with their sources', () => {
    expect(CHINA_HOLIDAY_SCHEDULE.years).toEqual([2025, 2026]);
    expect(CHINA_HOLIDAY_NOTICE_2025.citation).toBe(
      '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    );
    expect(CHINA_HOLIDAY_NOTICE_2026.citation).toBe('国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）');
    expect(CHINA_HOLIDAY_SCHEDULE.notices.map((n) => n.sourceUrl)).toEqual([
      CHINA_HOLIDAY_NOTICE_2025.sourceUrl,
      CHINA_HOLIDAY_NOTICE_2026.sourceUrl,
    ]);
  });

  it('applies the law in force each year: before 2025 春节 was 初一–初三 and 劳动节 one day (2013年修订)', () => {
    expect(byFestival(2024)).toMatchObject({
      春节: ['2024-02-10', '2024-02-11', '2024-02-12'],
      劳动节: ['2024-05-01'],
    });
    expect(statutoryHolidaysOf(2024)[0].citation).toContain('国务院令第644号');
    expect(byFestival(2013)['春节']).toEqual(['2013-02-09', '2013-02-10', '2013-02-11']); // 除夕、初一、初二 (2007年修订)
    expect(statutoryHolidaysOf(2007)).toEqual([]);
  });
});
