// The court routes from a sealed agreement. Both go to the court as a referral with the agreement attached.
// - Payment order (支付令), 劳动争议调解仲裁法 Art. 16: for an agreement on unpaid wages, work-injury medical
//   costs, severance (经济补偿) or damages (赔偿金), when the employer does not pay within the agreed time the
//   worker may apply to the court with the agreement. Only those claims qualify, and only once an instalment
//   has been missed (see agreement-performance).
// - Judicial confirmation (司法确认), 人民调解法 Art. 33 and the civil procedure law's 确认调解协议案件: both
//   parties together, within 30 days of the agreement taking effect. Counted as every period is (start day
//   not counted, a last day on a rest day moves: 民事诉讼法 Art. 85).
import {
  CHINA_HOLIDAY_SCHEDULE,
  compareIsoDates,
  computeDeadline,
  HolidaySchedule,
  IsoDate,
} from '@onewindow/calendar';
import type { ClaimCategory } from '@onewindow/matter';
import { assertDate, CountyCode } from './mediation-input.validation';
import { assertSealed, MediationAgreement, SettledClaim } from './mediation-agreement';
import { PerformanceAssessment } from './agreement-performance';
import { MediationDeadlineRule } from './mediation-period';
import { InvalidMediationInputError } from './mediation.errors';

export const PAYMENT_ORDER_CITATION = '《劳动争议调解仲裁法》第十六条';
export const JUDICIAL_CONFIRMATION_CITATION =
  '《人民调解法》第三十三条；《中华人民共和国民事诉讼法》特别程序“确认调解协议案件”；《中华人民共和国民事诉讼法》第八十五条（期间计算）';

/** 劳动报酬、工伤医疗费、经济补偿或者赔偿金 (Art. 16) */
export const PAYMENT_ORDER_CATEGORIES: readonly ClaimCategory[] = [
  'WAGES',
  'WORK_INJURY_MEDICAL',
  'SEVERANCE',
  'DAMAGES',
];

export const JUDICIAL_CONFIRMATION_RULE: MediationDeadlineRule = Object.freeze<MediationDeadlineRule>({
  id: 'mediation.judicial-confirmation',
  label: '双方当事人共同向人民法院申请司法确认（调解协议生效之日起三十日内）',
  period: { amount: 30, unit: 'CALENDAR_DAYS' },
  citation: JUDICIAL_CONFIRMATION_CITATION,
});

export interface PaymentOrderRoute {
  readonly countyCode: CountyCode;
  /** the settled claims a payment order can be based on */
  readonly qualifyingClaims: readonly SettledClaim[];
  readonly qualifyingFen: number;
  /** the worker may apply now: there are qualifying claims and the employer missed an instalment */
  readonly available: boolean;
  /** what is still unpaid on the schedule */
  readonly outstandingFen: number;
  readonly reason: string;
  readonly citation: string;
}

export function paymentOrderRoute(
  agreement: MediationAgreement,
  performance: PerformanceAssessment,
): PaymentOrderRoute {
  assertSealed(agreement);
  if (
    performance?.countyCode !== agreement.countyCode ||
    performance.instalments.length !== agreement.instalments.length
  ) {
    throw new InvalidMediationInputError('performance', "the performance assessment is not this agreement's");
  }
  const qualifyingClaims = agreement.settledClaims.filter(
    (c) => PAYMENT_ORDER_CATEGORIES.includes(c.category) && c.amountFen > 0,
  );
  const qualifyingFen = qualifyingClaims.reduce((sum, c) => sum + c.amountFen, 0);
  const outstandingFen = agreement.totalFen - performance.instalments.reduce((sum, i) => sum + i.paidFen, 0);
  const missed = performance.state === 'NON_PERFORMANCE';
  const available = qualifyingClaims.length > 0 && missed;
  const reason =
    qualifyingClaims.length === 0
      ? '调解协议不涉及劳动报酬、工伤医疗费、经济补偿或者赔偿金，不能据以申请支付令'
      : !missed
        ? '用人单位尚未逾期不履行调解协议，暂不能申请支付令'
        : '用人单位在协议约定期限内未履行，劳动者可以持调解协议书向人民法院申请支付令';
  return {
    countyCode: agreement.countyCode,
    qualifyingClaims,
    qualifyingFen,
    available,
    outstandingFen,
    reason,
    citation: PAYMENT_ORDER_CITATION,
  };
}

export interface JudicialConfirmationWindow {
  readonly countyCode: CountyCode;
  readonly effectiveOn: IsoDate;
  readonly ruleId: string;
  readonly label: string;
  readonly dueOn: IsoDate;
  readonly provisional: boolean;
  readonly inTime: boolean;
  readonly citation: string;
  readonly notes: readonly string[];
}

export function judicialConfirmationWindow(
  agreement: MediationAgreement,
  today: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): JudicialConfirmationWindow {
  assertSealed(agreement);
  assertDate(today, 'today');
  const deadline = computeDeadline(JUDICIAL_CONFIRMATION_RULE, agreement.effectiveOn, schedule);
  return {
    countyCode: agreement.countyCode,
    effectiveOn: agreement.effectiveOn,
    ruleId: JUDICIAL_CONFIRMATION_RULE.id,
    label: JUDICIAL_CONFIRMATION_RULE.label,
    dueOn: deadline.due,
    provisional: deadline.provisional,
    inTime: compareIsoDates(today, agreement.effectiveOn) >= 0 && compareIsoDates(today, deadline.due) <= 0,
    citation: deadline.citation,
    notes: deadline.notes,
  };
}
