// Client-side checks of what a worker or clerk types, for obvious mistakes before anything is sent.
// The gateway and intake validate again (apps/intake/src/domain) and their answer is the one that counts.
import { isIsoDate, type IsoDate } from '@onewindow/calendar';
import type { Sex } from '@onewindow/matter';

export type IdentityReading =
  | { ok: true; number: string; birthDate: IsoDate; sex: Sex }
  | { ok: false; problem: 'shape' | 'birthDate' | 'checksum' };

// GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Reads a 公民身份号码: its shape, the birth date it carries, and the check character. */
export function readIdentityNumber(input: string): IdentityReading {
  const number = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'shape' };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) return { ok: false, problem: 'birthDate' };
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(number[i]), 0);
  if (CHECK_CHARACTERS[sum % 11] !== number[17]) return { ok: false, problem: 'checksum' };
  return { ok: true, number, birthDate, sex: Number(number[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

// A mainland mobile number, or a landline with its area code (010, 02X, or four digits such as 0722).
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^(010|02\d|0[3-9]\d{2})-?[2-9]\d{6,7}$/;

export function isPhoneNumber(input: string): boolean {
  const phone = input.trim();
  return MOBILE.test(phone) || LANDLINE.test(phone);
}
