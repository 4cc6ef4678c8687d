// Arbitration time limits as configuration, each with its citation. 劳动人事争议仲裁办案规则 (2017,
// 人社部令第33号) Art. 80: “三日”、“五日”、“十日” are working days, “十五日”、“四十五日” calendar days;
// Art. 19: periods are otherwise counted as in the Civil Procedure Law (start day not counted, an
// ending on a rest day moves). The calendar library does the counting.
import { CHINA_HOLIDAY_SCHEDULE, computeDeadline, DeadlineRule, HolidaySchedule, IsoDate } from '@onewindow/calendar';

export interface ArbitrationDeadlineRule extends DeadlineRule {
  /** what is due, in Chinese, for the timeline (proto Deadline.label) */
  readonly label: string;
}

/** A deadline as the timeline shows it (fields match proto onewindow.common.v1.Deadline, plus id/start/notes). */
export interface ArbitrationDeadline {
  readonly id: string;
  readonly label: string;
  readonly start: IsoDate;
  readonly dueOn: IsoDate;
  readonly provisional: boolean;
  readonly citation: string;
  readonly notes: readonly string[];
}

const RULES_2017 = '《劳动人事争议仲裁办案规则》（人社部令第33号）';
const LAW = '《劳动争议调解仲裁法》';
const WORKING_DAY_COUNTING = `${RULES_2017}第八十条（“五日”指工作日）`;
const CALENDAR_DAY_COUNTING = `${RULES_2017}第八十条（“四十五日”指自然日）`;

export interface ArbitrationDeadlineRules {
  /** accept or refuse in writing within 5 days of receiving the application */
  readonly acceptanceDecision: ArbitrationDeadlineRule;
  /** the non-acceptance notice, within the same 5 days */
  readonly nonAcceptanceNotice: ArbitrationDeadlineRule;
  /** the applicant's time to supply what is missing: a designated period (指定期间), not a statutory one */
  readonly supplement: ArbitrationDeadlineRule;
  /** copy of the application served on the respondent within 5 days of acceptance */
  readonly respondentCopyService: ArbitrationDeadlineRule;
  /** the parties told the tribunal's composition within 5 days of acceptance */
  readonly tribunalCompositionNotice: ArbitrationDeadlineRule;
  /** the case concluded within 45 days of acceptance (one extension of ≤ 15 days with approval, not counted here) */
  readonly award: ArbitrationDeadlineRule;
  /** limitation (仲裁时效): one year */
  readonly limitation: ArbitrationDeadlineRule;
}

export const DEFAULT_ARBITRATION_DEADLINE_RULES: ArbitrationDeadlineRules = Object.freeze<ArbitrationDeadlineRules>({
  acceptanceDecision: {
    id: 'arbitration.acceptance-decision',
    label: '作出受理或者不予受理决定',
    period: { amount: 5, unit: 'WORKING_DAYS' },
    citation: `${LAW}第二十九条；${RULES_2017}第三十条；${WORKING_DAY_COUNTING}`,
  },
  nonAcceptanceNotice: {
    id: 'arbitration.non-acceptance-notice',
    label: '作出不予受理的书面通知',
    period: { amount: 5, unit: 'WORKING_DAYS' },
    citation: `${LAW}第二十九条；${RULES_2017}第三十一条；${WORKING_DAY_COUNTING}`,
  },
  // The rules fix when the commission must ask (当场或者在五日内一次性告知, Art. 29) but not how long the
  // applicant has; five working days is our default designated period, to be set by each commission.
  supplement: {
    id: 'arbitration.supplement-material',
    label: '申请人补正材料',
    period: { amount: 5, unit: 'WORKING_DAYS' },
    citation: `${RULES_2017}第二十九条第四款（补正期限为仲裁委员会指定期间，默认五个工作日）；${RULES_2017}第十九条`,
  },
  respondentCopyService: {
    id: 'arbitration.respondent-copy-service',
    label: '向被申请人送达仲裁申请书副本',
    period: { amount: 5, unit: 'WORKING_DAYS' },
    citation: `${LAW}第三十条；${RULES_2017}第三十三条；${WORKING_DAY_COUNTING}`,
  },
  tribunalCompositionNotice: {
    id: 'arbitration.tribunal-composition-notice',
    label: '书面通知当事人仲裁庭组成情况',
    period: { amount: 5, unit: 'WORKING_DAYS' },
    citation: `${LAW}第三十二条；${RULES_2017}第三十七条；${WORKING_DAY_COUNTING}`,
  },
  award: {
    id: 'arbitration.award',
    label: '仲裁裁决期限（自受理之日起四十五日）',
    period: { amount: 45, unit: 'CALENDAR_DAYS' },
    citation: `${LAW}第四十三条；${RULES_2017}第四十五条；${CALENDAR_DAY_COUNTING}`,
  },
  limitation: {
    id: 'arbitration.limitation',
    label: '仲裁时效期间届满',
    period: { amount: 1, unit: 'YEARS' },
    citation: `${LAW}第二十七条；《中华人民共和国民法典》第二百零一条至第二百零三条`,
  },
});

/** The seed's same-day rule: 拖欠工资争议、工伤争议、重大集体争议 get the acceptance notice the day they qualify. */
export const SAME_DAY_ACCEPTANCE_CITATION =
  '随人社函〔2023〕36号《随州市“一站式”劳动保障维权中心工作实施方案》四（三）（当日出具并送达《受理通知书》）';

export const RECEIPT_CITATION = `${RULES_2017}第二十九条第五款（仲裁委员会收取当事人提交的材料应当出具收件回执）`;

export function computeArbitrationDeadline(
  rule: ArbitrationDeadlineRule,
  start: IsoDate,
  schedule: HolidaySchedule = CHINA_HOLIDAY_SCHEDULE,
): ArbitrationDeadline {
  const deadline = computeDeadline(rule, start, schedule);
  return {
    id: rule.id,
    label: rule.label,
    start,
    dueOn: deadline.due,
    provisional: deadline.provisional,
    citation: rule.citation,
    notes: deadline.notes,
  };
}

/** A deadline due on the day itself (当日), which no period counting applies to. */
export function sameDayDeadline(id: string, label: string, on: IsoDate, citation: string): ArbitrationDeadline {
  return { id, label, start: on, dueOn: on, provisional: false, citation, notes: [] };
}

export interface AfterAcceptanceOptions {
  readonly schedule?: HolidaySchedule;
  readonly rules?: Partial<ArbitrationDeadlineRules>;
}

/**
 * The clock that starts on acceptance (受理): service of the application copy, notice of the tribunal,
 * and the award. Used for same-day acceptances and again when an ordinary acceptance is recorded.
 * Suspension (中止, rules Art. 47) and added claims (rules Arts. 45–46) are applied later by the case.
 */
export function deadlinesAfterAcceptance(
  acceptedOn: IsoDate,
  options: AfterAcceptanceOptions = {},
): ArbitrationDeadline[] {
  const rules = { ...DEFAULT_ARBITRATION_DEADLINE_RULES, ...options.rules };
  const schedule = options.schedule ?? CHINA_HOLIDAY_SCHEDULE;
  return [
    computeArbitrationDeadline(rules.respondentCopyService, acceptedOn, schedule),
    computeArbitrationDeadline(rules.tribunalCompositionNotice, acceptedOn, schedule),
    computeArbitrationDeadline(rules.award, acceptedOn, schedule),
  ];
}
