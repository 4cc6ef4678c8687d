import { parseIdentityNumber } from '@onewindow/matter';
import { identityNumberFor } from './matter-content.fixture';

describe('identity number (公民身份号码) per GB 11643-1999', () => {
  it('reads the example number printed in the standard: Beijing Chaoyang, 1949-12-31, female, check X', () => {
    expect(parseIdentityNumber('11010519491231002X')).toEqual({
      ok: true,
      value: { number: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'FEMALE' },
    });
  });

  it('reads a Zengdu number with an odd 17th digit as male', () => {
    const number = identityNumberFor('421303', '1990-05-17', '123');
    expect(parseIdentityNumber(number)).toEqual({
      ok: true,
      value: { number, regionCode: '421303', birthDate: '1990-05-17', sex: 'MALE' },
    });
  });

  it('accepts a lower-case x check character and normalizes it to X', () => {
    const result = parseIdentityNumber('11010519491231002x');
    expect(result.ok && result.value.number).toBe('11010519491231002X');
  });

  it('rejects a number whose check character does not match (one digit mistyped)', () => {
    const number = identityNumberFor('421303', '1990-05-17', '123');
    const mistyped = `${number.slice(0, 15)}${(Number(number[15]) + 1) % 10}${number.slice(16)}`; // in the sequence code
    expect(parseIdentityNumber(mistyped)).toEqual({
      ok: false,
      reason: expect.stringContaining('check character'),
      problem: 'checksum',
    });
  });

  it('rejects 1999-02-30 as a birth date even when the check character is right', () => {
    expect(parseIdentityNumber(identityNumberFor('421303', '1999-02-30', '124'))).toEqual({
      ok: false,
      reason: expect.stringContaining("'19990230' are not a calendar date"),
      problem: 'birthDate',
    });
  });

  it.each([
    ['17 characters', '42130319900517123'],
    ['19 characters', '4213031990051712345'],
    ['an old 15-digit number', '421303900517123'],
  ])('rejects %s by length', (_label, number) => {
    expect(parseIdentityNumber(number)).toEqual({
      ok: false,
      reason: expect.stringMatching(/^must be 18 characters/),
      problem: 'shape',
    });
  });

  it('rejects letters other than the final X', () => {
    expect(parseIdentityNumber('4213031990O517123X')).toEqual({
      ok: false,
      reason: 'must be 17 digits followed by a digit or X',
      problem: 'shape',
    });
  });

  it('rejects a region prefix that is no province even when the checksum is right', () => {
    expect(parseIdentityNumber(identityNumberFor('991303', '1990-05-17', '123'))).toEqual({
      ok: false,
      reason: expect.stringContaining("starts with '99'"),
      problem: 'region',
    });
  });
});
