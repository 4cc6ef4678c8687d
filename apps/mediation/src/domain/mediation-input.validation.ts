// Checks shared by every mediation rule. They throw InvalidMediationInputError naming the field, so
// each rule validates everything first and only then builds its new value.
import { IsoDate, isIsoDate, todayInChina } from '@onewindow/calendar';
import { isKnownCounty, listCounties } from '@onewindow/county';
// Money is integer fen everywhere, within the bound intake registers claims with (above it is a slip).
import { MAX_CLAIM_AMOUNT_FEN } from '@onewindow/matter';
import { InvalidMediationInputError, MediationParty } from './mediation.errors';

/** 行政区划代码 of a county OneWindow serves, e.g. '421303' */
export type CountyCode = string;

/** An instant as ISO 8601 with its offset, e.g. '2026-03-02T09:30:00+08:00' or '…Z'. */
export type Instant = string;

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function assertCounty(value: unknown, field: string): asserts value is CountyCode {
  if (!isKnownCounty(value)) {
    throw new InvalidMediationInputError(
      field,
      `unknown county code (行政区划代码) ${String(value)}; OneWindow serves ${listCounties()
        .map((c) => c.code)
        .join(', ')}`,
    );
  }
}

export function assertDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidMediationInputError(field, `must be a calendar date 'YYYY-MM-DD'; got ${String(value)}`);
  }
}

export function assertInstant(value: unknown, field: string): asserts value is Instant {
  if (typeof value !== 'string' || !INSTANT_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidMediationInputError(
      field,
      `must be an ISO 8601 instant with its offset, e.g. '2026-03-02T09:30:00+08:00'; got ${String(value)}`,
    );
  }
}

export function assertNow(now: unknown, field = 'now'): asserts now is Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new InvalidMediationInputError(field, 'must be a valid Date (the clock passed in by the service)');
  }
}

/** The calendar day in China of an instant already checked with assertInstant. */
export function dayInChina(instant: Instant): IsoDate {
  return todayInChina(new Date(instant));
}

export function assertFen(value: unknown, field: string, { positive = false } = {}): asserts value is number {
  const min = positive ? 1 : 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > MAX_CLAIM_AMOUNT_FEN) {
    throw new InvalidMediationInputError(
      field,
      `must be a whole number of fen (分) from ${min} to ${MAX_CLAIM_AMOUNT_FEN}; got ${String(value)}`,
    );
  }
}

export function assertText(
  value: unknown,
  field: string,
  { min = 1, max = 200 }: { min?: number; max?: number } = {},
): asserts value is string {
  const length = typeof value === 'string' ? [...value.trim()].length : -1;
  if (length < min || length > max) {
    throw new InvalidMediationInputError(
      field,
      typeof value !== 'string'
        ? `must be text; got ${String(value)}`
        : `must have ${min} to ${max} characters; has ${length}`,
    );
  }
}

export function assertId(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/.test(value)) {
    throw new InvalidMediationInputError(
      field,
      `must be an id of 1 to 128 letters, digits or . _ : @ -; got ${String(value)}`,
    );
  }
}

export function assertParty(value: unknown, field: string): asserts value is MediationParty {
  if (value !== 'WORKER' && value !== 'EMPLOYER') {
    throw new InvalidMediationInputError(field, `must be WORKER or EMPLOYER; got ${String(value)}`);
  }
}

export function assertArray(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidMediationInputError(field, 'must be a list');
}
