import {
  addPeriod,
  CHINA_HOLIDAY_SCHEDULE,
  describeDay,
  extendHolidaySchedule,
  HolidayNotice,
  isWorkingDay,
} from './index';

// A made-up 2027 notice, as a county would enter it when the State Council publishes the real one.
const notice2027ForTest: HolidayNotice = {
  year: 2027,
  citation: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  issuedOn: '2026-11-01',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkingDays: [],
};

describe('a year with no loaded holiday notice (e.g. 2027) falls back to weekends and says provisional', () => {
  it('does not crash and marks a deadline ending in 2027 provisional, naming the year', () => {
    const result = addPeriod('2026-12-30', { amount: 2, unit: 'CALENDAR_DAYS' });
    expect(result.due).toBe('2027-01-01'); // a Friday: a working day under the weekends-only fallback
    expect(result.provisional).toBe(true);
    expect(result.notes.join('\n')).toContain('2027年节假日安排');
    expect(result.notes.join('\n')).toContain('missing holiday schedule for 2027');
  });

  it('marks a working-day period that crosses into 2027 provisional', () => {
    const result = addPeriod('2026-12-30', { amount: 3, unit: 'WORKING_DAYS' });
    expect(result.due).toBe('2027-01-04');
    expect(result.provisional).toBe(true);
  });

  it('stays final when the period ends inside a loaded year', () => {
    expect(addPeriod('2026-12-01', { amount: 10, unit: 'CALENDAR_DAYS' }).provisional).toBe(false);
  });

  it('describes an unknown-year day as provisional and treats weekends only as rest', () => {
    expect(describeDay('2027-01-01')).toMatchObject({ working: true, kind: 'WEEKDAY', provisional: true });
    expect(describeDay('2027-01-02')).toMatchObject({ working: false, kind: 'WEEKEND', provisional: true });
    expect(describeDay('2027-01-01').citation).toBeUndefined();
  });

  it('becomes final once the year is injected, and the holiday then moves the deadline', () => {
    const schedule = extendHolidaySchedule(CHINA_HOLIDAY_SCHEDULE, [notice2027ForTest]);
    expect(schedule.years).toEqual([2025, 2026, 2027]);
    expect(isWorkingDay('2027-01-01', schedule)).toBe(false);
    const result = addPeriod('2026-12-30', { amount: 2, unit: 'CALENDAR_DAYS' }, schedule);
    expect(result).toMatchObject({ due: '2027-01-04', provisional: false });
    // The shared default is untouched.
    expect(CHINA_HOLIDAY_SCHEDULE.hasYear(2027)).toBe(false);
  });

  it('treats years before the loaded ones the same way', () => {
    expect(addPeriod('2024-03-01', { amount: 10, unit: 'CALENDAR_DAYS' }).provisional).toBe(true);
  });
});
