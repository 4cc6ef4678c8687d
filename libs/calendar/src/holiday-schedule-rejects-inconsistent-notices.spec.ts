import { CHINA_HOLIDAY_SCHEDULE, createHolidaySchedule, extendHolidaySchedule, HolidayNotice } from './index';
import { NOTICE_2027_FIXTURE } from './testing/holiday-notice-2027.fixture';

const base: HolidayNotice = { ...NOTICE_2027_FIXTURE, source: undefined };
const withHolidays = (...holidays: HolidayNotice['holidays']) => ({
  ...base,
  holidays: [...holidays, ...base.holidays.slice(1)],
});

describe('a holiday notice that contradicts the calendar is refused when loaded', () => {
  it('accepts the fixture as it is', () => {
    expect(createHolidaySchedule([base]).years).toEqual([2027]);
  });

  it('refuses a second notice for a year already loaded', () => {
    expect(() => extendHolidaySchedule(CHINA_HOLIDAY_SCHEDULE, [base, base])).toThrow('two holiday notices for 2027');
  });

  it('refuses a make-up working day that is not a weekend day', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, makeUpWorkingDays: [{ name: '元旦', date: '2027-01-05' }] }]),
    ).toThrow('is not a Saturday or Sunday');
  });

  it('refuses a day that is both a holiday and a make-up working day', () => {
    expect(() =>
      createHolidaySchedule([{ ...base, makeUpWorkingDays: [{ name: '元旦', date: '2027-01-02' }] }]),
    ).toThrow('2027-01-02 appears twice');
  });

  it('refuses a notice without a citation', () => {
    expect(() => createHolidaySchedule([{ ...base, citation: ' ' }])).toThrow('has no citation');
  });

  it('refuses a backwards or impossible range', () => {
    expect(() => createHolidaySchedule([withHolidays({ name: '元旦', from: '2027-01-03', to: '2027-01-01' })])).toThrow(
      'is not a range',
    );
    expect(() => createHolidaySchedule([withHolidays({ name: '春节', from: '2027-02-30', to: '2027-03-02' })])).toThrow(
      'month 2 of 2027 has 28 days',
    );
  });

  it('refuses dates far from the notice year', () => {
    expect(() => createHolidaySchedule([withHolidays({ name: '元旦', from: '2029-01-01', to: '2029-01-01' })])).toThrow(
      'outside 2027',
    );
  });
});
