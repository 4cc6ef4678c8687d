// What a supervisory check (专项检查, seed 四(一)) found, measured against the rule in force on the day:
// the county's dated minimum wage, the written-contract month, the 10 % dispatch cap, the overtime limits.
import type { IsoDate } from '@onewindow/calendar';
import { MinimumWageUnknownError, minimumWageOn, type MinimumWageTable } from '@onewindow/county';
import { InvalidSupervisionInputError } from './supervision.errors';
import { assertCount, assertNotInFuture } from './supervision-input.validation';

export const CHECK_KINDS = ['MINIMUM_WAGE', 'LABOR_CONTRACTS', 'LABOR_DISPATCH', 'WORKING_HOURS'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];
export type SupervisionKind = 'LAYOFF_REPORT' | CheckKind;
export const SUPERVISION_KINDS: readonly SupervisionKind[] = ['LAYOFF_REPORT', ...CHECK_KINDS];

export const isCheckKind = (kind: string): kind is CheckKind => (CHECK_KINDS as readonly string[]).includes(kind);

export const MINIMUM_WAGE_CITATION = '《最低工资规定》第十二条；《中华人民共和国劳动法》第四十八条';
export const WRITTEN_CONTRACT_CITATION = '《中华人民共和国劳动合同法》第十条、第八十二条';
export const DISPATCH_CAP_CITATION = '《劳务派遣暂行规定》（人力资源和社会保障部令第22号）第四条';
export const OVERTIME_CITATION = '《中华人民共和国劳动法》第四十一条';

export interface CheckFindingsInput {
  lowestMonthlyWageFen: number;
  workersWithoutWrittenContract: number;
  dispatchedWorkers: number;
  contractWorkers: number;
  maxOvertimeHoursPerDay: number;
  maxOvertimeHoursPerMonth: number;
  measuredOn: string;
}

export interface CheckFindings extends CheckFindingsInput {
  /** MINIMUM_WAGE: the county's standard in force on measuredOn, and where it comes from */
  minimumWageFen: number;
  minimumWageSource: string;
  /** each breach worded with its article; empty when the rules were kept */
  breaches: string[];
}

const fen = (amount: number) => {
  const digits = String(amount).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}元`;
};

/**
 * The findings of a check of `kind` in `countyCode`, with the breaches they amount to. Only the fields of
 * the check's kind are read; the others are kept as zero.
 */
export function judgeCheckFindings(
  kind: CheckKind,
  countyCode: string,
  input: CheckFindingsInput,
  today: IsoDate,
  table?: MinimumWageTable,
): CheckFindings {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidSupervisionInputError('findings', 'give what the check found');
  }
  assertNotInFuture(input.measuredOn, 'findings.measuredOn', today);
  const base: CheckFindings = {
    lowestMonthlyWageFen: 0,
    workersWithoutWrittenContract: 0,
    dispatchedWorkers: 0,
    contractWorkers: 0,
    maxOvertimeHoursPerDay: 0,
    maxOvertimeHoursPerMonth: 0,
    measuredOn: input.measuredOn,
    minimumWageFen: 0,
    minimumWageSource: '',
    breaches: [],
  };
  switch (kind) {
    case 'MINIMUM_WAGE': {
      assertCount(input.lowestMonthlyWageFen, 'findings.lowestMonthlyWageFen', { min: 1, max: 100_000_000 });
      let standard;
      try {
        standard = minimumWageOn(countyCode, input.measuredOn, table);
      } catch (error) {
        if (error instanceof MinimumWageUnknownError) {
          throw new InvalidSupervisionInputError('findings.measuredOn', `no minimum wage is known: ${error.message}`);
        }
        throw error;
      }
      const source =
        `${standard.standardCitation}（${standard.standardId}，第${standard.tier}类地区；${standard.tierCitation}）` +
        (standard.verified ? '' : '；标准金额或本县市区所属类别尚未核实');
      const below = input.lowestMonthlyWageFen < standard.monthlyFen;
      return {
        ...base,
        lowestMonthlyWageFen: input.lowestMonthlyWageFen,
        minimumWageFen: standard.monthlyFen,
        minimumWageSource: source,
        breaches: below
          ? [
              `支付劳动者的最低月工资${fen(input.lowestMonthlyWageFen)}，低于${input.measuredOn}当地月最低工资标准${fen(standard.monthlyFen)}（${MINIMUM_WAGE_CITATION}）`,
            ]
          : [],
      };
    }
    case 'LABOR_CONTRACTS': {
      assertCount(input.workersWithoutWrittenContract, 'findings.workersWithoutWrittenContract');
      const n = input.workersWithoutWrittenContract;
      return {
        ...base,
        workersWithoutWrittenContract: n,
        breaches:
          n > 0
            ? [
                `${n}名劳动者用工已超过一个月未订立书面劳动合同，应当订立书面劳动合同并向劳动者每月支付二倍的工资（${WRITTEN_CONTRACT_CITATION}）`,
              ]
            : [],
      };
    }
    case 'LABOR_DISPATCH': {
      assertCount(input.dispatchedWorkers, 'findings.dispatchedWorkers');
      assertCount(input.contractWorkers, 'findings.contractWorkers');
      const total = input.dispatchedWorkers + input.contractWorkers;
      if (total === 0) {
        throw new InvalidSupervisionInputError(
          'findings.contractWorkers',
          'the workforce (contract workers + dispatched workers, 用工总量) cannot be zero',
        );
      }
      // Integer arithmetic: dispatched / 用工总量 > 10 % ⇔ dispatched × 10 > 用工总量; exactly 10 % is kept.
      const over = input.dispatchedWorkers * 10 > total;
      return {
        ...base,
        dispatchedWorkers: input.dispatchedWorkers,
        contractWorkers: input.contractWorkers,
        breaches: over
          ? [
              `使用被派遣劳动者${input.dispatchedWorkers}人，超过用工总量${total}人的百分之十（${DISPATCH_CAP_CITATION}）`,
            ]
          : [],
      };
    }
    case 'WORKING_HOURS': {
      assertCount(input.maxOvertimeHoursPerDay, 'findings.maxOvertimeHoursPerDay', { max: 24 });
      assertCount(input.maxOvertimeHoursPerMonth, 'findings.maxOvertimeHoursPerMonth', { max: 744 });
      const { maxOvertimeHoursPerDay: day, maxOvertimeHoursPerMonth: month } = input;
      return {
        ...base,
        maxOvertimeHoursPerDay: day,
        maxOvertimeHoursPerMonth: month,
        breaches: [
          ...(day > 3 ? [`延长工作时间每日${day}小时，超过每日不得超过三小时的限制（${OVERTIME_CITATION}）`] : []),
          ...(month > 36
            ? [`延长工作时间每月${month}小时，超过每月不得超过三十六小时的限制（${OVERTIME_CITATION}）`]
            : []),
        ],
      };
    }
  }
}
