import { LunarDay } from 'tyme4ts';
import { statutoryHolidaysOf } from './index';

describe('lunar dates come from the almanac table (tyme4ts), not from Intl’s Chinese calendar', () => {
  it('gives 正月初一 2027 as 2027-02-06: the new moon falls at about 23:56 Beijing time that day', () => {
    const newYear = LunarDay.fromYmd(2027, 1, 1).getSolarDay();
    expect([newYear.getYear(), newYear.getMonth(), newYear.getDay()]).toEqual([2027, 2, 6]);
    expect(
      statutoryHolidaysOf(2027)
        .filter((h) => h.name === '春节')
        .map((h) => h.date),
    ).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('computes every festival of a year without touching Intl (whose ICU data says 2027-02-07)', () => {
    const spy = jest.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('the calendar must not rely on Intl');
    });
    try {
      // A year not computed before in this process, so nothing comes from a cache.
      expect(statutoryHolidaysOf(2031).map((h) => h.date)).toContain('2031-01-22'); // 除夕 2031
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
