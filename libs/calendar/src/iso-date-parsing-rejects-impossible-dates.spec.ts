import { InvalidIsoDateError, isIsoDate, parseIsoDate } from './index';

describe('IsoDate parsing rejects what is not a real calendar date', () => {
  it.each([
    ['2026-02-30', 'month 2 of 2026 has 28 days'],
    ['2025-02-29', 'month 2 of 2025 has 28 days'],
    ['2026-04-31', 'month 4 of 2026 has 30 days'],
    ['2026-13-01', 'there is no month 13'],
    ['2026-00-10', 'there is no month 0'],
    ['2026-01-00', 'month 1 of 2026 has 31 days'],
    ['2026-1-5', "not in the form 'YYYY-MM-DD'"],
    ['20260105', "not in the form 'YYYY-MM-DD'"],
    [' 2026-01-05', "not in the form 'YYYY-MM-DD'"],
    ['2026-01-05T00:00:00Z', "not in the form 'YYYY-MM-DD'"],
    ['1899-12-31', 'year outside 1900–2199'],
  ])('rejects %s (%s)', (value, reason) => {
    expect(() => parseIsoDate(value, 'applicant.birthDate')).toThrow(InvalidIsoDateError);
    expect(() => parseIsoDate(value, 'applicant.birthDate')).toThrow(reason);
    expect(() => parseIsoDate(value, 'applicant.birthDate')).toThrow(/applicant\.birthDate/);
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([[20260105], [null], [undefined], [new Date('2026-01-05')]])('rejects the non-string %p', (value) => {
    expect(() => parseIsoDate(value)).toThrow(InvalidIsoDateError);
  });

  it('accepts 29 February in a leap year, including the 400-year rule', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(isIsoDate('2100-02-29')).toBe(false);
  });
});
