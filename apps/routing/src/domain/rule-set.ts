// A county's “1+X” referral rules (分流规则) as data: written in JSON by the bureau, versioned, and
// compiled once (compileRuleSet) before any matter is decided. The published JSON Schema
// (apps/routing/rules/rule-set.schema.json) is generated from these lists and limits, so the file
// format, the parser and the compiler cannot drift apart.

/** Where a matter is sent: “1” is the HR&SS bureau's own units, “X” the partner agencies. */
export const REFERRAL_TARGETS = [
  'MEDIATION', // 调解（人社+工会+法院）
  'INSPECTION', // 劳动保障监察
  'ARBITRATION', // 劳动人事争议仲裁
  'LEGAL_AID', // 法律援助（司法局）
  'PETITION', // 信访
  'LABOR_RELATIONS_SUPERVISION', // 劳动关系行政监管
  'SUPERVISOR_QUEUE', // 值班主任人工分流
  'CONSULTATION_CLOSE', // 咨询当场解答并登记办结
  'TRADE_UNION', // 工会（通报、参与协调）
  'COURT', // 人民法院：only by a side referral an office asks for (支付令, 司法确认), never by a rule
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/**
 * Targets reached only by a side referral an office asks for, never by a rule: the court (人民法院) gets
 * a payment order (支付令, 劳动争议调解仲裁法 Art. 16) or a judicial confirmation (司法确认, 人民调解法
 * Art. 33) application with the mediation agreement attached; the center does not send it disputes.
 */
export const SIDE_REFERRAL_ONLY_TARGETS: readonly ReferralTarget[] = ['COURT'];

/** The targets a rule may refer a matter to (rule-set.schema.json lists these). */
export const RULE_REFERRAL_TARGETS = REFERRAL_TARGETS.filter((target) => !SIDE_REFERRAL_ONLY_TARGETS.includes(target));

/** Most urgent first: referrals are listed in this order. */
export const REFERRAL_PRIORITIES = ['HIGH', 'NORMAL'] as const;
export type ReferralPriority = (typeof REFERRAL_PRIORITIES)[number];

export const CONDITION_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'includes', 'includesAny'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

// Longer than a month (about 20 working days) defeats the point of a referral; a larger number is a typo.
export const MAX_ACKNOWLEDGE_WORKING_DAYS = 20;

/** Rule ids: lower-case words joined by hyphens, e.g. 'dispute-mediation-first'. */
export const RULE_ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** An ISO instant with an explicit offset, e.g. '2023-06-06T00:00:00+08:00'. */
export const ISO_INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$';
/** A 行政区划代码 has six digits; which counties are served is checked against @onewindow/county. */
export const COUNTY_CODE_PATTERN = '^\\d{6}$';

/** A JSON scalar or a list of them; compileRuleSet checks it suits the fact and operator. */
export type ConditionValue = string | number | boolean | readonly (string | number | boolean)[];

export interface FactCondition {
  readonly fact: string;
  readonly op: ConditionOperator;
  readonly value: ConditionValue;
}

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | FactCondition;

export interface ReferralTemplate {
  readonly target: ReferralTarget;
  readonly priority: ReferralPriority;
  /** Shown to the worker and the receiving agency, in Chinese. */
  readonly reason: string;
  readonly acknowledgeWithinWorkingDays: number;
  /**
   * The target may be tried again for this matter even though it failed or declined it before (e.g.
   * legal aid after the worker brings the missing papers). Without it, a target that failed or
   * declined is never referred again: the loop guard's first line.
   */
  readonly retryAllowed?: boolean;
}

export interface RuleDefinition {
  readonly id: string;
  /** Chinese. */
  readonly description: string;
  /** Chinese citation, e.g. 《劳动争议调解仲裁法》第十条. */
  readonly legalBasis: string;
  /**
   * Rules are tried in ascending precedence. Rules may share one (they then run in file order), but
   * publishing refuses two that share one, can hold together and disagree (a stop, or one target
   * referred differently): the order between them would be unstated.
   */
  readonly precedence: number;
  readonly when: Condition;
  readonly refer: readonly ReferralTemplate[];
  /** When this rule fires, rules of later precedence are not tried. */
  readonly stop?: boolean;
}

export interface RuleSet {
  readonly countyCode: string;
  readonly version: number;
  /** ISO instant with an explicit offset, e.g. '2023-06-06T00:00:00+08:00'. */
  readonly effectiveFrom: string;
  readonly rules: readonly RuleDefinition[];
}

/** How a target is named to the worker and in reasons (Chinese). */
export const REFERRAL_TARGET_NAMES_ZH: Readonly<Record<ReferralTarget, string>> = {
  MEDIATION: '调解',
  INSPECTION: '劳动保障监察',
  ARBITRATION: '劳动人事争议仲裁',
  LEGAL_AID: '法律援助',
  PETITION: '信访',
  LABOR_RELATIONS_SUPERVISION: '劳动关系行政监管',
  SUPERVISOR_QUEUE: '值班主任人工分流',
  CONSULTATION_CLOSE: '窗口解答办结',
  TRADE_UNION: '工会',
  COURT: '人民法院',
};
