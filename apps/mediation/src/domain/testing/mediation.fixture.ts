// A wage-arrears case in 曾都区 (421303) mediated at the center: the worker claims 8,000 yuan of wages and
// 5,000 yuan of severance; the employer agrees to pay 12,000 yuan in two instalments.
import { AgreementDraftInput, draftAgreement, MediationAgreement, signAgreement } from '../mediation-agreement';

export const COUNTY = '421303';
export const WORKER_ID = 'party-worker-1';
export const EMPLOYER_ID = 'party-employer-1';
export const MEDIATOR_ID = 'staff-li';
export const AGREED_ON = '2026-03-10';

export function draftInput(overrides: Partial<AgreementDraftInput> = {}): AgreementDraftInput {
  return {
    countyCode: COUNTY,
    agreedOn: AGREED_ON,
    worker: { partyId: WORKER_ID, name: '张三' },
    employer: { partyId: EMPLOYER_ID, name: '随州市某某建筑有限公司' },
    mediatorIds: [MEDIATOR_ID],
    claims: [
      { category: 'WAGES', amountFen: 800_000 },
      { category: 'SEVERANCE', amountFen: 500_000 },
    ],
    settledClaims: [
      { claimIndex: 0, amountFen: 800_000 },
      { claimIndex: 1, amountFen: 400_000 },
    ],
    instalments: [
      { dueOn: '2026-03-20', amountFen: 600_000 },
      { dueOn: '2026-04-20', amountFen: 600_000 },
    ],
    ...overrides,
  };
}

export function sealedAgreement(
  overrides: Partial<AgreementDraftInput> = {},
  signedAt = '2026-03-10T10:00:00+08:00',
): MediationAgreement {
  let agreement = draftAgreement(draftInput(overrides));
  for (const signerId of [WORKER_ID, EMPLOYER_ID, MEDIATOR_ID]) {
    agreement = signAgreement(agreement, { signerId, signedAt, method: 'IN_PERSON' });
  }
  return agreement;
}
