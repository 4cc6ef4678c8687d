// The mediation case screen's forms as requests: amounts typed in yuan and sent in integer fen (never
// through floating point), instants typed in China time and sent as RFC 3339 with the +08:00 offset, and
// the gateway's violation paths (settledClaims[1].reasonAboveClaim, instalments[0].amountFen) mapped back
// onto the form field that shows them.
import type { DraftAgreementRequest } from '@onewindow/gateway-api';
import { yuanToFen } from './money';

/** China keeps UTC+8 all year; the staff and the notices count time there (劳动争议调解仲裁法 periods too). */
const CHINA_OFFSET = '+08:00';
const CHINA_OFFSET_MS = 8 * 60 * 60_000;
const LOCAL_MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** '2026-03-10T09:30' as typed (a datetime-local input, China time) → '2026-03-10T09:30:00+08:00'; '' when not one. */
export function chinaInstantOf(typed: string | undefined): string {
  const match = LOCAL_MINUTE.exec((typed ?? '').trim());
  return match ? `${match[1]}T${match[2]}:00${CHINA_OFFSET}` : '';
}

/** An instant as a datetime-local input shows it in China time: '2026-03-10T01:30:00Z' → '2026-03-10T09:30'. */
export function chinaLocalInputOf(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

export interface SettledClaimValues {
  amountYuan?: string;
  reasonAboveClaim?: string;
}

export interface InstalmentValues {
  dueOn?: string;
  amountYuan?: string;
}

export interface DraftAgreementValues {
  agreedOn?: string;
  /** One row per claim of the case, in the case's order (claimIndex is the row's index). */
  settledClaims?: (SettledClaimValues | undefined)[];
  instalments?: (InstalmentValues | undefined)[];
  otherTerms?: string;
}

const text = (value: string | undefined) => (value ?? '').trim();

/** The sum of the rows' amounts in fen, or undefined while any row's amount is not (yet) a valid amount. */
export function sumOfFen(rows: readonly ({ amountYuan?: string } | undefined)[] | undefined): number | undefined {
  let sum = 0;
  for (const row of rows ?? []) {
    const fen = yuanToFen(text(row?.amountYuan));
    if (fen === undefined) return undefined;
    sum += fen;
  }
  return sum;
}

/**
 * The draft as the gateway takes it. The form checked every amount first, so one that is not readable here
 * is a bug, not bad input. A reason goes only with an amount above the claim, the one case it is asked for.
 */
export function draftAgreementRequestOf(
  values: DraftAgreementValues,
  claimedFen: readonly number[],
  expectedVersion: number,
): DraftAgreementRequest {
  const fenOf = (typed: string | undefined, field: string) => {
    const fen = yuanToFen(text(typed));
    if (fen === undefined) throw new Error(`${field} was not checked: '${typed ?? ''}'`);
    return fen;
  };
  const otherTerms = text(values.otherTerms);
  return {
    expectedVersion,
    agreedOn: text(values.agreedOn),
    settledClaims: claimedFen.map((claimed, claimIndex) => {
      const row = values.settledClaims?.[claimIndex];
      const amountFen = fenOf(row?.amountYuan, `settledClaims[${claimIndex}].amountYuan`);
      const reason = text(row?.reasonAboveClaim);
      return { claimIndex, amountFen, ...(amountFen > claimed && reason ? { reasonAboveClaim: reason } : {}) };
    }),
    instalments: (values.instalments ?? []).map((row, index) => ({
      dueOn: text(row?.dueOn),
      amountFen: fenOf(row?.amountYuan, `instalments[${index}].amountYuan`),
    })),
    ...(otherTerms ? { otherTerms } : {}),
  };
}

export type FormPath = Array<string | number>;

/** Where a form's name differs from the request's (amounts are typed in yuan). */
const RENAMED: Readonly<Record<string, string>> = { amountFen: 'amountYuan' };

/**
 * 'settledClaims[1].amountFen' (or settledClaims.1.amountFen) → ['settledClaims', 1, 'amountYuan'] when the
 * form shows that field; `fields` lists the form's fields with list indexes as '*' (e.g. 'instalments.*.dueOn',
 * and 'instalments' for the list itself). An element of a list no field of its own shows lands on the list's
 * field (staffUserIds[1] → the one select of staffUserIds). Undefined when no field shows it: the banner lists it.
 */
export function formPathOf(
  violationField: string,
  fields: ReadonlySet<string>,
  renamed: Readonly<Record<string, string>> = {},
): FormPath | undefined {
  const segments = violationField.split(/[.[\]]+/).filter(Boolean);
  if (segments.length === 0) return undefined;
  const last = segments.length - 1;
  segments[last] = renamed[segments[last]!] ?? RENAMED[segments[last]!] ?? segments[last]!;
  const path = segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const pattern = path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
  if (fields.has(pattern)) return path;
  // An index at the end: the list's own field, when the form shows the list as one input.
  const listed = typeof path[last] === 'number' ? path.slice(0, last) : undefined;
  const listPattern = listed?.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');
  return listed && listPattern && fields.has(listPattern) ? listed : undefined;
}
