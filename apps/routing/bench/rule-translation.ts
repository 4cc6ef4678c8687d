// Translates a parsed rule set into json-rules-engine rules, so the benchmark's reference engine runs
// the very rules decide() runs rather than a hand-written copy that could drift from the JSON.
//
// Semantics kept:
// - precedence: json-rules-engine runs higher `priority` first and rules of one priority in parallel,
//   so each rule gets its own priority, the earliest precedence the highest (n … 1); rules sharing a
//   precedence keep their file order, as in compileRuleSet.
// - stop: a listener on a stopping rule's event calls engine.stop(), which skips every later priority.
//   That is what decide() does (it breaks out of its loop), so neither engine evaluates rules after a
//   stop; cutting the fired list after run() would be as correct but make json-rules-engine evaluate
//   rules our engine never looks at, an unfair handicap. engine.stop() is engine-wide, so runs on one
//   engine must not overlap: the benchmark awaits each before the next.
// - referrals: HIGH first, then precedence, each target once; no rule fired → the supervisor queue,
//   with routing.engine.ts's own referralsOf.
// - first decisions only: decide()'s referral loop (a re-decision withholds targets referred before,
//   and its loop guard hands the matter to the supervisor) is not modelled. The benchmark's matters
//   carry no history, and its equivalence check would catch any decision where that mattered.
// - facts: json-rules-engine makes a Fact object of every runtime fact on every run, so it is given
//   only the facts the rules name (picked per run, inside the timing), not charged for the others.
import { Engine, Operator, type TopLevelCondition } from 'json-rules-engine';
import {
  compileRuleSet,
  referralsOf,
  UNCOVERED_MATTER_REFERRAL,
  type Condition,
  type ConditionOperator,
  type FactName,
  type Facts,
  type Referral,
  type RoutingDecision,
  type RuleSet,
} from '../src/domain';

interface JreFactCondition {
  readonly fact: string;
  readonly operator: string;
  readonly value: unknown;
}
export type JreCondition = TopLevelCondition | JreFactCondition;

/** Registered on the engine: json-rules-engine has no "the fact's list shares an element with this list". */
const INCLUDES_ANY_OPERATOR = 'includesAny';

const JRE_OPERATORS: Readonly<Record<ConditionOperator, string>> = {
  eq: 'equal',
  ne: 'notEqual',
  gt: 'greaterThan',
  gte: 'greaterThanInclusive',
  lt: 'lessThan',
  lte: 'lessThanInclusive',
  in: 'in',
  includes: 'contains',
  includesAny: INCLUDES_ANY_OPERATOR,
};

export class UntranslatableRuleError extends Error {
  override readonly name = 'UntranslatableRuleError';
}

export function translateCondition(condition: Condition, path = 'when'): JreCondition {
  if ('all' in condition) return { all: condition.all.map((part, i) => translateCondition(part, `${path}.all[${i}]`)) };
  if ('any' in condition) return { any: condition.any.map((part, i) => translateCondition(part, `${path}.any[${i}]`)) };
  if ('not' in condition) return { not: translateCondition(condition.not, `${path}.not`) };
  // A condition shape or operator added to rule-set.ts after this was written must stop the benchmark,
  // not be skipped: the comparison would silently run different rules.
  if (!('fact' in condition)) {
    throw new UntranslatableRuleError(`${path}: no json-rules-engine form for ${JSON.stringify(condition)}`);
  }
  const { fact, op, value } = condition;
  if (!Object.hasOwn(JRE_OPERATORS, op)) {
    throw new UntranslatableRuleError(`${path}: no json-rules-engine operator for '${op}' (fact '${fact}')`);
  }
  return { fact, operator: JRE_OPERATORS[op], value: Array.isArray(value) ? [...value] : value };
}

function factNamesIn(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(factNamesIn);
  if ('any' in condition) return condition.any.flatMap(factNamesIn);
  if ('not' in condition) return factNamesIn(condition.not);
  return [condition.fact];
}

/** json-rules-engine wants all/any/not at a rule's root; a lone fact test is wrapped in a one-element all. */
const asTopLevel = (condition: JreCondition): TopLevelCondition =>
  'fact' in condition ? { all: [condition] } : condition;

interface TranslatedRule {
  readonly id: string;
  readonly precedence: number;
  readonly referrals: readonly Referral[];
}

export type JreRouter = (facts: Facts) => Promise<RoutingDecision>;

/** One engine for one county's rule set; its router awaits engine.run and builds a RoutingDecision. */
export function jsonRulesEngineRouter(ruleSet: RuleSet): JreRouter {
  // Translate only what our engine accepts (known facts, fitting values, unique ids).
  compileRuleSet(ruleSet);
  // Array.prototype.sort is stable: rules sharing a precedence stay in file order.
  const definitions = [...ruleSet.rules].sort((a, b) => a.precedence - b.precedence);
  const factNames = [...new Set(definitions.flatMap((definition) => factNamesIn(definition.when)))] as FactName[];
  const engine = new Engine();
  engine.addOperator(
    new Operator<readonly unknown[], readonly unknown[]>(
      INCLUDES_ANY_OPERATOR,
      (factValue, values) => factValue.some((element) => values.includes(element)),
      Array.isArray,
    ),
  );
  const rules = new Map<string, TranslatedRule>();
  definitions.forEach((definition, index) => {
    const eventType = `fired:${definition.id}`;
    engine.addRule({
      name: definition.id,
      priority: definitions.length - index,
      conditions: asTopLevel(translateCondition(definition.when, `rules '${definition.id}'.when`)),
      // Kept minimal: json-rules-engine clones each rule's event on every evaluation.
      event: { type: eventType },
    });
    if (definition.stop) engine.on(eventType, () => engine.stop());
    rules.set(definition.id, {
      id: definition.id,
      precedence: definition.precedence,
      referrals: definition.refer.map((template) => ({
        target: template.target,
        priority: template.priority,
        reason: template.reason,
        legalBasis: definition.legalBasis,
        ruleId: definition.id,
        acknowledgeWithinWorkingDays: template.acknowledgeWithinWorkingDays,
      })),
    });
  });

  return async (facts) => {
    const runtimeFacts: Partial<Record<FactName, unknown>> = {};
    for (const name of factNames) runtimeFacts[name] = facts[name];
    const { results } = await engine.run(runtimeFacts);
    // Results arrive in priority order already; sorting keeps that from resting on the engine's internals.
    const fired = results.map((result) => rules.get(result.name)!).sort((a, b) => a.precedence - b.precedence);
    return {
      referrals: fired.length > 0 ? referralsOf(fired) : [UNCOVERED_MATTER_REFERRAL],
      firedRuleIds: fired.map((rule) => rule.id),
      ruleSetVersion: ruleSet.version,
      countyCode: ruleSet.countyCode,
    };
  };
}
