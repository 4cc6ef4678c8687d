// Performance of the agreement (调解协议的履行). The agreement binds both parties (劳动争议调解仲裁法
// Art. 14; 人民调解法 Art. 31, whose para 2 has the organisation supervise performance). If a party does not
// perform within the agreed time (在协议约定期限内不履行), the other may apply for arbitration (Art. 15).
// Each instalment is judged at its due date by what was paid by then: PAID, PARTLY_PAID (with the amount)
// or UNPAID; before the due date an unpaid instalment is only NOT_YET_DUE. A payment after the due date is
// recorded but does not undo a non-performance that has happened: the worker's route to arbitration is
// already open. Only money is tracked: other terms (otherTerms) are for the mediator to follow up.
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import { InvalidMediationInputError } from './mediation.errors';
import { assertArray, assertDate, assertFen, CountyCode } from './mediation-input.validation';
import { assertSealed, MediationAgreement } from './mediation-agreement';

export const PERFORMANCE_CITATION = '《劳动争议调解仲裁法》第十四条第二款、第十五条；《人民调解法》第三十一条';

export interface Payment {
  /** index into the agreement's instalments (ascending by due date) */
  readonly instalmentIndex: number;
  readonly amountFen: number;
  readonly paidOn: IsoDate;
}

export type InstalmentStatus = 'PAID' | 'PARTLY_PAID' | 'UNPAID' | 'NOT_YET_DUE';

export interface InstalmentPerformance {
  readonly instalmentIndex: number;
  readonly dueOn: IsoDate;
  readonly amountFen: number;
  /** paid on or before the due date */
  readonly paidByDueDateFen: number;
  /** paid in all, late payments included */
  readonly paidFen: number;
  readonly status: InstalmentStatus;
}

export interface PerformanceAssessment {
  readonly countyCode: CountyCode;
  readonly asOf: IsoDate;
  readonly instalments: readonly InstalmentPerformance[];
  /** PERFORMED: every instalment paid by its due date; NON_PERFORMANCE: one was not; else IN_PROGRESS */
  readonly state: 'PERFORMED' | 'NON_PERFORMANCE' | 'IN_PROGRESS';
  /** the instalments behind a NON_PERFORMANCE */
  readonly breachedInstalments: readonly number[];
  readonly citation: string;
}

export function assessPerformance(
  agreement: MediationAgreement,
  payments: readonly Payment[],
  today: IsoDate,
): PerformanceAssessment {
  assertSealed(agreement);
  assertDate(today, 'today');
  assertArray(payments, 'payments');
  const paidBy = agreement.instalments.map(() => 0);
  const paidAll = agreement.instalments.map(() => 0);
  payments.forEach((p, i) => {
    const at = `payments[${i}]`;
    if (
      !Number.isSafeInteger(p?.instalmentIndex) ||
      p.instalmentIndex < 0 ||
      p.instalmentIndex >= agreement.instalments.length
    ) {
      throw new InvalidMediationInputError(
        `${at}.instalmentIndex`,
        `the agreement has ${agreement.instalments.length} instalment(s); got ${String(p?.instalmentIndex)}`,
      );
    }
    assertFen(p.amountFen, `${at}.amountFen`, { positive: true });
    assertDate(p.paidOn, `${at}.paidOn`);
    if (compareIsoDates(p.paidOn, agreement.agreedOn) < 0 || compareIsoDates(p.paidOn, today) > 0) {
      throw new InvalidMediationInputError(
        `${at}.paidOn`,
        `${p.paidOn} is not between the agreement date ${agreement.agreedOn} and today ${today}`,
      );
    }
    const instalment = agreement.instalments[p.instalmentIndex];
    paidAll[p.instalmentIndex] += p.amountFen;
    if (paidAll[p.instalmentIndex] > instalment.amountFen) {
      throw new InvalidMediationInputError(
        `${at}.amountFen`,
        `instalment ${p.instalmentIndex} is ${instalment.amountFen} fen; payments would come to ${paidAll[p.instalmentIndex]} fen`,
      );
    }
    if (compareIsoDates(p.paidOn, instalment.dueOn) <= 0) paidBy[p.instalmentIndex] += p.amountFen;
  });

  const instalments = agreement.instalments.map((inst, i): InstalmentPerformance => {
    const paidByDueDateFen = paidBy[i];
    // The due date itself is still within the agreed time (协议约定期限内).
    const stillInTime = compareIsoDates(today, inst.dueOn) <= 0;
    const status: InstalmentStatus =
      paidByDueDateFen === inst.amountFen
        ? 'PAID'
        : stillInTime
          ? 'NOT_YET_DUE'
          : paidByDueDateFen > 0
            ? 'PARTLY_PAID'
            : 'UNPAID';
    return {
      instalmentIndex: i,
      dueOn: inst.dueOn,
      amountFen: inst.amountFen,
      paidByDueDateFen,
      paidFen: paidAll[i],
      status,
    };
  });
  const breachedInstalments = instalments
    .filter((i) => i.status === 'UNPAID' || i.status === 'PARTLY_PAID')
    .map((i) => i.instalmentIndex);
  const state =
    breachedInstalments.length > 0
      ? 'NON_PERFORMANCE'
      : instalments.every((i) => i.status === 'PAID')
        ? 'PERFORMED'
        : 'IN_PROGRESS';
  return {
    countyCode: agreement.countyCode,
    asOf: today,
    instalments,
    state,
    breachedInstalments,
    citation: PERFORMANCE_CITATION,
  };
}
