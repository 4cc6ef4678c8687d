// How a mediation ends, for routing by the office contract (proto onewindow/office/v1; libs/office's
// OfficeAnswer): resolved by a performed agreement, failed with the reason, or transferred. Failure sends the
// matter back to routing, which sends it to arbitration:
// - no agreement within the period (劳动争议调解仲裁法 Art. 14 para 3);
// - a party refused mediation (Art. 5; 人民调解法 Art. 17);
// - an agreement not performed within the agreed time (Art. 15).
// A refusal before mediation took the referral is a DECLINED answer; afterwards routing only accepts an
// outcome on a taken referral, so it is CONCLUDED/FAILED (see officeAnswerFor).
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import { InvalidMediationInputError, MediationParty, PARTY_ZH } from './mediation.errors';
import { assertCounty, assertText, CountyCode } from './mediation-input.validation';
import { ConsentDecision } from './mediation-consent';
import { MediationAgreement, yuan } from './mediation-agreement';
import { PerformanceAssessment } from './agreement-performance';
import { MediationPeriod, mediationPeriodState } from './mediation-period';

export type MediationFailure = 'NO_AGREEMENT_IN_PERIOD' | 'PARTY_REFUSED' | 'NON_PERFORMANCE';

/** Offices a mediation may hand a matter to (routing's ReferralTarget names). */
export const TRANSFER_TARGETS = ['ARBITRATION', 'INSPECTION', 'LEGAL_AID', 'PETITION', 'TRADE_UNION'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

export type MediationOutcome =
  | { readonly kind: 'RESOLVED'; readonly countyCode: CountyCode; readonly reason: string; readonly citation: string }
  | {
      readonly kind: 'FAILED';
      readonly countyCode: CountyCode;
      readonly failure: MediationFailure;
      readonly refusedBy?: MediationParty;
      readonly reason: string;
      readonly citation: string;
    }
  | {
      readonly kind: 'TRANSFERRED';
      readonly countyCode: CountyCode;
      readonly transferTo: TransferTarget;
      readonly reason: string;
      readonly citation: string;
    };

/** The same shape as libs/office's OfficeAnswer (less TAKEN), so the service passes it straight on. */
export type MediationOfficeAnswer =
  | { kind: 'DECLINED'; reason: string }
  | { kind: 'CONCLUDED'; outcome: 'RESOLVED' | 'FAILED'; reason: string }
  | { kind: 'CONCLUDED'; outcome: 'TRANSFERRED'; reason: string; transferTo: string };

/** FAILED once the period has lapsed without an agreement in force by its last day; otherwise none yet. */
export function outcomeOfPeriod(
  period: MediationPeriod,
  today: IsoDate,
  agreement?: MediationAgreement,
): MediationOutcome | undefined {
  if (mediationPeriodState(period, today) !== 'LAPSED') return undefined;
  const reachedInTime =
    agreement?.status === 'SEALED' &&
    !!agreement.effectiveOn &&
    compareIsoDates(agreement.effectiveOn, period.dueOn) <= 0;
  if (reachedInTime) return undefined;
  return {
    kind: 'FAILED',
    countyCode: period.countyCode,
    failure: 'NO_AGREEMENT_IN_PERIOD',
    reason: `自收到调解申请之日（${period.receivedOn}）起至 ${period.dueOn} 未达成调解协议，当事人可以依法申请仲裁`,
    citation: '《劳动争议调解仲裁法》第十四条第三款',
  };
}

/** FAILED when a party refused (a DECLINE decision); otherwise none. */
export function outcomeOfConsent(decision: ConsentDecision): MediationOutcome | undefined {
  if (decision.decision !== 'DECLINE') return undefined;
  return {
    kind: 'FAILED',
    countyCode: decision.countyCode,
    failure: 'PARTY_REFUSED',
    refusedBy: decision.refusedBy,
    reason: decision.reason,
    citation: decision.citation,
  };
}

/** RESOLVED when performed, FAILED on non-performance, none while instalments are still in time. */
export function outcomeOfPerformance(assessment: PerformanceAssessment): MediationOutcome | undefined {
  switch (assessment.state) {
    case 'PERFORMED':
      return {
        kind: 'RESOLVED',
        countyCode: assessment.countyCode,
        reason: '调解协议已履行完毕',
        citation: assessment.citation,
      };
    case 'NON_PERFORMANCE': {
      const which = assessment.instalments
        .filter((i) => assessment.breachedInstalments.includes(i.instalmentIndex))
        .map((i) => `${i.dueOn} 应付 ${yuan(i.amountFen)} 元、已付 ${yuan(i.paidByDueDateFen)} 元`)
        .join('；');
      return {
        kind: 'FAILED',
        countyCode: assessment.countyCode,
        failure: 'NON_PERFORMANCE',
        reason: `${PARTY_ZH.EMPLOYER}未在协议约定期限内履行调解协议（${which}），劳动者可以依法申请仲裁`,
        citation: '《劳动争议调解仲裁法》第十五条',
      };
    }
    case 'IN_PROGRESS':
      return undefined;
  }
}

export function transferOutcome(countyCode: CountyCode, transferTo: TransferTarget, reason: string): MediationOutcome {
  assertCounty(countyCode, 'countyCode');
  if (!TRANSFER_TARGETS.includes(transferTo)) {
    throw new InvalidMediationInputError(
      'transferTo',
      `must be one of ${TRANSFER_TARGETS.join(', ')}; got ${String(transferTo)}`,
    );
  }
  assertText(reason, 'reason', { min: 2, max: 500 });
  return {
    kind: 'TRANSFERRED',
    countyCode,
    transferTo,
    reason: reason.trim(),
    citation: '随人社函〔2023〕36号五（一）4（就地分流化解）',
  };
}

/** The office contract's answer for an outcome; a refusal is DECLINED while the referral is not yet taken. */
export function officeAnswerFor(outcome: MediationOutcome, referralTaken: boolean): MediationOfficeAnswer {
  switch (outcome.kind) {
    case 'RESOLVED':
      return { kind: 'CONCLUDED', outcome: 'RESOLVED', reason: outcome.reason };
    case 'FAILED':
      return outcome.failure === 'PARTY_REFUSED' && !referralTaken
        ? { kind: 'DECLINED', reason: outcome.reason }
        : { kind: 'CONCLUDED', outcome: 'FAILED', reason: outcome.reason };
    case 'TRANSFERRED':
      return { kind: 'CONCLUDED', outcome: 'TRANSFERRED', reason: outcome.reason, transferTo: outcome.transferTo };
  }
}
