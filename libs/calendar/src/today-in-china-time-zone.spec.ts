import { chinaMinuteOf, InvalidInstantError, todayInChina } from './index';

describe('todayInChina reads the date in China Standard Time (UTC+8)', () => {
  it('is already tomorrow in Suizhou from 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-01-31T16:00:00.000Z'))).toBe('2026-02-01');
  });

  it('is still today one millisecond before 16:00 UTC', () => {
    expect(todayInChina(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01-31');
  });

  it('crosses the year and a leap day correctly', () => {
    expect(todayInChina(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
    expect(todayInChina(new Date('2024-02-28T20:00:00Z'))).toBe('2024-02-29');
  });

  it('refuses an invalid Date instead of inventing a day', () => {
    expect(() => todayInChina(new Date('not a date'))).toThrow(InvalidInstantError);
  });

  it('prints the China minute of an instant across midnight UTC+8, and refuses an invalid Date', () => {
    expect(chinaMinuteOf(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05');
    expect(chinaMinuteOf(new Date('2026-03-10T09:30:00+08:00'))).toBe('2026-03-10 09:30');
    expect(() => chinaMinuteOf(new Date('not a date'))).toThrow(InvalidInstantError);
  });
});
