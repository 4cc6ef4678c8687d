// Advance enforcement (先予执行), 劳动争议调解仲裁法 Art. 44 (办案规则 Art. 51): in a case claiming wages
// (劳动报酬), work-injury medical costs (工伤医疗费), severance (经济补偿) or damages (赔偿金), the tribunal may,
// on a party's application, order advance enforcement and transfer it to the people's court for enforcement,
// when (1) the parties' rights and obligations are clear (权利义务关系明确) and (2) without it the applicant's
// livelihood would be seriously affected (不先予执行将严重影响申请人的生活). A worker who applies need not give
// security (劳动者申请先予执行的，可以不提供担保); for an employer the tribunal may ask for it.
// A claim of another kind cannot be the subject of advance enforcement: that is an input error naming the
// item. Unmet conditions are a decision (REFUSED, with the reasons), not an error.
import { compareIsoDates, IsoDate } from '@onewindow/calendar';
import { assertCaseOpen, CaseState } from './award';
import { ArbitrationParty, InvalidProceedingsInputError, ProceedingsPreconditionError } from './proceedings.errors';
import {
  assertBoolean,
  assertClaimedItems,
  assertClaimIndex,
  assertCountyCode,
  assertFenAmount,
  assertIsoDate,
  assertList,
  assertPartyValue,
  ClaimedItem,
  yuanOf,
} from './proceedings-input.validation';
import { ClaimCategory, CountyCode } from './matter-content';

export const ADVANCE_ENFORCEMENT_CITATION = '《劳动争议调解仲裁法》第四十四条；《劳动人事争议仲裁办案规则》第五十一条';

/** The claims Art. 44 names: 追索劳动报酬、工伤医疗费、经济补偿或者赔偿金. */
export const ADVANCE_ENFORCEMENT_CATEGORIES: readonly ClaimCategory[] = Object.freeze([
  'WAGES',
  'WORK_INJURY_MEDICAL',
  'SEVERANCE',
  'DAMAGES',
]);

export interface AdvanceEnforcementInput {
  readonly countyCode: CountyCode;
  readonly applicant: ArbitrationParty;
  readonly appliedOn: IsoDate;
  readonly decidedOn: IsoDate;
  /** what is to be paid in advance, per claim, in fen */
  readonly items: readonly { readonly claimIndex: number; readonly amountFen: number }[];
  /** the tribunal's finding: 当事人之间权利义务关系明确 */
  readonly rightsAndObligationsClear: boolean;
  /** the tribunal's finding: 不先予执行将严重影响申请人的生活 */
  readonly livelihoodSeriouslyAffected: boolean;
}

export interface AdvanceEnforcementContext {
  readonly countyCode: CountyCode;
  readonly claims: readonly ClaimedItem[];
  readonly caseState: CaseState;
}

export interface AdvanceEnforcementDecision {
  readonly countyCode: CountyCode;
  readonly applicant: ArbitrationParty;
  readonly decidedOn: IsoDate;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly reasons: readonly string[];
  readonly items: readonly {
    readonly claimIndex: number;
    readonly category: ClaimCategory;
    readonly amountFen: number;
  }[];
  readonly totalFen: number;
  /** false for a worker (Art. 44 para 3); for an employer the tribunal may order security */
  readonly securityMayBeRequired: boolean;
  /** a granted order goes to the people's court for enforcement (移送人民法院执行) */
  readonly transferToCourt: boolean;
  readonly citation: string;
}

export function decideAdvanceEnforcement(
  input: AdvanceEnforcementInput,
  context: AdvanceEnforcementContext,
): AdvanceEnforcementDecision {
  assertCountyCode(input?.countyCode);
  assertCountyCode(context?.countyCode, 'case.countyCode');
  if (input.countyCode !== context.countyCode) {
    throw new InvalidProceedingsInputError('countyCode', `the case belongs to county ${context.countyCode}`);
  }
  assertPartyValue(input.applicant, 'applicant');
  assertIsoDate(input.appliedOn, 'appliedOn');
  assertIsoDate(input.decidedOn, 'decidedOn');
  if (compareIsoDates(input.decidedOn, input.appliedOn) < 0) {
    throw new InvalidProceedingsInputError(
      'decidedOn',
      `${input.decidedOn} is before the application (${input.appliedOn})`,
    );
  }
  assertBoolean(input.rightsAndObligationsClear, 'rightsAndObligationsClear');
  assertBoolean(input.livelihoodSeriouslyAffected, 'livelihoodSeriouslyAffected');
  assertClaimedItems(context.claims, 'case.claims');
  assertCaseOpen(context.caseState);
  assertList(input.items, 'items');
  if (input.items.length === 0)
    throw new InvalidProceedingsInputError('items', 'name the claims to be paid in advance');
  const seen = new Set<number>();
  const items = input.items.map((item, i) => {
    const at = `items[${i}]`;
    if (item === null || typeof item !== 'object') throw new InvalidProceedingsInputError(at, 'missing');
    assertClaimIndex(item.claimIndex, context.claims.length, `${at}.claimIndex`);
    if (seen.has(item.claimIndex))
      throw new InvalidProceedingsInputError(`${at}.claimIndex`, `claim ${item.claimIndex} is named twice`);
    seen.add(item.claimIndex);
    const claim = context.claims[item.claimIndex];
    if (!ADVANCE_ENFORCEMENT_CATEGORIES.includes(claim.category)) {
      throw new ProceedingsPreconditionError(
        `${at}.claimIndex`,
        `claim ${item.claimIndex} is ${claim.category}: advance enforcement is only for 劳动报酬、工伤医疗费、经济补偿或者赔偿金 ` +
          `(${ADVANCE_ENFORCEMENT_CATEGORIES.join(', ')}; 劳动争议调解仲裁法第四十四条)`,
      );
    }
    assertFenAmount(item.amountFen, `${at}.amountFen`, { positive: true });
    if (item.amountFen > claim.amountFen) {
      throw new InvalidProceedingsInputError(
        `${at}.amountFen`,
        `${yuanOf(item.amountFen)} yuan is above the ${yuanOf(claim.amountFen)} yuan claimed`,
      );
    }
    return { claimIndex: item.claimIndex, category: claim.category, amountFen: item.amountFen };
  });

  const reasons: string[] = [];
  if (!input.rightsAndObligationsClear) reasons.push('当事人之间权利义务关系不明确（第四十四条第二款第一项）');
  if (!input.livelihoodSeriouslyAffected) reasons.push('不先予执行不会严重影响申请人的生活（第四十四条第二款第二项）');
  const granted = reasons.length === 0;
  if (granted) reasons.push('当事人之间权利义务关系明确，不先予执行将严重影响申请人的生活（第四十四条第二款）');
  return {
    countyCode: input.countyCode,
    applicant: input.applicant,
    decidedOn: input.decidedOn,
    outcome: granted ? 'GRANTED' : 'REFUSED',
    reasons,
    items,
    totalFen: items.reduce((sum, i) => sum + i.amountFen, 0),
    securityMayBeRequired: input.applicant !== 'WORKER',
    transferToCourt: granted,
    citation: ADVANCE_ENFORCEMENT_CITATION,
  };
}
