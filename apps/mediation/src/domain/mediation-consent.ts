// Consent to mediation (调解优先, with the parties' consent: seed 五(一)3 在征询当事人同意后). Mediation
// is voluntary: 劳动争议调解仲裁法 Art. 5 (不愿调解的，可以向劳动争议仲裁委员会申请仲裁); 人民调解法 Art. 3(1)
// (自愿、平等) and Art. 17 (当事人一方明确拒绝调解的，不得调解). The worker's consent comes with the matter
// (intake's consentToMediationFirst, the same field routing reads); the employer's is asked once mediation
// has the referral. A refusal by either party declines the referral with a reason naming who refused;
// routing then sends the matter to arbitration.
import type { MatterContent } from '@onewindow/matter';
import { InvalidMediationInputError, MediationParty, PARTY_ZH } from './mediation.errors';
import { assertCounty, assertId, assertInstant, CountyCode, Instant } from './mediation-input.validation';

export const CONSENT_CITATION = '《劳动争议调解仲裁法》第五条；《人民调解法》第三条第（一）项、第十七条';

/** The employer's answer, once reached (by phone, in person or in writing; the service records how). */
export interface EmployerConsentAnswer {
  readonly consents: boolean;
  readonly answeredAt: Instant;
  /** the staff user who recorded it */
  readonly recordedBy: string;
}

export interface ConsentInput {
  readonly countyCode: CountyCode;
  /** the referral's matter content: the worker's consent was given at the window */
  readonly matter: Pick<MatterContent, 'countyCode' | 'consentToMediationFirst'>;
  /** undefined while the employer has not been reached */
  readonly employer?: EmployerConsentAnswer;
}

export type ConsentDecision =
  | { readonly decision: 'PROCEED'; readonly countyCode: CountyCode; readonly employerConsentedAt: Instant }
  | { readonly decision: 'WAIT_FOR_EMPLOYER'; readonly countyCode: CountyCode }
  | {
      readonly decision: 'DECLINE';
      readonly countyCode: CountyCode;
      readonly refusedBy: MediationParty;
      /** the decline reason routing shows, in Chinese */
      readonly reason: string;
      readonly citation: string;
    };

export function decideOnConsent(input: ConsentInput): ConsentDecision {
  assertCounty(input.countyCode, 'countyCode');
  if (input.matter?.countyCode !== input.countyCode) {
    throw new InvalidMediationInputError(
      'matter.countyCode',
      `the matter's county ${String(input.matter?.countyCode)} is not the referral's county ${input.countyCode}`,
    );
  }
  if (typeof input.matter.consentToMediationFirst !== 'boolean') {
    throw new InvalidMediationInputError('matter.consentToMediationFirst', 'must be true or false');
  }
  if (input.employer !== undefined) {
    if (typeof input.employer.consents !== 'boolean') {
      throw new InvalidMediationInputError('employer.consents', 'must be true or false');
    }
    assertInstant(input.employer.answeredAt, 'employer.answeredAt');
    assertId(input.employer.recordedBy, 'employer.recordedBy');
  }
  const { countyCode } = input;
  // The worker's refusal decides at once: nobody asks the employer about a mediation that cannot happen.
  if (!input.matter.consentToMediationFirst) return decline(countyCode, 'WORKER');
  if (input.employer === undefined) return { decision: 'WAIT_FOR_EMPLOYER', countyCode };
  if (!input.employer.consents) return decline(countyCode, 'EMPLOYER');
  return { decision: 'PROCEED', countyCode, employerConsentedAt: input.employer.answeredAt };
}

function decline(countyCode: CountyCode, refusedBy: MediationParty): ConsentDecision {
  return {
    decision: 'DECLINE',
    countyCode,
    refusedBy,
    reason: `${PARTY_ZH[refusedBy]}不同意调解，转仲裁处理`,
    citation: CONSENT_CITATION,
  };
}
