// Checks shared by the arbitration rules after acceptance: service, defence, award period, absence and
// withdrawal, and the tribunal to the award. They throw InvalidProceedingsInputError naming the field, so
// each rule validates everything first and only then builds its new value.
import { IsoDate, isIsoDate, todayInChina } from '@onewindow/calendar';
import { isKnownCounty, listCounties } from '@onewindow/county';
import { ArbitrationParty, InvalidProceedingsInputError } from './proceedings.errors';
import { CLAIM_CATEGORIES, ClaimCategory, CountyCode, MAX_CLAIM_AMOUNT_FEN } from './matter-content';

/** An instant as ISO 8601 with its offset, e.g. '2026-03-20T09:30:00+08:00' or '…Z'. */
export type IsoInstant = string;

/** A claim of the case as the application made it (intake's claims: category and amount in fen). */
export interface ClaimedItem {
  readonly category: ClaimCategory;
  readonly amountFen: number;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const MAX_LINK_LENGTH = 500;

export function assertCountyCode(value: unknown, field = 'countyCode'): asserts value is CountyCode {
  if (!isKnownCounty(value)) {
    throw new InvalidProceedingsInputError(
      field,
      `unknown county code (行政区划代码) ${String(value)}; OneWindow serves ${listCounties()
        .map((c) => c.code)
        .join(', ')}`,
    );
  }
}

export function assertIsoDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidProceedingsInputError(field, `must be a calendar date 'YYYY-MM-DD'; got ${String(value)}`);
  }
}

export function assertInstantValue(value: unknown, field: string): asserts value is IsoInstant {
  if (typeof value !== 'string' || !INSTANT_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidProceedingsInputError(
      field,
      `must be an ISO 8601 instant with its offset, e.g. '2026-03-20T09:30:00+08:00'; got ${String(value)}`,
    );
  }
}

export function assertClock(now: unknown, field = 'now'): asserts now is Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new InvalidProceedingsInputError(field, 'must be a valid Date (the clock passed in by the service)');
  }
}

/** The calendar day in China of an instant already checked with assertInstantValue. */
export function chinaDayOf(instant: IsoInstant): IsoDate {
  return todayInChina(new Date(instant));
}

export function assertFenAmount(value: unknown, field: string, { positive = false } = {}): asserts value is number {
  const min = positive ? 1 : 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > MAX_CLAIM_AMOUNT_FEN) {
    throw new InvalidProceedingsInputError(
      field,
      `must be a whole number of fen (分) from ${min} to ${MAX_CLAIM_AMOUNT_FEN}; got ${String(value)}`,
    );
  }
}

export function assertTextValue(
  value: unknown,
  field: string,
  { min = 1, max = 200 }: { min?: number; max?: number } = {},
): asserts value is string {
  const length = typeof value === 'string' ? [...value.trim()].length : -1;
  if (length < min || length > max) {
    throw new InvalidProceedingsInputError(
      field,
      typeof value !== 'string'
        ? `must be text; got ${String(value)}`
        : `must have ${min} to ${max} characters; has ${length}`,
    );
  }
}

export function assertIdValue(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/.test(value)) {
    throw new InvalidProceedingsInputError(
      field,
      `must be an id of 1 to 128 letters, digits or . _ : @ -; got ${String(value)}`,
    );
  }
}

export function assertPartyValue(value: unknown, field: string): asserts value is ArbitrationParty {
  if (value !== 'WORKER' && value !== 'EMPLOYER') {
    throw new InvalidProceedingsInputError(field, `must be WORKER or EMPLOYER; got ${String(value)}`);
  }
}

export function assertList(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidProceedingsInputError(field, 'must be a list');
}

export function assertBoolean(value: unknown, field: string): asserts value is boolean {
  if (typeof value !== 'boolean')
    throw new InvalidProceedingsInputError(field, `must be true or false; got ${String(value)}`);
}

export function assertOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): asserts value is T {
  if (!allowed.includes(value as T)) {
    throw new InvalidProceedingsInputError(field, `must be one of ${allowed.join(', ')}; got ${String(value)}`);
  }
}

/** A part of the request that must be there as an object (not null, not a list). */
export function assertObject(value: unknown, field: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidProceedingsInputError(field, 'missing');
  }
}

/** An https:// link without credentials (a service link, an online hearing's room), as stored (normalised by URL). */
export function checkedHttpsLink(value: unknown, field: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' && value.length <= MAX_LINK_LENGTH ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || !url.hostname || url.username || url.password) {
    throw new InvalidProceedingsInputError(
      field,
      `must be an https:// link of at most ${MAX_LINK_LENGTH} characters without credentials; got ${String(value)}`,
    );
  }
  return url.toString();
}

/** The case's claims as the application made them: known categories, integer fen, at least one. */
export function assertClaimedItems(claims: unknown, field = 'claims'): asserts claims is readonly ClaimedItem[] {
  assertList(claims, field);
  if (claims.length === 0) throw new InvalidProceedingsInputError(field, 'the case has no claims');
  claims.forEach((claim, i) => {
    const c = claim as Partial<ClaimedItem> | null;
    if (!CLAIM_CATEGORIES.includes(c?.category as ClaimCategory)) {
      throw new InvalidProceedingsInputError(
        `${field}[${i}].category`,
        `unknown claim category ${String(c?.category)}`,
      );
    }
    assertFenAmount(c?.amountFen, `${field}[${i}].amountFen`);
  });
}

/** A claim index of the case: a whole number naming one of its claims. */
export function assertClaimIndex(value: unknown, claimCount: number, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value >= claimCount) {
    throw new InvalidProceedingsInputError(
      field,
      `must name one of the case's ${claimCount} claim(s) (0 to ${claimCount - 1}); got ${String(value)}`,
    );
  }
}

/** 12345.67 from 1234567 fen, by integer arithmetic: money never passes through a binary fraction. */
export function yuanOf(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const whole = Math.abs(fen);
  return `${sign}${Math.trunc(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}
