// Mediation in arbitration (仲裁调解), 劳动争议调解仲裁法 Art. 42: the tribunal mediates first, before any award
// (仲裁庭在作出裁决前，应当先行调解; also 办案规则 Art. 3 先行调解，及时裁决).
// - An agreement becomes a 调解书 stating the claims (仲裁请求) and what the parties agreed (协议的结果); the
//   arbitrators sign it and the commission seals it, and it is served on both parties.
// - It takes legal effect once both parties have signed for it (经双方当事人签收后，发生法律效力): the case
//   then ends, with no award.
// - No agreement (调解不成), or a party going back on it before it is served and signed for (调解书送达前，
//   一方当事人反悔 — a refusal to sign for it included), and the tribunal must award promptly (及时作出裁决).
// Settled amounts are integer fen per claim; one above the claim needs its reason (interest, a goodwill
// sum), so a slip of the keyboard does not become a binding 调解书.
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import { settledClaimsOf, type SettledClaim, type SettledClaimInput } from '@onewindow/matter';
import {
  ArbitrationParty,
  ARBITRATION_PARTY_ZH,
  InvalidProceedingsInputError,
  ProceedingsPreconditionError,
} from './proceedings.errors';
import {
  assertClaimedItems,
  assertCountyCode,
  assertIdValue,
  assertInstantValue,
  assertIsoDate,
  assertList,
  assertPartyValue,
  assertTextValue,
  chinaDayOf,
  ClaimedItem,
  IsoInstant,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';

export const ARBITRATION_MEDIATION_CITATION = '《劳动争议调解仲裁法》第四十二条；《劳动人事争议仲裁办案规则》第三条';

export interface MediationParty {
  readonly partyId: string;
  readonly name: string;
}

export type { SettledClaim, SettledClaimInput } from '@onewindow/matter';

export interface MediationStatementInput {
  readonly countyCode: CountyCode;
  /** the date on the 调解书 */
  readonly issuedOn: IsoDate;
  readonly worker: MediationParty;
  readonly employer: MediationParty;
  /** the tribunal's arbitrators, who sign it (调解书由仲裁员签名) */
  readonly arbitratorIds: readonly string[];
  /** the case's claims (仲裁请求) */
  readonly claims: readonly ClaimedItem[];
  readonly settledClaims: readonly SettledClaimInput[];
  /** other terms in words (a certificate of employment, how and when to pay) */
  readonly otherTerms?: string;
}

export interface ReceiptSignature {
  readonly party: ArbitrationParty;
  readonly signedAt: IsoInstant;
}

/** AWAITING_SIGNATURES: served, not yet signed for by both; IN_FORCE: the case ends; RETRACTED: the award follows */
export type MediationStatementStatus = 'AWAITING_SIGNATURES' | 'IN_FORCE' | 'RETRACTED';

export interface MediationStatement {
  readonly countyCode: CountyCode;
  readonly document: '仲裁调解书';
  readonly issuedOn: IsoDate;
  readonly worker: MediationParty;
  readonly employer: MediationParty;
  readonly arbitratorIds: readonly string[];
  readonly settledClaims: readonly SettledClaim[];
  readonly totalFen: number;
  readonly otherTerms?: string;
  readonly signatures: readonly ReceiptSignature[];
  readonly status: MediationStatementStatus;
  /** China day of the second signature */
  readonly effectiveOn?: IsoDate;
  /** true once in force: no award follows (Art. 42 para 3) */
  readonly caseEnds: boolean;
  readonly retraction?: { readonly party: ArbitrationParty; readonly at: IsoInstant; readonly reason: string };
  readonly citation: string;
}

/** Where mediation stands, as the award reads it. */
export type MediationStage = 'NOT_ATTEMPTED' | 'NO_AGREEMENT' | 'AWAITING_SIGNATURES' | 'IN_FORCE' | 'RETRACTED';

export function issueMediationStatement(input: MediationStatementInput): MediationStatement {
  assertCountyCode(input?.countyCode);
  assertIsoDate(input.issuedOn, 'issuedOn');
  assertMediationParty(input.worker, 'worker');
  assertMediationParty(input.employer, 'employer');
  if (input.worker.partyId === input.employer.partyId) {
    throw new InvalidProceedingsInputError('employer.partyId', 'the employer cannot be the same party as the worker');
  }
  assertList(input.arbitratorIds, 'arbitratorIds');
  if (input.arbitratorIds.length === 0) {
    throw new InvalidProceedingsInputError(
      'arbitratorIds',
      'the 调解书 is signed by the tribunal’s arbitrators: name them',
    );
  }
  input.arbitratorIds.forEach((id, i) => assertIdValue(id, `arbitratorIds[${i}]`));
  assertClaimedItems(input.claims);
  assertList(input.settledClaims, 'settledClaims');
  if (input.settledClaims.length === 0) {
    throw new InvalidProceedingsInputError('settledClaims', 'a 调解书 states what was agreed on at least one claim');
  }
  const { settledClaims, totalFen } = settledClaimsOf(
    input.settledClaims,
    input.claims,
    (field, message) => new InvalidProceedingsInputError(field, message),
  );
  if (input.otherTerms !== undefined) assertTextValue(input.otherTerms, 'otherTerms', { min: 1, max: 2000 });
  return {
    countyCode: input.countyCode,
    document: '仲裁调解书',
    issuedOn: input.issuedOn,
    worker: { partyId: input.worker.partyId, name: input.worker.name.trim() },
    employer: { partyId: input.employer.partyId, name: input.employer.name.trim() },
    arbitratorIds: [...input.arbitratorIds],
    settledClaims,
    totalFen,
    ...(input.otherTerms !== undefined ? { otherTerms: input.otherTerms.trim() } : {}),
    signatures: [],
    status: 'AWAITING_SIGNATURES',
    caseEnds: false,
    citation: ARBITRATION_MEDIATION_CITATION,
  };
}

/** A party signs for the 调解书 (签收); with both signatures it is in force and the case ends. */
export function signForMediationStatement(
  statement: MediationStatement,
  input: { readonly party: ArbitrationParty; readonly signedAt: IsoInstant },
): MediationStatement {
  assertPartyValue(input?.party, 'party');
  assertInstantValue(input.signedAt, 'signedAt');
  assertAwaitingSignatures(statement, 'party');
  const already = statement.signatures.find((s) => s.party === input.party);
  if (already) {
    throw new ProceedingsPreconditionError(
      'party',
      `the ${ARBITRATION_PARTY_ZH[input.party]} signed for it already at ${already.signedAt}`,
    );
  }
  const day = chinaDayOf(input.signedAt);
  if (compareIsoDates(day, statement.issuedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'signedAt',
      `${day} is before the 调解书 was issued (${statement.issuedOn})`,
    );
  }
  const signatures = [...statement.signatures, { party: input.party, signedAt: input.signedAt }];
  if (signatures.length < 2) return { ...statement, signatures };
  return { ...statement, signatures, status: 'IN_FORCE', effectiveOn: day, caseEnds: true };
}

/**
 * A party goes back on the agreement, or refuses to sign for the 调解书, before both have signed for it
 * (调解书送达前，一方当事人反悔): it never takes effect and the tribunal awards (Art. 42 para 3).
 */
export function retractMediationStatement(
  statement: MediationStatement,
  input: { readonly party: ArbitrationParty; readonly at: IsoInstant; readonly reason: string },
): MediationStatement {
  assertPartyValue(input?.party, 'party');
  assertInstantValue(input.at, 'at');
  assertTextValue(input.reason, 'reason', { min: 2, max: 1000 });
  assertAwaitingSignatures(statement, 'party');
  return {
    ...statement,
    status: 'RETRACTED',
    retraction: { party: input.party, at: input.at, reason: input.reason.trim() },
  };
}

/** Where mediation stands for the award: no statement means no agreement was reached, or none was tried. */
export function mediationStageOf(statement: MediationStatement | undefined, attempted: boolean): MediationStage {
  if (statement) return statement.status;
  return attempted ? 'NO_AGREEMENT' : 'NOT_ATTEMPTED';
}

/** Refuses an award while mediation can still end the case, or before it was tried (Art. 42). */
export function assertAwardMayFollowMediation(stage: MediationStage, field = 'mediationStage'): void {
  switch (stage) {
    case 'NO_AGREEMENT':
    case 'RETRACTED':
      return;
    case 'NOT_ATTEMPTED':
      throw new ProceedingsPreconditionError(
        field,
        '仲裁庭在作出裁决前，应当先行调解 (劳动争议调解仲裁法第四十二条): mediate first',
      );
    case 'AWAITING_SIGNATURES':
      throw new ProceedingsPreconditionError(
        field,
        'the 调解书 awaits the parties’ signatures; record a party’s refusal or retraction before an award',
      );
    case 'IN_FORCE':
      throw new ProceedingsPreconditionError(field, 'the 调解书 is in force and the case has ended: no award follows');
    default:
      throw new InvalidProceedingsInputError(
        field,
        `must be NOT_ATTEMPTED, NO_AGREEMENT, AWAITING_SIGNATURES, IN_FORCE or RETRACTED; got ${String(stage)}`,
      );
  }
}

function assertAwaitingSignatures(statement: MediationStatement, field: string): void {
  if (statement?.status !== 'AWAITING_SIGNATURES') {
    throw new ProceedingsPreconditionError(
      field,
      statement?.status === 'IN_FORCE'
        ? `the 调解书 is in force since ${String(statement.effectiveOn)}; the case has ended`
        : `the 调解书 was retracted by the ${statement?.retraction ? ARBITRATION_PARTY_ZH[statement.retraction.party] : 'party'}; the award follows`,
    );
  }
}

function assertMediationParty(party: MediationParty, at: string): void {
  if (party === null || typeof party !== 'object') throw new InvalidProceedingsInputError(at, 'missing');
  assertIdValue(party.partyId, `${at}.partyId`);
  assertTextValue(party.name, `${at}.name`, { max: 100 });
}
