// 企业规模裁员 (劳动合同法 Art. 41) and who may not be laid off (Art. 42): plain rules, no I/O.
import { addCalendarDays, compareIsoDates, daysBetween, type IsoDate } from '@onewindow/calendar';
import { InvalidSupervisionInputError } from './supervision.errors';
import { assertCount, assertDate, assertText } from './supervision-input.validation';

export const LAYOFF_CITATION = '《中华人民共和国劳动合同法》第四十一条';
export const PROTECTED_WORKERS_CITATION = '《中华人民共和国劳动合同法》第四十二条';

/** 规模裁员: twenty or more, or fewer than twenty but at least ten per cent of the workforce (Art. 41 para 1). */
export interface LayoffThreshold {
  workersLaidOff: number;
  workforce: number;
  reportable: boolean;
  thresholdFinding: string;
}

export function judgeLayoffThreshold(workersLaidOff: unknown, workforce: unknown): LayoffThreshold {
  assertCount(workersLaidOff, 'workersLaidOff', { min: 1 });
  assertCount(workforce, 'workforce', { min: 1 });
  if (workersLaidOff > workforce) {
    throw new InvalidSupervisionInputError(
      'workersLaidOff',
      `${workersLaidOff} workers laid off is more than the workforce of ${workforce}`,
    );
  }
  // Integer arithmetic: laid off ≥ 10 % of the workforce ⇔ laid off × 10 ≥ workforce.
  const byNumber = workersLaidOff >= 20;
  const byShare = workersLaidOff * 10 >= workforce;
  const reportable = byNumber || byShare;
  const thresholdFinding = byNumber
    ? `裁减人员${workersLaidOff}人，达到二十人以上，属于规模裁员，应当向劳动行政部门报告裁减人员方案（${LAYOFF_CITATION}第一款）`
    : byShare
      ? `裁减人员${workersLaidOff}人，不足二十人但占企业职工总数${workforce}人的百分之十以上，属于规模裁员，应当向劳动行政部门报告裁减人员方案（${LAYOFF_CITATION}第一款）`
      : `裁减人员${workersLaidOff}人，不足二十人且不足企业职工总数${workforce}人的百分之十，不属于规模裁员，无需报告裁减人员方案；` +
        '对个别劳动者解除劳动合同的，适用《中华人民共和国劳动合同法》第三十九条、第四十条，劳动者对解除有异议的，可以依法申请劳动争议仲裁';
  return { workersLaidOff, workforce, reportable, thresholdFinding };
}

/** The four grounds of Art. 41 para 1, as the law words them, with the short forms accepted for each. */
export const LAYOFF_GROUNDS: readonly { text: string; shortForms: readonly string[] }[] = [
  { text: '依照企业破产法规定进行重整的', shortForms: ['破产重整'] },
  { text: '生产经营发生严重困难的', shortForms: ['生产经营发生严重困难', '生产经营严重困难'] },
  {
    text: '企业转产、重大技术革新或者经营方式调整，经变更劳动合同后，仍需裁减人员的',
    shortForms: ['转产、重大技术革新或者经营方式调整', '企业转产、重大技术革新或者经营方式调整'],
  },
  {
    text: '其他因劳动合同订立时所依据的客观经济情况发生重大变化，致使劳动合同无法履行的',
    shortForms: [
      '客观经济情况发生重大变化',
      '其他因劳动合同订立时所依据的客观经济情况发生重大变化，致使劳动合同无法履行',
    ],
  },
];

/** The ground as the law words it; INVALID_ARGUMENT unless it is one of the four. */
export function layoffGroundOf(ground: unknown, field = 'ground'): string {
  const given = typeof ground === 'string' ? ground.trim().replace(/[。.]$/u, '') : '';
  const found = LAYOFF_GROUNDS.find((g) => g.text === given || `${given}的` === g.text || g.shortForms.includes(given));
  if (!found) {
    throw new InvalidSupervisionInputError(
      field,
      `must be one of the four grounds of Art. 41 (破产重整 / 生产经营发生严重困难 / 企业转产、重大技术革新或者经营方式调整 / 客观经济情况发生重大变化); got ${JSON.stringify(given)}`,
    );
  }
  return found.text;
}

/** 提前三十日向工会或者全体职工说明情况，听取工会或者职工的意见 (Art. 41 para 1). */
export interface AdvanceExplanation {
  explainedOn: IsoDate;
  plannedOn: IsoDate;
  unionOpinionHeard: boolean;
  advanceExplanationKept: boolean;
  /** how many days the explanation came too late; 0 when kept */
  daysShort: number;
}

export function checkAdvanceExplanation(
  explainedOn: unknown,
  plannedOn: unknown,
  unionOpinionHeard: boolean,
): AdvanceExplanation {
  assertDate(explainedOn, 'explainedOn');
  assertDate(plannedOn, 'plannedOn');
  // Thirty calendar days (提前三十日) by plain date arithmetic: explained_on + 30 ≤ planned_on.
  const earliestLayoffDay = addCalendarDays(explainedOn, 30);
  const advanceExplanationKept = compareIsoDates(earliestLayoffDay, plannedOn) <= 0;
  return {
    explainedOn,
    plannedOn,
    unionOpinionHeard: unionOpinionHeard === true,
    advanceExplanationKept,
    daysShort: advanceExplanationKept ? 0 : daysBetween(plannedOn, earliestLayoffDay),
  };
}

/** What is wrong with the explanation, worded with its article; empty when kept. */
export function explanationFindings(
  explanation: Pick<AdvanceExplanation, 'advanceExplanationKept' | 'daysShort' | 'unionOpinionHeard'>,
): string[] {
  return [
    ...(explanation.advanceExplanationKept
      ? []
      : [`未提前三十日向工会或者全体职工说明情况（相差${explanation.daysShort}日）（${LAYOFF_CITATION}第一款）`]),
    ...(explanation.unionOpinionHeard ? [] : [`未听取工会或者职工的意见（${LAYOFF_CITATION}第一款）`]),
  ];
}

/** The plan's review: workers Art. 42 protects named in it, and the Art. 41 para 2 retention priority. */
export interface LayoffPlanReview {
  protectedWorkersInPlan: string[];
  reviewFindings: string[];
}

export function reviewLayoffPlan(protectedWorkersInPlan: unknown, retentionPriorityKept: boolean): LayoffPlanReview {
  if (!Array.isArray(protectedWorkersInPlan)) {
    throw new InvalidSupervisionInputError('protectedWorkersInPlan', 'give the protected workers as a list');
  }
  protectedWorkersInPlan.forEach((worker, i) => assertText(worker, `protectedWorkersInPlan[${i}]`, { max: 200 }));
  const named = (protectedWorkersInPlan as string[]).map((worker) => worker.trim());
  return {
    protectedWorkersInPlan: named,
    reviewFindings: [
      ...named.map(
        (worker) =>
          `裁减人员方案列入了不得裁减的人员：${worker}（职业病或疑似职业病、工伤丧失或部分丧失劳动能力、医疗期内、孕期产期哺乳期、在本单位连续工作满十五年且距法定退休年龄不足五年等，${PROTECTED_WORKERS_CITATION}）`,
      ),
      ...(retentionPriorityKept === true
        ? []
        : [
            `裁减人员时未优先留用与本单位订立较长期限的固定期限劳动合同、无固定期限劳动合同的人员以及家庭无其他就业人员且有需要扶养的老人或者未成年人的人员（${LAYOFF_CITATION}第二款）`,
          ]),
    ],
  };
}
