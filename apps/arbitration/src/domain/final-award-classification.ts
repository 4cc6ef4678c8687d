// Final award (终局裁决), 劳动争议调解仲裁法 Art. 47; 办案规则 Art. 50:
// (1) claims for wages, work-injury medical costs, severance or damages (劳动报酬、工伤医疗费、经济补偿或者
//     赔偿金) where each item is at most 12 × the local monthly minimum wage;
// (2) disputes over national labor standards on hours, rest and leave, social insurance.
// "Each item" (每项确定的数额): 办案规则 Art. 50 and the Supreme People's Court's interpretation (一)
// (法释〔2020〕26号). The amounts that decide are those the award determines; at review the claimed amounts
// only say whether the case is a candidate. An award with final and non-final items is written as two
// awards (办案规则 Art. 50), hence MIXED. The worker may still sue within 15 days (Art. 48).
import { IsoDate, parseIsoDate } from '@onewindow/calendar';
import {
  assertKnownCounty,
  minimumWageOn,
  MinimumWageAnswer,
  MinimumWageTable,
  SUIZHOU_MINIMUM_WAGE_TABLE,
} from '@onewindow/county';
import { InvalidApplicationError } from './arbitration.errors';
import { MAX_CLAIM_AMOUNT_FEN } from './matter-content';
import { Claim, CLAIM_CATEGORIES, ClaimCategory, CountyCode } from './matter-content';

export const FINAL_AWARD_MONTHS_OF_MINIMUM_WAGE = 12;

export const FINAL_AWARD_CITATION =
  '《劳动争议调解仲裁法》第四十七条、第四十八条；《劳动人事争议仲裁办案规则》第五十条；《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》';

const SMALL_AMOUNT_CATEGORIES: readonly ClaimCategory[] = ['WAGES', 'WORK_INJURY_MEDICAL', 'SEVERANCE', 'DAMAGES'];
const NATIONAL_STANDARD_CATEGORIES: readonly ClaimCategory[] = ['HOURS_REST_LEAVE', 'SOCIAL_INSURANCE'];

export type FinalAwardBasis = 'SMALL_AMOUNT' | 'NATIONAL_LABOR_STANDARD' | 'NOT_ELIGIBLE';

export interface ClaimFinality {
  readonly claimIndex: number;
  readonly category: ClaimCategory;
  readonly amountFen: number;
  readonly finalAward: boolean;
  readonly basis: FinalAwardBasis;
  readonly reason: string;
}

export interface FinalAwardClassification {
  /** FINAL: every claim final; MIXED: separate final and non-final awards; NON_FINAL: none */
  readonly kind: 'FINAL' | 'MIXED' | 'NON_FINAL';
  /** 12 × the monthly minimum wage, when some claim is of an amount-limited category */
  readonly thresholdFen?: number;
  readonly minimumWage?: MinimumWageAnswer;
  readonly claims: readonly ClaimFinality[];
  readonly citation: string;
}

export interface FinalAwardInput {
  readonly countyCode: CountyCode;
  /** the date whose minimum wage applies: the award date when known, the receipt date as an estimate */
  readonly onDate: IsoDate;
  readonly claims: readonly Pick<Claim, 'category' | 'amountFen'>[];
}

export function classifyFinalAward(
  input: FinalAwardInput,
  minimumWageTable: MinimumWageTable = SUIZHOU_MINIMUM_WAGE_TABLE,
): FinalAwardClassification {
  assertKnownCounty(input.countyCode);
  const onDate = parseIsoDate(input.onDate, 'onDate');
  if (!Array.isArray(input.claims) || input.claims.length === 0) {
    throw new InvalidApplicationError('claims', 'no claims to classify');
  }
  input.claims.forEach((claim, index) => {
    if (!CLAIM_CATEGORIES.includes(claim.category)) {
      throw new InvalidApplicationError(
        `claims[${index}].category`,
        `unknown claim category ${String(claim.category)}`,
      );
    }
    if (!Number.isSafeInteger(claim.amountFen) || claim.amountFen < 0 || claim.amountFen > MAX_CLAIM_AMOUNT_FEN) {
      throw new InvalidApplicationError(
        `claims[${index}].amountFen`,
        `must be a whole number of fen from 0 to ${MAX_CLAIM_AMOUNT_FEN}; got ${String(claim.amountFen)}`,
      );
    }
  });

  // Only look the minimum wage up when an amount decides: a missing standard must not block the rest.
  const needsThreshold = input.claims.some((c) => SMALL_AMOUNT_CATEGORIES.includes(c.category));
  const minimumWage = needsThreshold ? minimumWageOn(input.countyCode, onDate, minimumWageTable) : undefined;
  const thresholdFen = minimumWage ? minimumWage.monthlyFen * FINAL_AWARD_MONTHS_OF_MINIMUM_WAGE : undefined;

  const claims = input.claims.map((claim, claimIndex): ClaimFinality => {
    const base = { claimIndex, category: claim.category, amountFen: claim.amountFen };
    if (NATIONAL_STANDARD_CATEGORIES.includes(claim.category)) {
      return {
        ...base,
        finalAward: true,
        basis: 'NATIONAL_LABOR_STANDARD',
        reason: '因执行国家的劳动标准在工作时间、休息休假、社会保险等方面发生的争议（第四十七条第（二）项）',
      };
    }
    if (SMALL_AMOUNT_CATEGORIES.includes(claim.category) && thresholdFen !== undefined) {
      const within = claim.amountFen <= thresholdFen;
      return {
        ...base,
        finalAward: within,
        basis: within ? 'SMALL_AMOUNT' : 'NOT_ELIGIBLE',
        reason: within
          ? `请求数额 ${yuan(claim.amountFen)} 元不超过当地月最低工资标准十二个月金额 ${yuan(thresholdFen)} 元（第四十七条第（一）项）`
          : `请求数额 ${yuan(claim.amountFen)} 元超过当地月最低工资标准十二个月金额 ${yuan(thresholdFen)} 元，不适用终局裁决`,
      };
    }
    return { ...base, finalAward: false, basis: 'NOT_ELIGIBLE', reason: '该类请求不属于第四十七条规定的终局裁决事项' };
  });

  const finalCount = claims.filter((c) => c.finalAward).length;
  const kind = finalCount === claims.length ? 'FINAL' : finalCount === 0 ? 'NON_FINAL' : 'MIXED';
  return {
    kind,
    ...(thresholdFen !== undefined ? { thresholdFen, minimumWage } : {}),
    claims,
    citation: FINAL_AWARD_CITATION,
  };
}

/** Whether the whole case is a final-award candidate (every claim within Art. 47). */
export function isFinalAwardCandidate(input: FinalAwardInput, minimumWageTable?: MinimumWageTable): boolean {
  return classifyFinalAward(input, minimumWageTable).kind === 'FINAL';
}

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}
