// What publishing a rule set checks beyond compiling it (the lead's publish use case refuses a rule
// set with any problem, and shows them all):
// - SCHEMA: the file's shape and values (the published JSON Schema's constraints; rule-set.parser.ts
//   and rule-set.compiler.ts);
// - COVERAGE: every claim category is routed somewhere other than the supervisor queue for a plain
//   dispute claiming only that category (representative matters, decided by the rule set itself);
// - CONFLICT: two rules that share a precedence, can both hold, and disagree — one stops, or both
//   refer one target differently — leave the outcome to file order, which is not a stated precedence.
import { addCalendarDays, todayInChina, type IsoDate } from '@onewindow/calendar';
import { FACT_TABLE, factsOf, type FactName, type Facts } from './matter-facts';
import { CLAIM_CATEGORIES, type ClaimCategory, type MatterContent } from './matter-content';
import { decide } from './routing.engine';
import type { Condition, FactCondition, ReferralTemplate, RuleDefinition, RuleSet } from './rule-set';
import { RuleSetInvalidError, type RuleSetProblem } from './rule-set-invalid.error';
import { compileRuleSet, type CompiledRule, type CompiledRuleSet } from './rule-set.compiler';
import { parseRuleSetJson } from './rule-set.parser';

// A made-up county wage for the representative matters: coverage must not hinge on one county's tier.
const REPRESENTATIVE_MINIMUM_WAGE_FEN = 200_000;
const REPRESENTATIVE_SMALL_CLAIM_MULTIPLIER = 12;
// Beyond this many fact combinations, two rules are assumed able to hold together (and reported).
const MAX_COMBINATIONS = 200_000;

/** Every problem that stops `ruleSet` being published; an empty list means it may be published. */
export function checkRuleSetForPublishing(ruleSet: RuleSet): RuleSetProblem[] {
  let compiled: CompiledRuleSet;
  try {
    compiled = compileRuleSet(ruleSet);
  } catch (error) {
    if (error instanceof RuleSetInvalidError) return [...error.details];
    throw error;
  }
  return [...coverageProblems(compiled), ...conflictProblems(ruleSet, compiled)];
}

/** checkRuleSetForPublishing for a rule-set file: its shape, then each county's rule set (a shared problem once). */
export function checkRuleSetFileForPublishing(text: string): RuleSetProblem[] {
  let ruleSets: RuleSet[];
  try {
    ruleSets = parseRuleSetJson(text);
  } catch (error) {
    if (error instanceof RuleSetInvalidError) return [...error.details];
    throw error;
  }
  const seen = new Set<string>();
  return ruleSets
    .flatMap((ruleSet) => checkRuleSetForPublishing(ruleSet))
    .filter((problem) => {
      const key = JSON.stringify(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// ---------------------------------------------------------------------------------------- coverage

interface Representative {
  readonly label: string;
  readonly content: MatterContent;
}

/** Plain disputes claiming only `category`: with and without consent, small and large, employed or not. */
export function representativeDisputes(category: ClaimCategory, countyCode: string, today: IsoDate): Representative[] {
  const small = REPRESENTATIVE_MINIMUM_WAGE_FEN; // one month of the minimum wage
  const large = REPRESENTATIVE_MINIMUM_WAGE_FEN * REPRESENTATIVE_SMALL_CLAIM_MULTIPLIER * 10;
  const variants: Representative[] = [];
  for (const consentToMediationFirst of [true, false]) {
    for (const [size, amountFen] of [
      ['small', small],
      ['large', large],
    ] as const) {
      for (const stillEmployed of [true, false]) {
        variants.push({
          label: `${consentToMediationFirst ? 'consents to mediation' : 'no consent to mediation'}, ${size} claim, ${
            stillEmployed ? 'still employed' : 'employment ended a month ago'
          }`,
          content: {
            countyCode,
            kind: 'DISPUTE',
            employment: stillEmployed
              ? { stillEmployed, startDate: addCalendarDays(today, -400) }
              : { stillEmployed, startDate: addCalendarDays(today, -400), endDate: addCalendarDays(today, -30) },
            claims: [{ category, amountFen }],
            workerCount: 1,
            commonClaim: false,
            consentToMediationFirst,
            channel: 'WINDOW',
            migrantWorker: false,
            declaresFinancialHardship: false,
            priorHandling: [],
          },
        });
      }
    }
  }
  return variants;
}

function coverageProblems(compiled: CompiledRuleSet): RuleSetProblem[] {
  const today = todayInChina(new Date(compiled.effectiveFrom));
  const context = {
    countyMonthlyMinimumWageFen: REPRESENTATIVE_MINIMUM_WAGE_FEN,
    smallClaimMultiplier: REPRESENTATIVE_SMALL_CLAIM_MULTIPLIER,
    minimumWageTier: 2,
    today,
  };
  const problems: RuleSetProblem[] = [];
  for (const category of CLAIM_CATEGORIES) {
    const unrouted = representativeDisputes(category, compiled.countyCode, today).filter(({ content }) =>
      decide(compiled, factsOf(content, context)).referrals.every((referral) => referral.target === 'SUPERVISOR_QUEUE'),
    );
    if (unrouted.length === 0) continue;
    problems.push({
      check: 'COVERAGE',
      path: 'rules',
      ruleIds: [],
      message:
        `claim category ${category} is not routed: a plain dispute claiming only ${category} goes to the supervisor ` +
        `queue alone when it ${unrouted.map((variant) => `(${variant.label})`).join(', ')}; add a rule that routes it`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------- conflicts

function conflictProblems(ruleSet: RuleSet, compiled: CompiledRuleSet): RuleSetProblem[] {
  const indexOf = new Map(ruleSet.rules.map((rule, index) => [rule.id, index]));
  const definitionOf = new Map(ruleSet.rules.map((rule) => [rule.id, rule]));
  const problems: RuleSetProblem[] = [];
  const rules = compiled.rules;
  for (let i = 0; i < rules.length; i += 1) {
    for (let j = i + 1; j < rules.length && rules[j].precedence === rules[i].precedence; j += 1) {
      const [a, b] = [definitionOf.get(rules[i].id)!, definitionOf.get(rules[j].id)!];
      const disagreement = disagreementOf(a, b);
      if (disagreement === undefined) continue;
      const witness = factsWhereBothHold(a, rules[i], b, rules[j]);
      if (witness === null) continue;
      problems.push({
        check: 'CONFLICT',
        path: `rules[${indexOf.get(a.id)}] '${a.id}'`,
        ruleIds: [a.id, b.id],
        message:
          `shares precedence ${a.precedence} with rules[${indexOf.get(b.id)}] '${b.id}', both can hold ` +
          `(${witness}), and they disagree: ${disagreement}; give them different precedences to state which comes first`,
      });
    }
  }
  return problems;
}

/** How two rules would decide differently depending on which runs first; undefined when they agree. */
function disagreementOf(a: RuleDefinition, b: RuleDefinition): string | undefined {
  const reasons: string[] = [];
  for (const rule of [a, b]) if (rule.stop) reasons.push(`'${rule.id}' stops`);
  for (const template of a.refer) {
    const other = b.refer.find((candidate) => candidate.target === template.target);
    if (other === undefined) continue;
    const differences = (['priority', 'reason', 'acknowledgeWithinWorkingDays', 'retryAllowed'] as const)
      .filter((key) => (template[key] ?? false) !== (other[key] ?? false))
      .map((key) => (key === 'reason' ? 'reason' : `${key} ${show(template, key)} vs ${show(other, key)}`));
    if (differences.length > 0) {
      reasons.push(`both refer to ${template.target} with a different ${differences.join(', ')}`);
    }
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

const show = (template: ReferralTemplate, key: keyof ReferralTemplate) => String(template[key] ?? false);

type Atom = FactCondition;

function atomsOf(condition: Condition, into: Atom[] = []): Atom[] {
  if ('all' in condition) condition.all.forEach((part) => atomsOf(part, into));
  else if ('any' in condition) condition.any.forEach((part) => atomsOf(part, into));
  else if ('not' in condition) atomsOf(condition.not, into);
  else into.push(condition);
  return into;
}

/**
 * Facts under which both rules hold, described for the author; null when there are none. Only the
 * facts the two rules test are varied, over values that stand for every case their conditions can
 * tell apart, each fact independently of the others — so when in doubt (facts that cannot occur
 * together, or too many combinations) it finds a conflict rather than miss one.
 */
function factsWhereBothHold(a: RuleDefinition, ca: CompiledRule, b: RuleDefinition, cb: CompiledRule): string | null {
  const atoms = [...atomsOf(a.when), ...atomsOf(b.when)];
  const names = [...new Set(atoms.map((atom) => atom.fact as FactName))];
  const candidates = names.map((name) => candidateValues(name, atoms));
  const combinations = candidates.reduce((product, values) => product * values.length, 1);
  if (combinations > MAX_COMBINATIONS) return `too many combinations of ${names.join(', ')} to rule it out`;

  const facts: Record<string, unknown> = { ...BASE_FACTS };
  const choice = new Array<number>(names.length).fill(0);
  for (let n = 0; n < combinations; n += 1) {
    names.forEach((name, k) => (facts[name] = candidates[k][choice[k]]));
    if (ca.matches(facts as unknown as Facts) && cb.matches(facts as unknown as Facts)) {
      return names.map((name) => `${name} = ${JSON.stringify(facts[name])}`).join(', ');
    }
    for (let k = 0; k < names.length; k += 1) {
      choice[k] += 1;
      if (choice[k] < candidates[k].length) break;
      choice[k] = 0;
    }
  }
  return null;
}

/** Values of one fact that stand for every case the atoms can tell apart. */
function candidateValues(name: FactName, atoms: readonly Atom[]): unknown[] {
  const factType = FACT_TABLE[name];
  const mine = atoms.filter((atom) => atom.fact === name);
  const mentioned = mine.flatMap((atom) => (Array.isArray(atom.value) ? atom.value : [atom.value]));
  switch (factType.type) {
    case 'boolean':
      return [false, true];
    case 'integer': {
      const points = new Set<number>();
      for (const value of mentioned as number[]) for (const point of [value - 1, value, value + 1]) points.add(point);
      return [...points].sort((x, y) => x - y);
    }
    case 'enum': {
      const unmentioned = factType.values.find((value) => !mentioned.includes(value));
      return [...new Set(mentioned), ...(unmentioned === undefined ? [] : [unmentioned])];
    }
    case 'enumSet': {
      // Elements named by exactly the same atoms behave alike: one stands for all of them.
      const classes = new Map<string, string>();
      for (const element of new Set(mentioned as string[])) {
        const signature = mine
          .map((atom, index) =>
            (Array.isArray(atom.value) ? atom.value : [atom.value]).includes(element) ? index : -1,
          )
          .join(',');
        if (!classes.has(signature)) classes.set(signature, element);
      }
      const representatives = [...classes.values()];
      return Array.from({ length: 2 ** representatives.length }, (_, mask) =>
        representatives.filter((_element, bit) => (mask >> bit) & 1),
      );
    }
  }
}

// Facts the two rules do not test never change whether they hold; any well-formed values do.
const BASE_FACTS: Facts = factsOf(
  {
    countyCode: '421300',
    kind: 'DISPUTE',
    employment: { stillEmployed: true },
    claims: [],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: false,
    channel: 'WINDOW',
    migrantWorker: false,
    declaresFinancialHardship: false,
  },
  { countyMonthlyMinimumWageFen: REPRESENTATIVE_MINIMUM_WAGE_FEN, smallClaimMultiplier: 12 },
);
