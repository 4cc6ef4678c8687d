import { formatMatterNumber, MAX_MATTER_SEQUENCE, parseMatterNumber } from './matter-number';

describe('matter number (事项编号): county-year-sequence', () => {
  it('pads the sequence to six digits', () => {
    expect(formatMatterNumber('421303', 2026, 42)).toBe('421303-2026-000042');
  });

  it('reads back what it formats', () => {
    expect(parseMatterNumber(formatMatterNumber('421381', 2027, MAX_MATTER_SEQUENCE))).toEqual({
      ok: true,
      value: { countyCode: '421381', year: 2027, sequence: 999_999 },
    });
  });

  it.each([
    ['an unknown county', '999999', 2026, 1, "'999999' is not a known county code"],
    ['sequence zero', '421303', 2026, 0, 'sequence 0 is outside 1–999999'],
    ['a sequence beyond six digits', '421303', 2026, 1_000_000, 'sequence 1000000 is outside 1–999999'],
    ['a fractional sequence', '421303', 2026, 4.5, 'sequence 4.5 is outside 1–999999'],
    ['a year outside the calendar', '421303', 1899, 1, 'year 1899 is outside 1900–2199'],
  ])('refuses to format %s', (_label, county, year, sequence, reason) => {
    expect(() => formatMatterNumber(county, year, sequence)).toThrow(
      new RangeError(`cannot format a matter number: ${reason}`),
    );
  });

  it.each([
    ['a short sequence', '421303-2026-42'],
    ['a missing hyphen', '4213032026000042'],
    ['trailing text', '421303-2026-000042x'],
  ])('rejects %s when parsing', (_label, text) => {
    expect(parseMatterNumber(text)).toEqual({ ok: false, reason: expect.stringContaining('is not of the form') });
  });

  it('rejects a well-shaped number of a county this center does not serve', () => {
    expect(parseMatterNumber('420100-2026-000001')).toEqual({
      ok: false,
      reason: "'420100' is not a known county code",
    });
  });
});
