// Citizen identity number (公民身份号码), GB 11643-1999: 6-digit address code, 8-digit birth date,
// 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character.
import { isIsoDate, type IsoDate } from '@onewindow/calendar';
import { parsed, rejected, type ParseResult } from './parse-result';
import type { Sex } from './matter-content';

export interface IdentityNumber {
  /** Upper-case form: a lower-case 'x' check character is read as 'X'. */
  readonly number: string;
  /** 行政区划代码 of the place of first registration (it does not change when the holder moves). */
  readonly regionCode: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex;
}

const SHAPE = /^\d{17}[\dX]$/;

// Province-level codes of GB/T 2260, plus 81/82/83 used in residence permits for Hong Kong, Macao and
// Taiwan residents (港澳台居民居住证), whose numbers follow GB 11643 too.
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

// Weight of position i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2); the check character makes the sum ≡ 1.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export type IdentityNumberProblem = 'shape' | 'region' | 'birthDate' | 'checksum';

export function parseIdentityNumber(input: string): ParseResult<IdentityNumber, IdentityNumberProblem> {
  const number = input.toUpperCase();
  if (number.length !== 18) return rejected(`must be 18 characters; got ${number.length}`, 'shape');
  if (!SHAPE.test(number)) return rejected('must be 17 digits followed by a digit or X', 'shape');
  const province = number.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) {
    return rejected(`starts with '${province}', which is not a province-level region code (GB/T 2260)`, 'region');
  }
  const digits = number.slice(6, 14);
  const birthDate = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  if (!isIsoDate(birthDate)) return rejected(`birth date digits '${digits}' are not a calendar date`, 'birthDate');
  if (number[17] !== checkCharacter(number)) {
    return rejected('check character does not match (ISO 7064 MOD 11-2): a character is probably mistyped', 'checksum');
  }
  return parsed({
    number,
    regionCode: number.slice(0, 6),
    birthDate,
    sex: Number(number[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
  });
}

function checkCharacter(number: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(number[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

// The region's first four characters (province and city, GB/T 2260) and nothing more: the county,
// birth date, sequence and check character (GB 11643-1999) stay hidden, so with the age and sex
// shown beside it some hundred thousand numbers remain possible, and the check character cannot
// narrow them (4+10+4 showed it, and with the birth date left 9 candidates).
const IDENTITY_NUMBER_SHOWN = 4;
const IDENTITY_NUMBER_LENGTH = 18;

/** '421303199001011234' → '4213**************'. */
export function maskIdentityNumber(value: string): string {
  return (
    [...value].slice(0, IDENTITY_NUMBER_SHOWN).join('') + '*'.repeat(IDENTITY_NUMBER_LENGTH - IDENTITY_NUMBER_SHOWN)
  );
}
