// The simple procedure (简易处理), 劳动人事争议仲裁办案规则 Arts. 56–61; a sole arbitrator (独任仲裁) is the
// tribunal of a simple case (劳动争议调解仲裁法 Art. 31: 简单劳动争议案件可以由一名仲裁员独任仲裁).
// - Art. 56 para 1: any one of (1) clear facts, clear rights and duties, little in dispute (事实清楚、权利义务
//   关系明确、争议不大); (2) the amount in dispute (标的额) not above the province's average annual wage of the
//   previous year (本省上年度职工年平均工资), the figure in force on the day the application was filed;
//   (3) both parties agree (双方当事人同意). Para 2: the commission decides and may appoint a sole arbitrator.
// - Art. 57: never for a case (1) touching the national or the public interest, (2) of major social impact,
//   (3) whose respondent cannot be found (下落不明), (4) the commission finds unsuitable.
// - Art. 62 para 2: a collective dispute (≥ 10 workers with a common claim) that meets one criterion of
//   Art. 56 para 1 may also be handled simply, outside the collective section (so also by a sole arbitrator).
// - Art. 61: a case found unsuitable on the way reverts to the ordinary procedure, the award period still
//   counted from acceptance (the case's clock, not this rule).
// The 标的额 is the sum of the claimed amounts, in fen.
import { IsoDate } from '@onewindow/calendar';
import { InvalidProceedingsInputError } from './proceedings.errors';
import {
  assertBoolean,
  assertClaimedItems,
  assertCountyCode,
  assertIsoDate,
  assertList,
  ClaimedItem,
  yuanOf,
} from './proceedings-input.validation';
import { CountyCode } from './matter-content';
import {
  PROVINCIAL_AVERAGE_WAGE_TABLE,
  ProvincialAverageWageAnswer,
  provincialAverageWageOn,
  ProvincialAverageWageTable,
} from './provincial-average-wage';

export const SIMPLE_PROCEDURE_CITATION =
  '《劳动争议调解仲裁法》第三十一条；《劳动人事争议仲裁办案规则》第五十六条、第五十七条、第六十二条第二款';

export const SIMPLE_PROCEDURE_CRITERIA = ['CLEAR_FACTS', 'AMOUNT_WITHIN_AVERAGE_WAGE', 'BOTH_PARTIES_AGREE'] as const;
export type SimpleProcedureCriterion = (typeof SIMPLE_PROCEDURE_CRITERIA)[number];

export const SIMPLE_PROCEDURE_BARS = [
  'NATIONAL_OR_PUBLIC_INTEREST', // 涉及国家利益、社会公共利益
  'MAJOR_SOCIAL_IMPACT', // 有重大社会影响
  'RESPONDENT_WHEREABOUTS_UNKNOWN', // 被申请人下落不明
  'COMMISSION_FINDS_UNSUITABLE', // 仲裁委员会认为不宜简易处理
] as const;
export type SimpleProcedureBar = (typeof SIMPLE_PROCEDURE_BARS)[number];

const BAR_ZH: Record<SimpleProcedureBar, string> = {
  NATIONAL_OR_PUBLIC_INTEREST: '涉及国家利益、社会公共利益',
  MAJOR_SOCIAL_IMPACT: '有重大社会影响',
  RESPONDENT_WHEREABOUTS_UNKNOWN: '被申请人下落不明',
  COMMISSION_FINDS_UNSUITABLE: '仲裁委员会认为不宜简易处理',
};

export interface SimpleProcedureInput {
  readonly countyCode: CountyCode;
  /** the day the application was filed (申请之日): whose average wage applies */
  readonly filedOn: IsoDate;
  readonly claims: readonly ClaimedItem[];
  /** the commission's finding: 事实清楚、权利义务关系明确、争议不大 */
  readonly factsClear: boolean;
  /** both parties agreed to the simple procedure */
  readonly bothPartiesAgree: boolean;
  /** the Art. 57 grounds that apply, if any */
  readonly bars: readonly SimpleProcedureBar[];
}

export interface SimpleProcedureFinding {
  readonly criterion: SimpleProcedureCriterion;
  /** undefined: cannot be told (no average wage entered for the filing day) */
  readonly met: boolean | undefined;
  readonly reason: string;
}

export interface SimpleProcedureAssessment {
  readonly countyCode: CountyCode;
  readonly filedOn: IsoDate;
  /** true: the commission may decide on the simple procedure and a sole arbitrator */
  readonly eligible: boolean;
  readonly findings: readonly SimpleProcedureFinding[];
  readonly bars: readonly SimpleProcedureBar[];
  /** 标的额: the claimed amounts added up */
  readonly totalClaimedFen: number;
  readonly averageWage?: ProvincialAverageWageAnswer;
  readonly citation: string;
}

export function assessSimpleProcedure(
  input: SimpleProcedureInput,
  averageWages: ProvincialAverageWageTable = PROVINCIAL_AVERAGE_WAGE_TABLE,
): SimpleProcedureAssessment {
  assertCountyCode(input?.countyCode);
  assertIsoDate(input.filedOn, 'filedOn');
  assertClaimedItems(input.claims);
  assertBoolean(input.factsClear, 'factsClear');
  assertBoolean(input.bothPartiesAgree, 'bothPartiesAgree');
  assertList(input.bars, 'bars');
  input.bars.forEach((bar, i) => {
    if (!SIMPLE_PROCEDURE_BARS.includes(bar)) {
      throw new InvalidProceedingsInputError(
        `bars[${i}]`,
        `must be one of ${SIMPLE_PROCEDURE_BARS.join(', ')}; got ${String(bar)}`,
      );
    }
  });

  const totalClaimedFen = input.claims.reduce((sum, c) => sum + c.amountFen, 0);
  const averageWage = provincialAverageWageOn(input.countyCode, input.filedOn, averageWages);
  const amountFinding: SimpleProcedureFinding = averageWage
    ? {
        criterion: 'AMOUNT_WITHIN_AVERAGE_WAGE',
        met: totalClaimedFen <= averageWage.annualFen,
        reason:
          `标的额 ${yuanOf(totalClaimedFen)} 元${totalClaimedFen <= averageWage.annualFen ? '不超过' : '超过'}` +
          `${averageWage.region}${averageWage.wageYear}年度职工年平均工资 ${yuanOf(averageWage.annualFen)} 元` +
          `（${averageWage.title}${averageWage.verified ? '' : '，数额待核实'}）`,
      }
    : {
        criterion: 'AMOUNT_WITHIN_AVERAGE_WAGE',
        met: undefined,
        reason: `${input.filedOn} 适用的本省上年度职工年平均工资尚未录入，无法按标的额判断`,
      };
  const findings: SimpleProcedureFinding[] = [
    {
      criterion: 'CLEAR_FACTS',
      met: input.factsClear,
      reason: input.factsClear ? '事实清楚、权利义务关系明确、争议不大' : '未认定事实清楚、争议不大',
    },
    amountFinding,
    {
      criterion: 'BOTH_PARTIES_AGREE',
      met: input.bothPartiesAgree,
      reason: input.bothPartiesAgree ? '双方当事人同意简易处理' : '双方当事人未均同意简易处理',
    },
  ];
  const bars = [...new Set(input.bars)];
  return {
    countyCode: input.countyCode,
    filedOn: input.filedOn,
    eligible: bars.length === 0 && findings.some((f) => f.met === true),
    findings,
    bars,
    totalClaimedFen,
    ...(averageWage ? { averageWage } : {}),
    citation: SIMPLE_PROCEDURE_CITATION,
  };
}

/** Why a case may not be handled simply, in Chinese, for the refusal's description. */
export function simpleProcedureRefusal(assessment: SimpleProcedureAssessment): string {
  if (assessment.bars.length > 0) {
    return `不得简易处理：${assessment.bars.map((b) => BAR_ZH[b]).join('、')}（办案规则第五十七条）`;
  }
  return `不符合简易处理条件：${assessment.findings.map((f) => f.reason).join('；')}（办案规则第五十六条）`;
}
