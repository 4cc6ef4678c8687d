// The mediation agreement (调解协议书), 劳动争议调解仲裁法 Art. 14: written when mediation succeeds; it
// takes effect (生效) once both parties have signed and the mediator has signed for the organisation, which
// then seals it (调解协议书由双方当事人签名或者盖章，经调解员签名并加盖调解组织印章后生效). Content as
// 人民调解法 Art. 29 lists it: what was settled and how and when it is performed (履行的方式、期限).
// - Amounts are integer fen. An amount above what the worker claimed is possible (interest, a goodwill
//   sum) but must say why, so a slip of the keyboard is not sealed into a binding agreement.
// - The payment schedule sums exactly to the total and falls on or after the agreement date: instalments
//   are what performance is judged against (Art. 15), so they must be unambiguous.
// - Each signature is a confirmation (who, when, how); only the two parties and an assigned mediator
//   sign, and once anyone has signed the text is frozen: a signature is given to that text.
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import {
  CLAIM_CATEGORIES,
  ClaimCategory,
  settledClaimsOf,
  type SettledClaim,
  type SettledClaimInput,
} from '@onewindow/matter';
import {
  InvalidMediationInputError,
  MediationPreconditionError,
  NotEntitledToSignError,
  PARTY_ZH,
} from './mediation.errors';
import {
  assertArray,
  assertCounty,
  assertDate,
  assertFen,
  assertId,
  assertInstant,
  assertText,
  CountyCode,
  dayInChina,
  Instant,
} from './mediation-input.validation';

export const AGREEMENT_CITATION = '《劳动争议调解仲裁法》第十四条；《人民调解法》第二十九条';

export const MAX_INSTALMENTS = 60;

export interface AgreementParty {
  /** the party's id in the case (the service's; the worker's or the employer's signer) */
  readonly partyId: string;
  readonly name: string;
}

/** A claim of the matter as the worker made it (intake's claims: category and amount). */
export interface ClaimedItem {
  readonly category: ClaimCategory;
  readonly amountFen: number;
}

export type { SettledClaim, SettledClaimInput } from '@onewindow/matter';

export interface Instalment {
  readonly dueOn: IsoDate;
  readonly amountFen: number;
}

export interface AgreementDraftInput {
  readonly countyCode: CountyCode;
  /** the date written on the agreement */
  readonly agreedOn: IsoDate;
  readonly worker: AgreementParty;
  readonly employer: AgreementParty;
  /** the assigned mediators' staff user ids; any one of them signs as the mediator */
  readonly mediatorIds: readonly string[];
  readonly claims: readonly ClaimedItem[];
  readonly settledClaims: readonly SettledClaimInput[];
  readonly instalments: readonly Instalment[];
  /** other terms in words (e.g. a certificate of employment to be issued) */
  readonly otherTerms?: string;
}

export type SignerRole = 'WORKER' | 'EMPLOYER' | 'MEDIATOR';
export type SignatureMethod = 'IN_PERSON' | 'ONLINE_ONE_TIME_CODE';

export interface SignatureInput {
  readonly signerId: string;
  readonly signedAt: Instant;
  readonly method: SignatureMethod;
  /** for ONLINE_ONE_TIME_CODE: the service checked the one-time code sent to the signer */
  readonly oneTimeCodeVerified?: boolean;
}

export interface Signature {
  readonly role: SignerRole;
  readonly signerId: string;
  readonly signedAt: Instant;
  readonly method: SignatureMethod;
}

export interface MediationAgreement {
  readonly countyCode: CountyCode;
  readonly agreedOn: IsoDate;
  readonly worker: AgreementParty;
  readonly employer: AgreementParty;
  readonly mediatorIds: readonly string[];
  readonly settledClaims: readonly SettledClaim[];
  readonly totalFen: number;
  /** ascending by due date */
  readonly instalments: readonly Instalment[];
  readonly otherTerms?: string;
  readonly signatures: readonly Signature[];
  /** DRAFT: no signature; SIGNING: some; SEALED: all three, in force (生效) */
  readonly status: 'DRAFT' | 'SIGNING' | 'SEALED';
  /** the day it took effect (China time of the last signature) */
  readonly effectiveOn?: IsoDate;
  readonly citation: string;
}

const ROLE_ZH: Record<SignerRole, string> = { ...PARTY_ZH, MEDIATOR: '调解员' };

export function draftAgreement(input: AgreementDraftInput): MediationAgreement {
  assertCounty(input.countyCode, 'countyCode');
  assertDate(input.agreedOn, 'agreedOn');
  assertAgreementParty(input.worker, 'worker');
  assertAgreementParty(input.employer, 'employer');
  if (input.worker.partyId === input.employer.partyId) {
    throw new InvalidMediationInputError('employer.partyId', 'the employer cannot be the same party as the worker');
  }
  assertArray(input.mediatorIds, 'mediatorIds');
  if (input.mediatorIds.length === 0) throw new InvalidMediationInputError('mediatorIds', 'name the assigned mediator');
  input.mediatorIds.forEach((id, i) => {
    assertId(id, `mediatorIds[${i}]`);
    if (id === input.worker.partyId || id === input.employer.partyId) {
      throw new InvalidMediationInputError(`mediatorIds[${i}]`, 'a party cannot be the mediator of its own agreement');
    }
  });

  assertArray(input.claims, 'claims');
  input.claims.forEach((claim, i) => {
    if (!CLAIM_CATEGORIES.includes(claim?.category)) {
      throw new InvalidMediationInputError(
        `claims[${i}].category`,
        `unknown claim category ${String(claim?.category)}`,
      );
    }
    assertFen(claim.amountFen, `claims[${i}].amountFen`);
  });

  assertArray(input.settledClaims, 'settledClaims');
  if (input.settledClaims.length === 0) {
    throw new InvalidMediationInputError('settledClaims', 'an agreement settles at least one claim');
  }
  const { settledClaims, totalFen } = settledClaimsOf(
    input.settledClaims,
    input.claims,
    (field, message) => new InvalidMediationInputError(field, message),
  );

  assertArray(input.instalments, 'instalments');
  if (input.instalments.length > MAX_INSTALMENTS) {
    throw new InvalidMediationInputError('instalments', `at most ${MAX_INSTALMENTS} instalments`);
  }
  input.instalments.forEach((inst, i) => {
    assertDate(inst?.dueOn, `instalments[${i}].dueOn`);
    assertFen(inst.amountFen, `instalments[${i}].amountFen`, { positive: true });
    if (compareIsoDates(inst.dueOn, input.agreedOn) < 0) {
      throw new InvalidMediationInputError(
        `instalments[${i}].dueOn`,
        `${inst.dueOn} is before the agreement date ${input.agreedOn}`,
      );
    }
  });
  const scheduled = input.instalments.reduce((sum, inst) => sum + inst.amountFen, 0);
  if (scheduled !== totalFen) {
    throw new InvalidMediationInputError(
      'instalments',
      `the payment schedule sums to ${scheduled} fen but the settled claims to ${totalFen} fen; they must be equal`,
    );
  }
  if (input.otherTerms !== undefined) assertText(input.otherTerms, 'otherTerms', { min: 1, max: 2000 });

  return {
    countyCode: input.countyCode,
    agreedOn: input.agreedOn,
    worker: { partyId: input.worker.partyId, name: input.worker.name.trim() },
    employer: { partyId: input.employer.partyId, name: input.employer.name.trim() },
    mediatorIds: [...input.mediatorIds],
    settledClaims,
    totalFen,
    instalments: [...input.instalments]
      .map((i) => ({ dueOn: i.dueOn, amountFen: i.amountFen }))
      .sort((a, b) => compareIsoDates(a.dueOn, b.dueOn)),
    ...(input.otherTerms !== undefined ? { otherTerms: input.otherTerms.trim() } : {}),
    signatures: [],
    status: 'DRAFT',
    citation: AGREEMENT_CITATION,
  };
}

/** A new draft in place of an unsigned one; refused once anyone has signed. */
export function reviseAgreement(agreement: MediationAgreement, input: AgreementDraftInput): MediationAgreement {
  assertUnsigned(agreement);
  if (input.countyCode !== agreement.countyCode) {
    throw new InvalidMediationInputError('countyCode', `the agreement belongs to county ${agreement.countyCode}`);
  }
  return draftAgreement(input);
}

export function assertUnsigned(agreement: MediationAgreement): void {
  if (agreement.signatures.length > 0) {
    throw new MediationPreconditionError(
      'agreement',
      `the agreement cannot change after a signature (已有${agreement.signatures.map((s) => ROLE_ZH[s.role]).join('、')}签名); ` +
        'mediate a new agreement instead',
    );
  }
}

export function signAgreement(agreement: MediationAgreement, input: SignatureInput): MediationAgreement {
  assertId(input?.signerId, 'signerId');
  assertInstant(input.signedAt, 'signedAt');
  if (input.method !== 'IN_PERSON' && input.method !== 'ONLINE_ONE_TIME_CODE') {
    throw new InvalidMediationInputError(
      'method',
      `must be IN_PERSON or ONLINE_ONE_TIME_CODE; got ${String(input.method)}`,
    );
  }
  if (input.method === 'ONLINE_ONE_TIME_CODE' && input.oneTimeCodeVerified !== true) {
    throw new MediationPreconditionError(
      'oneTimeCodeVerified',
      'an online signature needs the one-time code checked first',
    );
  }
  const role: SignerRole | undefined =
    input.signerId === agreement.worker.partyId
      ? 'WORKER'
      : input.signerId === agreement.employer.partyId
        ? 'EMPLOYER'
        : agreement.mediatorIds.includes(input.signerId)
          ? 'MEDIATOR'
          : undefined;
  if (!role) throw new NotEntitledToSignError('signerId', input.signerId);
  if (agreement.status === 'SEALED') {
    throw new MediationPreconditionError('agreement', 'the agreement is already sealed (已生效)');
  }
  const already = agreement.signatures.find((s) => s.role === role);
  if (already) {
    throw new MediationPreconditionError(
      'signerId',
      `the ${ROLE_ZH[role]} signed already (${already.signerId} at ${already.signedAt})`,
    );
  }
  const day = dayInChina(input.signedAt);
  if (compareIsoDates(day, agreement.agreedOn) < 0) {
    throw new InvalidMediationInputError('signedAt', `${day} is before the agreement date ${agreement.agreedOn}`);
  }
  const signatures = [
    ...agreement.signatures,
    { role, signerId: input.signerId, signedAt: input.signedAt, method: input.method },
  ];
  const sealed = (['WORKER', 'EMPLOYER', 'MEDIATOR'] as const).every((r) => signatures.some((s) => s.role === r));
  if (!sealed) return { ...agreement, signatures, status: 'SIGNING' };
  const lastDay = signatures.map((s) => dayInChina(s.signedAt)).sort(compareIsoDates)[signatures.length - 1];
  return { ...agreement, signatures, status: 'SEALED', effectiveOn: lastDay };
}

export function assertSealed(
  agreement: MediationAgreement,
  field = 'agreement',
): asserts agreement is MediationAgreement & { effectiveOn: IsoDate } {
  if (agreement?.status !== 'SEALED' || !agreement.effectiveOn) {
    throw new MediationPreconditionError(
      field,
      'the agreement is not yet in force: both parties and the mediator must sign',
    );
  }
}

function assertAgreementParty(party: AgreementParty, at: string): void {
  assertId(party?.partyId, `${at}.partyId`);
  assertText(party.name, `${at}.name`, { max: 100 });
}

export { yuanOf as yuan } from '@onewindow/matter';
