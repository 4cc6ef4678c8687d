// Client-side checks of what a worker or clerk types, for obvious mistakes before anything is sent:
// the same readers intake validates with (libs/matter), whose answer on the server is the one that counts.
import type { IsoDate } from '@onewindow/calendar';
import { parseIdentityNumber, parsePhoneNumber, type IdentityNumberProblem, type Sex } from '@onewindow/matter';

export type IdentityReading =
  | { ok: true; number: string; birthDate: IsoDate; sex: Sex }
  | { ok: false; problem: IdentityNumberProblem };

/** Reads a 公民身份号码: its shape, the birth date it carries, and the check character. */
export function readIdentityNumber(input: string): IdentityReading {
  const reading = parseIdentityNumber(input.trim());
  if (!reading.ok) return { ok: false, problem: reading.problem ?? 'shape' };
  const { number, birthDate, sex } = reading.value;
  return { ok: true, number, birthDate, sex };
}

export function isPhoneNumber(input: string): boolean {
  return parsePhoneNumber(input.trim()).ok;
}
