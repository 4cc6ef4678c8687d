// Turns a rule set into closures once, so deciding a matter never reads the JSON again, and refuses
// a rule set with any problem (naming all of them): a bad rule must fail at load, not misroute a worker.
// The checks here are the published JSON Schema's (rule-set.schema.ts builds it from the same lists);
// publishing adds coverage and conflict checks on top (rule-set.publishing.ts).
import { assertKnownCounty } from '@onewindow/county';
import { FACT_TABLE, OPERATORS_BY_FACT_TYPE, type FactName, type FactType, type Facts } from './matter-facts';
import type { Referral } from './routing-decision';
import {
  ISO_INSTANT_PATTERN,
  MAX_ACKNOWLEDGE_WORKING_DAYS,
  REFERRAL_TARGET_NAMES_ZH,
  RULE_ID_PATTERN,
  SIDE_REFERRAL_ONLY_TARGETS,
  type Condition,
  type ConditionOperator,
  type FactCondition,
  type ReferralTarget,
  type RuleDefinition,
  type RuleSet,
} from './rule-set';
import { RuleSetInvalidError, type RuleSetProblem } from './rule-set-invalid.error';
import { show } from './show-value';

export { MAX_ACKNOWLEDGE_WORKING_DAYS } from './rule-set';

export type Predicate = (facts: Facts) => boolean;

export interface CompiledRule {
  readonly id: string;
  readonly precedence: number;
  readonly matches: Predicate;
  readonly referrals: readonly Referral[];
  /** Targets of this rule's referrals that may be tried again after they failed or declined. */
  readonly retryAllowedTargets: readonly ReferralTarget[];
  readonly stop: boolean;
}

export interface CompiledRuleSet {
  readonly countyCode: string;
  readonly version: number;
  readonly effectiveFrom: string;
  /** In ascending precedence; rules sharing a precedence keep their order in the file. */
  readonly rules: readonly CompiledRule[];
}

const RULE_ID = new RegExp(RULE_ID_PATTERN);
const ISO_INSTANT = new RegExp(ISO_INSTANT_PATTERN);
const LIST_OPERATORS: readonly ConditionOperator[] = ['in', 'includesAny'];

/** Collects problems with their path and the rule they belong to. */
class Problems {
  readonly list: RuleSetProblem[] = [];

  add(path: string, message: string, ruleIds: readonly string[] = []): void {
    this.list.push({ check: 'SCHEMA', path, ruleIds, message });
  }
}

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const problems = new Problems();
  try {
    assertKnownCounty(ruleSet.countyCode);
  } catch (error) {
    problems.add('countyCode', (error as Error).message);
  }
  if (!Number.isSafeInteger(ruleSet.version) || ruleSet.version < 1) {
    problems.add('version', `must be a positive integer; got ${ruleSet.version}`);
  }
  if (!ISO_INSTANT.test(ruleSet.effectiveFrom) || Number.isNaN(Date.parse(ruleSet.effectiveFrom))) {
    problems.add(
      'effectiveFrom',
      `must be an ISO instant with an offset, e.g. 2023-06-06T00:00:00+08:00; got '${ruleSet.effectiveFrom}'`,
    );
  }
  if (ruleSet.rules.length === 0) problems.add('rules', 'is empty: every matter would go to the supervisor queue');

  const rules = ruleSet.rules.map((rule, index) => compileRule(rule, `rules[${index}] '${rule.id}'`, problems));
  reportDuplicateIds(ruleSet.rules, problems);
  if (problems.list.length > 0) throw new RuleSetInvalidError(problems.list);

  return {
    countyCode: ruleSet.countyCode,
    version: ruleSet.version,
    effectiveFrom: ruleSet.effectiveFrom,
    // Array.prototype.sort is stable: rules sharing a precedence stay in file order.
    rules: rules.sort((a, b) => a.precedence - b.precedence),
  };
}

function compileRule(rule: RuleDefinition, path: string, problems: Problems): CompiledRule {
  const ids = [rule.id];
  if (!RULE_ID.test(rule.id)) problems.add(path, 'id must be lower-case words joined by hyphens', ids);
  if (rule.description.trim() === '') problems.add(path, 'description is empty', ids);
  if (rule.legalBasis.trim() === '') problems.add(path, 'legalBasis is empty', ids);
  if (!Number.isSafeInteger(rule.precedence)) {
    problems.add(path, `precedence must be an integer; got ${rule.precedence}`, ids);
  }
  if (rule.refer.length === 0) problems.add(path, 'refer is empty; a rule must send the matter somewhere', ids);

  const targets = new Set<string>();
  const referrals = rule.refer.map((template, index) => {
    const at = `${path}.refer[${index}]`;
    if (targets.has(template.target)) problems.add(at, `${template.target} is already referred to by this rule`, ids);
    targets.add(template.target);
    if (SIDE_REFERRAL_ONLY_TARGETS.includes(template.target)) {
      problems.add(
        at,
        `rule '${rule.id}' refers to ${template.target} (${REFERRAL_TARGET_NAMES_ZH[template.target]}), which no rule may: ` +
          'the court is reached only by a side referral an office asks for (a payment order, 支付令, ' +
          '劳动争议调解仲裁法 Art. 16, or a judicial confirmation, 司法确认, 人民调解法 Art. 33, with the agreement attached)',
        ids,
      );
    }
    if (template.reason.trim() === '') problems.add(at, 'reason is empty', ids);
    const days = template.acknowledgeWithinWorkingDays;
    if (!Number.isSafeInteger(days) || days < 0 || days > MAX_ACKNOWLEDGE_WORKING_DAYS) {
      problems.add(
        at,
        `acknowledgeWithinWorkingDays must be a whole number from 0 to ${MAX_ACKNOWLEDGE_WORKING_DAYS}; got ${days}`,
        ids,
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
    matches: conditionPredicate(rule.when, `${path}.when`, ids, problems),
    referrals,
    retryAllowedTargets: rule.refer.filter((template) => template.retryAllowed === true).map((t) => t.target),
    stop: rule.stop ?? false,
  };
}

function conditionPredicate(condition: Condition, path: string, ids: readonly string[], problems: Problems): Predicate {
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part, index) =>
      conditionPredicate(part, `${path}.${all ? 'all' : 'any'}[${index}]`, ids, problems),
    );
    // An empty list would be always true (all) or never true (any): an authoring slip either way.
    if (parts.length === 0) problems.add(path, `'${all ? 'all' : 'any'}' needs at least one condition`, ids);
    return all ? allOf(parts) : anyOf(parts);
  }
  if ('not' in condition) {
    const inner = conditionPredicate(condition.not, `${path}.not`, ids, problems);
    return (facts) => !inner(facts);
  }
  return factPredicate(condition, path, ids, problems);
}

// Unrolled for the common short lists: deciding runs these closures hundreds of thousands of times a second.
function allOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [a, b] = parts;
    return (facts) => a(facts) && b(facts);
  }
  if (parts.length === 3) {
    const [a, b, c] = parts;
    return (facts) => a(facts) && b(facts) && c(facts);
  }
  return (facts) => {
    for (const part of parts) if (!part(facts)) return false;
    return true;
  };
}

function anyOf(parts: readonly Predicate[]): Predicate {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [a, b] = parts;
    return (facts) => a(facts) || b(facts);
  }
  return (facts) => {
    for (const part of parts) if (part(facts)) return true;
    return false;
  };
}

function factPredicate(
  { fact, op, value }: FactCondition,
  path: string,
  ids: readonly string[],
  problems: Problems,
): Predicate {
  if (!Object.hasOwn(FACT_TABLE, fact)) {
    problems.add(path, `unknown fact '${fact}'; known facts are ${Object.keys(FACT_TABLE).join(', ')}`, ids);
    return never;
  }
  const name = fact as FactName;
  const factType: FactType = FACT_TABLE[name];
  const allowed = OPERATORS_BY_FACT_TYPE[factType.type];
  if (!allowed.includes(op)) {
    problems.add(
      path,
      `operator '${op}' does not apply to ${factType.type} fact '${name}' (use ${allowed.join(', ')})`,
      ids,
    );
    return never;
  }
  const problem = LIST_OPERATORS.includes(op) ? listValueProblem(factType, value) : scalarValueProblem(factType, value);
  if (problem) {
    problems.add(path, `'${name} ${op}' ${problem}`, ids);
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
      return (facts) => {
        const elements = facts[name] as readonly unknown[];
        for (const element of elements) if (values.includes(element)) return true;
        return false;
      };
    }
  }
}

/** Why `value` does not fit one value of the fact (undefined when it fits). */
export function scalarValueProblem(factType: FactType, value: unknown): string | undefined {
  if (factType.type === 'boolean') {
    return typeof value === 'boolean' ? undefined : `needs true or false; got ${show(value)}`;
  }
  if (factType.type === 'integer') {
    return Number.isSafeInteger(value) ? undefined : `needs an integer; got ${show(value)}`;
  }
  return factType.values.includes(value as string)
    ? undefined
    : `needs one of ${factType.values.join(', ')}; got ${show(value)}`;
}

function listValueProblem(factType: FactType, value: unknown): string | undefined {
  if (!Array.isArray(value) || value.length === 0) return `needs a non-empty list; got ${show(value)}`;
  const problems = value.map((element) => scalarValueProblem(factType, element)).filter((problem) => problem);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

function reportDuplicateIds(rules: readonly RuleDefinition[], problems: Problems): void {
  const firstIndex = new Map<string, number>();
  rules.forEach((rule, index) => {
    const earlier = firstIndex.get(rule.id);
    if (earlier === undefined) firstIndex.set(rule.id, index);
    else {
      problems.add(`rules[${index}] '${rule.id}'`, `id ${show(rule.id)} is already used by rules[${earlier}]`, [
        rule.id,
      ]);
    }
  });
}

const never: Predicate = () => false;
