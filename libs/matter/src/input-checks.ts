// The checks every office's rules make of what a request gives them — counties, days, instants, fen,
// text, ids, parties, lists — each throwing the office's own error naming the request's field, so a rule
// validates everything first and only then builds its new value.
import { type IsoDate, isIsoDate, todayInChina } from '@onewindow/calendar';
import { isKnownCounty, listCounties } from '@onewindow/county';
import { MAX_CLAIM_AMOUNT_FEN } from './matter-content.limits';

/** An instant as ISO 8601 with its offset, e.g. '2026-03-20T09:30:00+08:00' or '…Z'. */
export type IsoInstant = string;

/** The two sides of a labor dispute, as every office's rules name them. */
export type DisputeParty = 'WORKER' | 'EMPLOYER';

/** Builds the office's error for a field the request got wrong. */
export type FieldErrorFactory = (field: string, message: string) => Error;

export interface InputChecks {
  county(value: unknown, field: string): asserts value is string;
  date(value: unknown, field: string): asserts value is IsoDate;
  instant(value: unknown, field: string): asserts value is IsoInstant;
  /** The clock a service passes in. */
  clock(now: unknown, field?: string): asserts now is Date;
  /** Integer fen within the bound intake registers claims with (above it is a slip such as yuan keyed as fen). */
  fen(value: unknown, field: string, options?: { positive?: boolean }): asserts value is number;
  /** Text of min to max characters once trimmed, counted in code points. */
  text(value: unknown, field: string, bounds?: { min?: number; max?: number }): asserts value is string;
  id(value: unknown, field: string): asserts value is string;
  party(value: unknown, field: string): asserts value is DisputeParty;
  list(value: unknown, field: string): asserts value is readonly unknown[];
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export function inputChecks(error: FieldErrorFactory): InputChecks {
  return {
    county(value, field) {
      if (!isKnownCounty(value)) {
        const served = listCounties()
          .map((c) => c.code)
          .join(', ');
        throw error(field, `unknown county code (行政区划代码) ${String(value)}; OneWindow serves ${served}`);
      }
    },
    date(value, field) {
      if (!isIsoDate(value)) throw error(field, `must be a calendar date 'YYYY-MM-DD'; got ${String(value)}`);
    },
    instant(value, field) {
      if (typeof value !== 'string' || !INSTANT_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
        throw error(
          field,
          `must be an ISO 8601 instant with its offset, e.g. '2026-03-20T09:30:00+08:00'; got ${String(value)}`,
        );
      }
    },
    clock(now, field = 'now') {
      if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
        throw error(field, 'must be a valid Date (the clock passed in by the service)');
      }
    },
    fen(value, field, { positive = false } = {}) {
      const min = positive ? 1 : 0;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > MAX_CLAIM_AMOUNT_FEN) {
        throw error(
          field,
          `must be a whole number of fen (分) from ${min} to ${MAX_CLAIM_AMOUNT_FEN}; got ${String(value)}`,
        );
      }
    },
    text(value, field, { min = 1, max = 200 } = {}) {
      const length = typeof value === 'string' ? [...value.trim()].length : -1;
      if (length < min || length > max) {
        throw error(
          field,
          typeof value !== 'string'
            ? `must be text; got ${String(value)}`
            : `must have ${min} to ${max} characters; has ${length}`,
        );
      }
    },
    id(value, field) {
      if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
        throw error(field, `must be an id of 1 to 128 letters, digits or . _ : @ -; got ${String(value)}`);
      }
    },
    party(value, field) {
      if (value !== 'WORKER' && value !== 'EMPLOYER') {
        throw error(field, `must be WORKER or EMPLOYER; got ${String(value)}`);
      }
    },
    list(value, field) {
      if (!Array.isArray(value)) throw error(field, 'must be a list');
    },
  };
}

/** The calendar day in China of an instant already checked. */
export function chinaDayOf(instant: IsoInstant): IsoDate {
  return todayInChina(new Date(instant));
}
