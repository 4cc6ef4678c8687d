import {
  addCalendarDays,
  addPeriod,
  CHINA_HOLIDAY_SCHEDULE,
  compareIsoDates,
  extendHolidaySchedule,
  IsoDate,
  Period,
} from './index';
import { NOTICE_2027_FIXTURE } from './testing/holiday-notice-2027.fixture';

const withNotice = extendHolidaySchedule(CHINA_HOLIDAY_SCHEDULE, [NOTICE_2027_FIXTURE]);

const daysFrom = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const days: IsoDate[] = [];
  for (let d = from; compareIsoDates(d, to) <= 0; d = addCalendarDays(d, 1)) days.push(d);
  return days;
};

describe('loading a 2027 notice (a test fixture, not the real notice) changes only what was provisional', () => {
  it('is marked as a fixture', () => {
    expect(NOTICE_2027_FIXTURE.citation).toContain('测试样例，并非真实通知');
  });

  it('changes a day between working and rest only where the day was provisional', () => {
    const changed = daysFrom('2026-12-01', '2027-12-31').filter(
      (d) => CHINA_HOLIDAY_SCHEDULE.statusOf(d).working !== withNotice.statusOf(d).working,
    );
    expect(changed.length).toBeGreaterThan(10); // the fixture's bridging and make-up days
    expect(changed.filter((d) => !CHINA_HOLIDAY_SCHEDULE.statusOf(d).provisional)).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(['2027-02-09', '2027-02-12', '2027-01-31', '2027-10-09']));
  });

  it('settles every day of 2027 up to the reach of 元旦 2028', () => {
    const stillProvisional = daysFrom('2027-01-01', '2027-12-31').filter((d) => withNotice.statusOf(d).provisional);
    expect(stillProvisional.every((d) => compareIsoDates(d, '2027-12-20') >= 0)).toBe(true);
  });

  it.each<[string, Period]>([
    ['5 working days', { amount: 5, unit: 'WORKING_DAYS' }],
    ['45 calendar days', { amount: 45, unit: 'CALENDAR_DAYS' }],
  ])('leaves every final %s deadline starting in 2027 unchanged, and settles the provisional ones', (_, period) => {
    for (const start of daysFrom('2026-12-01', '2027-12-01')) {
      const before = addPeriod(start, period);
      const after = addPeriod(start, period, withNotice);
      if (!before.provisional) expect([start, after.due]).toEqual([start, before.due]);
      if (compareIsoDates(after.due, '2027-12-20') < 0) expect([start, after.provisional]).toEqual([start, false]);
    }
  });

  it('moves the Spring Festival acceptance deadline to the fixture’s first working day after the holiday', () => {
    // Fixture: rest 2/5–2/13, then Sunday 2/14: 2/4 (1), 2/15 (2) … 2/18 (5).
    expect(addPeriod('2027-02-03', { amount: 5, unit: 'WORKING_DAYS' }, withNotice)).toMatchObject({
      due: '2027-02-18',
      provisional: false,
    });
  });
});
