import { compareIsoDates, type IsoDate, isIsoDate } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import { InvalidSupervisionInputError } from './supervision.errors';

export function assertDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidSupervisionInputError(field, `must be a date YYYY-MM-DD; got ${JSON.stringify(value ?? '')}`);
  }
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

export function assertText(value: unknown, field: string, { min = 1, max = 500 } = {}): asserts value is string {
  if (typeof value !== 'string' || value.trim().length < min || value.length > max) {
    throw new InvalidSupervisionInputError(
      field,
      min > 0 ? `give a text of at most ${max} characters` : `must be at most ${max} characters`,
    );
  }
}

export function assertCounty(value: unknown, field: string): asserts value is string {
  if (!isKnownCounty(value)) {
    throw new InvalidSupervisionInputError(field, `"${String(value ?? '')}" is not a county this center serves`);
  }
}
