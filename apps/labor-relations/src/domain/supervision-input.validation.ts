// Checks shared by every supervision rule: libs/matter's input checks, throwing InvalidSupervisionInputError
// naming the field, and the two this office adds (a day not after today, a head count).
import { compareIsoDates, type IsoDate } from '@onewindow/calendar';
import { type InputChecks, inputChecks } from '@onewindow/matter';
import { InvalidSupervisionInputError } from './supervision.errors';

const checks: InputChecks = inputChecks((field, message) => new InvalidSupervisionInputError(field, message));

export const assertDate: (value: unknown, field: string) => asserts value is IsoDate = checks.date;
export const assertCounty: InputChecks['county'] = checks.county;

export function assertText(value: unknown, field: string, { min = 1, max = 500 } = {}): asserts value is string {
  checks.text(value, field, { min, max });
}

/** A day something was found or done: not after today (China time). */
export function assertNotInFuture(value: unknown, field: string, today: IsoDate): asserts value is IsoDate {
  assertDate(value, field);
  if (compareIsoDates(value, today) > 0) {
    throw new InvalidSupervisionInputError(field, `${value} is after today (${today})`);
  }
}

export function assertCount(
  value: unknown,
  field: string,
  { min = 0, max = 10_000_000 } = {},
): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidSupervisionInputError(
      field,
      `must be a whole number from ${min} to ${max}; got ${JSON.stringify(value ?? null)}`,
    );
  }
}
