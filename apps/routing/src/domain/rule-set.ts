// A county's “1+X” referral rules (分流规则) as data: written in JSON by the bureau, versioned, and
// compiled once (compileRuleSet) before any matter is decided.

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
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** Most urgent first: referrals are listed in this order. */
export const REFERRAL_PRIORITIES = ['HIGH', 'NORMAL'] as const;
export type ReferralPriority = (typeof REFERRAL_PRIORITIES)[number];

export const CONDITION_OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'includes', 'includesAny'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

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
}

export interface RuleDefinition {
  readonly id: string;
  /** Chinese. */
  readonly description: string;
  /** Chinese citation, e.g. 《劳动争议调解仲裁法》第十条. */
  readonly legalBasis: string;
  /** Rules are tried in ascending precedence; no two rules share one. */
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
