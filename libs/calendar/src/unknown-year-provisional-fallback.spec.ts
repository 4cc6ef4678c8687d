import { addPeriod, CHINA_HOLIDAY_SCHEDULE, describeDay, extendHolidaySchedule, isWorkingDay } from './index';
import { NOTICE_2027_FIXTURE } from './testing/holiday-notice-2027.fixture';

describe('a year with no loaded notice (2027) rests on its statutory days and is provisional only where a notice could act', () => {
  it('rests on 元旦 2027 by law and moves a deadline ending on it, provisional on the days after', () => {
    // 2026-12-30 + 2 = 2027-01-01 (元旦, a Friday); 1/2–1/3 may become make-up days, 1/4 a bridge.
    const result = addPeriod('2026-12-30', { amount: 2, unit: 'CALENDAR_DAYS' });
    expect(result).toMatchObject({ due: '2027-01-04', provisional: true });
    expect(result.provisionalDays).toEqual(['2027-01-02', '2027-01-03', '2027-01-04']);
    expect(result.notes.join('\n')).toContain('期间届满日 2027-01-01 为法定节假日（元旦）');
    expect(result.notes.join('\n')).toContain('missing holiday schedule for 2027');
  });

  it('skips 元旦 2027 in a working-day period that crosses into 2027', () => {
    // 12/31 (1), 1/1 元旦, 1/4 (2), 1/5 (3).
    expect(addPeriod('2026-12-30', { amount: 3, unit: 'WORKING_DAYS' })).toMatchObject({
      due: '2027-01-05',
      provisional: true,
    });
  });

  it('marks late December 2026 provisional, because the 2027 notice arranges 元旦 2027', () => {
    expect(describeDay('2026-12-31')).toMatchObject({ working: true, provisional: true, awaitsNoticeFor: 2027 });
    expect(addPeriod('2026-12-01', { amount: 10, unit: 'CALENDAR_DAYS' }).provisional).toBe(false);
  });

  it('describes each kind of day: statutory fixed, nearby days provisional, distant days final', () => {
    expect(describeDay('2027-01-01')).toMatchObject({ working: false, kind: 'PUBLIC_HOLIDAY', provisional: false });
    expect(describeDay('2027-01-02')).toMatchObject({ working: false, kind: 'WEEKEND', provisional: true });
    expect(describeDay('2027-03-10')).toMatchObject({ working: true, kind: 'WEEKDAY', provisional: false });
    expect(describeDay('2027-03-13')).toMatchObject({ working: false, kind: 'WEEKEND', provisional: false });
    expect(describeDay('2027-03-10').citation).toBeUndefined();
  });

  it('becomes final once the notice is loaded, without changing the shared default', () => {
    const schedule = extendHolidaySchedule(CHINA_HOLIDAY_SCHEDULE, [NOTICE_2027_FIXTURE]);
    expect(schedule.years).toEqual([2025, 2026, 2027]);
    expect(isWorkingDay('2027-01-04', schedule)).toBe(true);
    expect(addPeriod('2026-12-30', { amount: 2, unit: 'CALENDAR_DAYS' }, schedule)).toMatchObject({
      due: '2027-01-04',
      provisional: false,
    });
    expect(CHINA_HOLIDAY_SCHEDULE.hasYear(2027)).toBe(false);
  });

  it('treats years before the loaded ones the same way, under the law then in force', () => {
    expect(addPeriod('2024-03-01', { amount: 10, unit: 'CALENDAR_DAYS' }).provisional).toBe(false);
    expect(describeDay('2024-02-10')).toMatchObject({ working: false, holidayName: '春节', provisional: false });
    expect(addPeriod('2024-02-05', { amount: 5, unit: 'WORKING_DAYS' }).provisional).toBe(true);
  });

  it('counts only weekends, all provisional, before 2008 where no version of the law is encoded', () => {
    expect(describeDay('2005-05-02')).toMatchObject({ working: true, provisional: true, awaitsNoticeFor: 2005 });
  });
});
