// Turns a rule set into closures once, so deciding a matter never reads the JSON again, and refuses
// a rule set with any problem (naming all of them): a bad rule must fail at load, not misroute a worker.
import { assertKnownCounty } from '@onewindow/county';
import { FACT_TABLE, type FactName, type FactType, type Facts } from './matter-facts';
import type { Referral } from './routing-decision';
import type { Condition, ConditionOperator, FactCondition, RuleDefinition, RuleSet } from './rule-set';
import { RuleSetInvalidError } from './rule-set-invalid.error';
import { show } from './show-value';

type Predicate = (facts: Facts) => boolean;

export interface CompiledRule {
  readonly id: string;
  readonly precedence: number;
  readonly matches: Predicate;
  readonly referrals: readonly Referral[];
  readonly stop: boolean;
}

export interface CompiledRuleSet {
  readonly countyCode: string;
  readonly version: number;
  readonly effectiveFrom: string;
  /** In ascending precedence. */
  readonly rules: readonly CompiledRule[];
}

// Longer than a month (about 20 working days) defeats the point of a referral; a larger number is a typo.
export const MAX_ACKNOWLEDGE_WORKING_DAYS = 20;

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const OPERATORS_BY_FACT_TYPE: Readonly<Record<FactType['type'], readonly ConditionOperator[]>> = {
  boolean: ['eq', 'ne'],
  integer: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
  enum: ['eq', 'ne', 'in'],
  enumSet: ['includes', 'includesAny'],
};
const LIST_OPERATORS: readonly ConditionOperator[] = ['in', 'includesAny'];

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const problems: string[] = [];
  try {
    assertKnownCounty(ruleSet.countyCode);
  } catch (error) {
    problems.push((error as Error).message);
  }
  if (!Number.isSafeInteger(ruleSet.version) || ruleSet.version < 1) {
    problems.push(`version must be a positive integer; got ${ruleSet.version}`);
  }
  if (!ISO_INSTANT.test(ruleSet.effectiveFrom) || Number.isNaN(Date.parse(ruleSet.effectiveFrom))) {
    problems.push(
      `effectiveFrom must be an ISO instant with an offset, e.g. 2023-06-06T00:00:00+08:00; got '${ruleSet.effectiveFrom}'`,
    );
  }
  if (ruleSet.rules.length === 0) problems.push('rules is empty: every matter would go to the supervisor queue');

  const rules = ruleSet.rules.map((rule, index) => compileRule(rule, `rules[${index}] '${rule.id}'`, problems));
  reportDuplicates(ruleSet.rules, 'id', problems);
  reportDuplicates(ruleSet.rules, 'precedence', problems);
  if (problems.length > 0) throw new RuleSetInvalidError(problems);

  return {
    countyCode: ruleSet.countyCode,
    version: ruleSet.version,
    effectiveFrom: ruleSet.effectiveFrom,
    rules: rules.sort((a, b) => a.precedence - b.precedence),
  };
}

function compileRule(rule: RuleDefinition, path: string, problems: string[]): CompiledRule {
  if (!RULE_ID.test(rule.id)) problems.push(`${path}: id must be lower-case words joined by hyphens`);
  if (rule.description.trim() === '') problems.push(`${path}: description is empty`);
  if (rule.legalBasis.trim() === '') problems.push(`${path}: legalBasis is empty`);
  if (!Number.isSafeInteger(rule.precedence))
    problems.push(`${path}: precedence must be an integer; got ${rule.precedence}`);
  if (rule.refer.length === 0) problems.push(`${path}: refer is empty; a rule must send the matter somewhere`);

  const targets = new Set<string>();
  const referrals = rule.refer.map((template, index) => {
    const at = `${path}.refer[${index}]`;
    if (targets.has(template.target)) problems.push(`${at}: ${template.target} is already referred to by this rule`);
    targets.add(template.target);
    if (template.reason.trim() === '') problems.push(`${at}: reason is empty`);
    const days = template.acknowledgeWithinWorkingDays;
    if (!Number.isSafeInteger(days) || days < 0 || days > MAX_ACKNOWLEDGE_WORKING_DAYS) {
      problems.push(
        `${at}: acknowledgeWithinWorkingDays must be a whole number from 0 to ${MAX_ACKNOWLEDGE_WORKING_DAYS}; got ${days}`,
      );
    }
    const referral: Referral = {
      target: template.target,
      priority: template.priority,
      reason: template.reason,
      legalBasis: rule.legalBasis,
      ruleId: rule.id,
      acknowledgeWithinWorkingDays: days,
    };
    return Object.freeze(referral);
  });

  return {
    id: rule.id,
    precedence: rule.precedence,
    matches: compileCondition(rule.when, `${path}.when`, problems),
    referrals,
    stop: rule.stop ?? false,
  };
}

function compileCondition(condition: Condition, path: string, problems: string[]): Predicate {
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part, index) =>
      compileCondition(part, `${path}.${all ? 'all' : 'any'}[${index}]`, problems),
    );
    // An empty list would be always true (all) or never true (any): an authoring slip either way.
    if (parts.length === 0) problems.push(`${path}: '${all ? 'all' : 'any'}' needs at least one condition`);
    return all ? (facts) => parts.every((part) => part(facts)) : (facts) => parts.some((part) => part(facts));
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, `${path}.not`, problems);
    return (facts) => !inner(facts);
  }
  return compileFactCondition(condition, path, problems);
}

function compileFactCondition({ fact, op, value }: FactCondition, path: string, problems: string[]): Predicate {
  if (!Object.hasOwn(FACT_TABLE, fact)) {
    problems.push(`${path}: unknown fact '${fact}'; known facts are ${Object.keys(FACT_TABLE).join(', ')}`);
    return never;
  }
  const name = fact as FactName;
  const factType: FactType = FACT_TABLE[name];
  const allowed = OPERATORS_BY_FACT_TYPE[factType.type];
  if (!allowed.includes(op)) {
    problems.push(
      `${path}: operator '${op}' does not apply to ${factType.type} fact '${name}' (use ${allowed.join(', ')})`,
    );
    return never;
  }
  const problem = LIST_OPERATORS.includes(op) ? listValueProblem(factType, value) : scalarValueProblem(factType, value);
  if (problem) {
    problems.push(`${path}: '${name} ${op}' ${problem}`);
    return never;
  }
  return predicate(name, op, Array.isArray(value) ? [...value] : value);
}

function predicate(name: FactName, op: ConditionOperator, value: unknown): Predicate {
  switch (op) {
    case 'eq':
      return (facts) => facts[name] === value;
    case 'ne':
      return (facts) => facts[name] !== value;
    case 'gt':
      return (facts) => (facts[name] as number) > (value as number);
    case 'gte':
      return (facts) => (facts[name] as number) >= (value as number);
    case 'lt':
      return (facts) => (facts[name] as number) < (value as number);
    case 'lte':
      return (facts) => (facts[name] as number) <= (value as number);
    case 'in': {
      const values = value as readonly unknown[];
      return (facts) => values.includes(facts[name]);
    }
    case 'includes':
      return (facts) => (facts[name] as readonly unknown[]).includes(value);
    case 'includesAny': {
      const values = value as readonly unknown[];
      return (facts) => (facts[name] as readonly unknown[]).some((element) => values.includes(element));
    }
  }
}

function scalarValueProblem(factType: FactType, value: unknown): string | undefined {
  if (factType.type === 'boolean')
    return typeof value === 'boolean' ? undefined : `needs true or false; got ${show(value)}`;
  if (factType.type === 'integer')
    return Number.isSafeInteger(value) ? undefined : `needs an integer; got ${show(value)}`;
  return factType.values.includes(value as string)
    ? undefined
    : `needs one of ${factType.values.join(', ')}; got ${show(value)}`;
}

function listValueProblem(factType: FactType, value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return `needs a non-empty list; got ${show(value)}`;
  const problems = value.map((element) => scalarValueProblem(factType, element)).filter((problem) => problem);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

function reportDuplicates(rules: readonly RuleDefinition[], key: 'id' | 'precedence', problems: string[]): void {
  const firstIndex = new Map<unknown, number>();
  rules.forEach((rule, index) => {
    const earlier = firstIndex.get(rule[key]);
    if (earlier === undefined) firstIndex.set(rule[key], index);
    else {
      problems.push(
        `rules[${index}] '${rule.id}': ${key} ${show(rule[key])} is already used by rules[${earlier}] '${rules[earlier].id}'` +
          (key === 'precedence' ? '; rules that may fire together need a stated order' : ''),
      );
    }
  });
}

const never: Predicate = () => false;
