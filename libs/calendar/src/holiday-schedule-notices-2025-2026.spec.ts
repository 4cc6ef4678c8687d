import {
  CHINA_HOLIDAY_NOTICE_2025,
  CHINA_HOLIDAY_NOTICE_2026,
  CHINA_HOLIDAY_SCHEDULE,
  daysBetween,
  weekdayOf,
} from './index';

const restDays = (notice: typeof CHINA_HOLIDAY_NOTICE_2025) =>
  notice.holidays.reduce((sum, range) => sum + daysBetween(range.from, range.to) + 1, 0);

describe('the 2025 and 2026 notices as entered', () => {
  it('cites each State Council General Office notice', () => {
    expect(CHINA_HOLIDAY_NOTICE_2025.citation).toBe(
      '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    );
    expect(CHINA_HOLIDAY_NOTICE_2026.citation).toContain('国务院办公厅关于2026年部分节假日安排的通知');
    expect(CHINA_HOLIDAY_SCHEDULE.years).toEqual([2025, 2026]);
  });

  it('has the published number of rest days and make-up days', () => {
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
    expect(restDays(CHINA_HOLIDAY_NOTICE_2025)).toBe(28);
    expect(restDays(CHINA_HOLIDAY_NOTICE_2026)).toBe(33);
    expect(CHINA_HOLIDAY_NOTICE_2025.makeUpWorkingDays.map((d) => d.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(CHINA_HOLIDAY_NOTICE_2026.makeUpWorkingDays.map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('matches the weekdays printed in the notices', () => {
    expect(weekdayOf('2025-01-26')).toBe(7); // (周日)
    expect(weekdayOf('2025-02-08')).toBe(6); // (周六)
    expect(weekdayOf('2026-02-15')).toBe(7); // 春节 starts 腊月二十八、周日
    expect(weekdayOf('2026-02-23')).toBe(1); // ends 正月初七、周一
    expect(weekdayOf('2026-10-07')).toBe(3); // 国庆节 ends 周三
  });
});
