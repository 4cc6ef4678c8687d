import { parseIdentityNumber } from '@onewindow/matter';
import {
  countIdentityNumberCandidates,
  type ShownOfAPerson,
  wholeYears,
  withCheckCharacter,
} from './identity-number-candidates';

// 421303199005171235: Zengdu, born 1990-05-17, sequence 123 (male), check character 5.
const WHOLE = '421303199005171235';
const ZENGDU = { countyCode: '421303', registeredOn: '2026-05-16' } as const;

/** Every number fitting the shown characters, listed: only for views that leave a few thousand at most. */
function listed(shown: ShownOfAPerson, birthDates: string[]): number {
  let count = 0;
  for (const birthDate of birthDates) {
    for (let n = 0; n < 1000; n += 1) {
      const body = `${shown.countyCode}${birthDate.replaceAll('-', '')}${String(n).padStart(3, '0')}`;
      for (const check of '0123456789X') {
        const number = body + check;
        const parsed = parseIdentityNumber(number);
        if (!parsed.ok) continue;
        if (shown.sex && parsed.value.sex !== shown.sex) continue;
        if ([...shown.identityNumber].some((c, i) => c !== '*' && c !== number[i])) continue;
        count += 1;
      }
    }
  }
  return count;
}

describe('counting the identity numbers that fit what a reader is shown', () => {
  it('leaves only the real number from the 4+10+4 mask, the birth date and the county (the reported reversal)', () => {
    const shown = { ...ZENGDU, identityNumber: '4213**********1235', birthDate: '1990-05-17', sex: 'MALE' } as const;
    expect(countIdentityNumberCandidates(shown)).toBe(1);
  });

  it('leaves none when the shown check character does not fit the rest', () => {
    expect(countIdentityNumberCandidates({ ...ZENGDU, identityNumber: '421303199005171236' })).toBe(0);
    expect(countIdentityNumberCandidates({ ...ZENGDU, identityNumber: WHOLE })).toBe(1);
  });

  it('agrees with listing every number when some sequence digits and the check character are shown', () => {
    const shown = { ...ZENGDU, identityNumber: '42130319900517*2*5', sex: 'MALE' } as const;
    expect(countIdentityNumberCandidates(shown)).toBe(listed(shown, ['1990-05-17']));
  });

  it('agrees with listing every number when a birth date is shown and the check character hidden', () => {
    const shown = { ...ZENGDU, identityNumber: '4213**************', birthDate: '1990-05-17', sex: 'FEMALE' } as const;
    expect(countIdentityNumberCandidates(shown)).toBe(500);
    expect(listed(shown, ['1990-05-17'])).toBe(500);
  });

  it('gives every birth date with the shown age on the registration day, times the sequences of the shown sex', () => {
    // Aged 35 on 2026-05-16: born 1990-05-17 … 1991-05-16, 365 days.
    const shown = { ...ZENGDU, identityNumber: '4213**************', age: 35, sex: 'MALE' } as const;
    expect(countIdentityNumberCandidates(shown)).toBe(365 * 500);
  });

  it('counts a leap year’s 366 birth dates for an age spanning 29 February', () => {
    // Aged 25 on 2025-03-01: born 1999-03-02 … 2000-03-01, which includes 2000-02-29.
    const shown = { identityNumber: '4213**************', countyCode: '421303', registeredOn: '2025-03-01', age: 25 };
    expect(countIdentityNumberCandidates(shown)).toBe(366 * 1000);
  });

  it('completes a shorter shown region with the county code', () => {
    const shown = { ...ZENGDU, identityNumber: '42****199005171235' };
    expect(countIdentityNumberCandidates(shown)).toBe(1);
    expect(countIdentityNumberCandidates({ ...shown, countyCode: '421321' })).toBe(0);
  });

  it('takes every age up to 120 when neither age nor birth date is shown', () => {
    const shown = { ...ZENGDU, identityNumber: '' };
    expect(countIdentityNumberCandidates(shown)).toBeGreaterThan(121 * 365 * 1000);
  });
});

describe('a test identity number', () => {
  it('gets the check character GB 11643 gives it', () => {
    expect(withCheckCharacter(WHOLE.slice(0, 17))).toBe(WHOLE);
    expect(parseIdentityNumber(withCheckCharacter('11010519491231002')).ok).toBe(true);
  });
});

describe('whole years on a day', () => {
  it.each([
    ['1990-05-17', '2026-05-16', 35],
    ['1990-05-17', '2026-05-17', 36],
    ['2000-02-29', '2025-02-28', 25],
    ['2000-02-29', '2025-02-27', 24],
  ])('born %s, on %s: %i', (birthDate, day, years) => {
    expect(wholeYears(birthDate, day)).toBe(years);
  });
});
