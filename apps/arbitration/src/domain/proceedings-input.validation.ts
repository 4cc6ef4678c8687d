// Checks shared by the arbitration rules after acceptance: service, defence, award period, absence and
// withdrawal, and the tribunal to the award. They throw InvalidProceedingsInputError naming the field, so
// each rule validates everything first and only then builds its new value.
import type { IsoDate } from '@onewindow/calendar';
import { type InputChecks, inputChecks, type IsoInstant } from '@onewindow/matter';
import { ArbitrationParty, InvalidProceedingsInputError } from './proceedings.errors';
import { CLAIM_CATEGORIES, ClaimCategory, CountyCode } from './matter-content';

export { chinaDayOf, type IsoInstant, yuanOf } from '@onewindow/matter';

/** A claim of the case as the application made it (intake's claims: category and amount in fen). */
export interface ClaimedItem {
  readonly category: ClaimCategory;
  readonly amountFen: number;
}

const MAX_LINK_LENGTH = 500;

const checks: InputChecks = inputChecks((field, message) => new InvalidProceedingsInputError(field, message));

export function assertCountyCode(value: unknown, field = 'countyCode'): asserts value is CountyCode {
  checks.county(value, field);
}
export const assertIsoDate: (value: unknown, field: string) => asserts value is IsoDate = checks.date;
export const assertInstantValue: (value: unknown, field: string) => asserts value is IsoInstant = checks.instant;
export const assertClock: InputChecks['clock'] = checks.clock;
export const assertFenAmount: InputChecks['fen'] = checks.fen;
export const assertTextValue: InputChecks['text'] = checks.text;
export const assertIdValue: InputChecks['id'] = checks.id;
export const assertPartyValue: (value: unknown, field: string) => asserts value is ArbitrationParty = checks.party;

export const assertList: InputChecks['list'] = checks.list;

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
