// The limitation period for labor arbitration (仲裁时效), 劳动争议调解仲裁法 Art. 27, as far as the
// window can judge it from what intake records:
// - one year from when the party knew or should have known of the infringement (para. 1);
// - interrupted by a claim against the other party, a request for relief to a competent body, or the
//   other party agreeing to perform, and running afresh from then (para. 2); suspended by force
//   majeure or other good cause (para. 3);
// - wage arrears during the employment are not limited while it lasts; once it ends, the claim must
//   be made within one year from the end (para. 4).
// Intake does not record when the worker learned of each infringement, so the end of employment
// stands in for it: claims arising in the employment are known by then at the latest. “EXPIRED” is
// therefore a presumption for the window, never a refusal: only arbitration decides on limitation.
import { addMonths, addPeriod, compareIsoDates, type IsoDate, type Period } from '@onewindow/calendar';
import type { ClaimCategory } from './matter-content';

export const LIMITATION_STATUSES = [
  'RUNNING', // the year has not run out
  'EXPIRED', // more than a year since the employment ended, no interruption recorded
  'NOT_APPLICABLE', // nothing claimed, or only wages while still employed (Art. 27 para. 4)
  'UNKNOWN', // no dates to count from, or an interruption whose date is not recorded
] as const;
export type LimitationStatus = (typeof LIMITATION_STATUSES)[number];

export const ARBITRATION_LIMITATION_PERIOD: Period = { amount: 1, unit: 'YEARS' };
export const ARBITRATION_LIMITATION_CITATION = '《劳动争议调解仲裁法》第二十七条';

export interface LimitationInput {
  readonly claimCategories: readonly ClaimCategory[];
  readonly stillEmployed: boolean;
  readonly endDate?: IsoDate;
  /**
   * Some office handled the matter before (mediation, inspection, petition…): a request for relief
   * that interrupted the period (Art. 27 para. 2), on a date intake does not record.
   */
  readonly requestedReliefBefore: boolean;
  /** The day to judge on; the window's own registration is a request for relief, so pass the registration day. */
  readonly asOf?: IsoDate;
}

export interface Limitation {
  readonly status: LimitationStatus;
  /** The last day of the year after the employment ended (moved off a rest day), when there is one. */
  readonly lastDay?: IsoDate;
}

export function arbitrationLimitation(input: LimitationInput): Limitation {
  const { claimCategories, stillEmployed, endDate, requestedReliefBefore, asOf } = input;
  if (claimCategories.length === 0) return { status: 'NOT_APPLICABLE' };
  if (stillEmployed) {
    // Para. 4: wages during the employment are not limited while it lasts; other claims run from
    // when the worker learned of them, which intake does not record.
    return { status: claimCategories.every((category) => category === 'WAGES') ? 'NOT_APPLICABLE' : 'UNKNOWN' };
  }
  if (endDate === undefined || endDate === '' || asOf === undefined) return { status: 'UNKNOWN' };
  const lastDay = addPeriod(endDate, ARBITRATION_LIMITATION_PERIOD).due;
  if (compareIsoDates(asOf, lastDay) <= 0) return { status: 'RUNNING', lastDay };
  return { status: requestedReliefBefore ? 'UNKNOWN' : 'EXPIRED', lastDay };
}

/** Whole calendar months from `from` to `to` (a month counts once its corresponding day is reached); 0 if `to` is earlier. */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (compareIsoDates(to, from) <= 0) return 0;
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return compareIsoDates(addMonths(from, months), to) > 0 ? months - 1 : months;
}
