import {
  CHINA_HOLIDAY_SCHEDULE,
  createHolidaySchedule,
  extendHolidaySchedule,
  HolidayNotice,
  InvalidHolidayScheduleError,
} from './index';

const base: HolidayNotice = {
  year: 2027,
  citation: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）',
  issuedOn: '2026-11-01',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  makeUpWorkingDays: [],
};

describe('a holiday notice that contradicts the calendar is refused when loaded', () => {
  it('refuses a second notice for a year already loaded', () => {
    expect(() => extendHolidaySchedule(CHINA_HOLIDAY_SCHEDULE, [{ ...base, year: 2026 }])).toThrow(
      'two holiday notices for 2026',
    );
  });

  it('refuses a make-up working day that is not a weekend day', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, makeUpWorkingDays: [{ name: '元旦', date: '2027-01-05' }] }]),
    ).toThrow('is not a Saturday or Sunday');
  });

  it('refuses a day that is both a holiday and a make-up working day', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, makeUpWorkingDays: [{ name: '元旦', date: '2027-01-02' }] }]),
    ).toThrow(InvalidHolidayScheduleError);
  });

  it('refuses a notice without a citation', () => {
    expect(() => createHolidaySchedule([{ ...base, citation: ' ' }])).toThrow('has no citation');
  });

  it('refuses a backwards or impossible range', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, holidays: [{ name: '元旦', from: '2027-01-03', to: '2027-01-01' }] }]),
    ).toThrow('is not a range');
    expect(() =>
      createHolidaySchedule([{ ...base, holidays: [{ name: '春节', from: '2027-02-30', to: '2027-03-02' }] }]),
    ).toThrow('month 2 of 2027 has 28 days');
  });

  it('refuses dates far from the notice year', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, holidays: [{ name: '元旦', from: '2029-01-01', to: '2029-01-01' }] }]),
    ).toThrow('outside 2027');
  });
});
