// Reads a rule-set file's text into RuleSets, checking its shape (every field present, of the right
// kind, no unknown keys — a misspelt "stop" must not be ignored silently). Whether the rules make
// sense (known facts, fitting values, unique ids) is compileRuleSet's check.
//
// One file may serve several counties that share their rules:
//   { "$schema": "./rule-set.schema.json", "countyCodes": ["421300", …], "version": 2,
//     "effectiveFrom": "…+08:00", "rules": [ … ] }
import {
  CONDITION_OPERATORS,
  REFERRAL_PRIORITIES,
  REFERRAL_TARGETS,
  type Condition,
  type ConditionValue,
  type ReferralTemplate,
  type RuleDefinition,
  type RuleSet,
} from './rule-set';
import { RuleSetInvalidError, type RuleSetProblem } from './rule-set-invalid.error';
import { show } from './show-value';

type JsonObject = Readonly<Record<string, unknown>>;

export function parseRuleSetJson(text: string): RuleSet[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RuleSetInvalidError([
      { check: 'SCHEMA', path: '(file)', ruleIds: [], message: `malformed JSON: ${(error as Error).message}` },
    ]);
  }
  const reader = new ShapeReader();
  // "$schema" lets an editor check the file against rules/rule-set.schema.json; it is not read further.
  const file = reader.object('(file)', json, ['countyCodes', 'version', 'effectiveFrom', 'rules'], ['$schema']);
  if (file && '$schema' in file) reader.string('$schema', file.$schema);
  const countyCodes = file && reader.list('countyCodes', file.countyCodes, (value, path) => reader.string(path, value));
  const version = file && reader.number('version', file.version);
  const effectiveFrom = file && reader.string('effectiveFrom', file.effectiveFrom);
  const rules =
    file &&
    reader.list('rules', file.rules, (value, path) => {
      reader.ruleIds =
        typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? [value.id] : [];
      const rule = readRule(reader, value, path);
      reader.ruleIds = [];
      return rule;
    });
  if (countyCodes?.length === 0) reader.report('countyCodes', 'name at least one county');
  if (countyCodes && new Set(countyCodes).size !== countyCodes.length) {
    reader.report('countyCodes', 'a county is listed twice');
  }

  if (reader.problems.length > 0 || !countyCodes || version === undefined || effectiveFrom === undefined || !rules) {
    throw new RuleSetInvalidError(reader.problems);
  }
  return countyCodes.map((countyCode) => ({ countyCode, version, effectiveFrom, rules }));
}

/**
 * The counties a rule-set file names, read leniently whatever else is wrong with it, so that who may
 * check or publish the file is settled before it is examined.
 */
export function countyCodesNamedIn(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const codes = typeof json === 'object' && json !== null && 'countyCodes' in json ? json.countyCodes : undefined;
  return Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : [];
}

function readRule(reader: ShapeReader, value: unknown, path: string): RuleDefinition | undefined {
  const rule = reader.object(path, value, ['id', 'description', 'legalBasis', 'precedence', 'when', 'refer'], ['stop']);
  if (!rule) return undefined;
  const id = reader.string(`${path}.id`, rule.id);
  const description = reader.string(`${path}.description`, rule.description);
  const legalBasis = reader.string(`${path}.legalBasis`, rule.legalBasis);
  const precedence = reader.number(`${path}.precedence`, rule.precedence);
  const when = readCondition(reader, rule.when, `${path}.when`);
  const refer = reader.list(`${path}.refer`, rule.refer, (template, at) => readTemplate(reader, template, at));
  const stop = 'stop' in rule ? reader.boolean(`${path}.stop`, rule.stop) : false;
  const complete =
    id !== undefined && description !== undefined && legalBasis !== undefined && precedence !== undefined;
  if (!complete || !when || !refer || stop === undefined) return undefined;
  return { id, description, legalBasis, precedence, when, refer, stop };
}

function readTemplate(reader: ShapeReader, value: unknown, path: string): ReferralTemplate | undefined {
  const template = reader.object(
    path,
    value,
    ['target', 'priority', 'reason', 'acknowledgeWithinWorkingDays'],
    ['retryAllowed'],
  );
  if (!template) return undefined;
  const target = reader.oneOf(`${path}.target`, template.target, REFERRAL_TARGETS);
  const priority = reader.oneOf(`${path}.priority`, template.priority, REFERRAL_PRIORITIES);
  const reason = reader.string(`${path}.reason`, template.reason);
  const days = reader.number(`${path}.acknowledgeWithinWorkingDays`, template.acknowledgeWithinWorkingDays);
  const retryAllowed =
    'retryAllowed' in template ? reader.boolean(`${path}.retryAllowed`, template.retryAllowed) : false;
  if (!target || !priority || reason === undefined || days === undefined || retryAllowed === undefined) {
    return undefined;
  }
  return retryAllowed
    ? { target, priority, reason, acknowledgeWithinWorkingDays: days, retryAllowed }
    : { target, priority, reason, acknowledgeWithinWorkingDays: days };
}

function readCondition(reader: ShapeReader, value: unknown, path: string): Condition | undefined {
  const shape = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  const combinator = (['all', 'any', 'not'] as const).find((key) => shape.includes(key));
  if (combinator === undefined) {
    const condition = reader.object(path, value, ['fact', 'op', 'value']);
    if (!condition) return undefined;
    const fact = reader.string(`${path}.fact`, condition.fact);
    const op = reader.oneOf(`${path}.op`, condition.op, CONDITION_OPERATORS);
    const operand = readValue(reader, condition.value, `${path}.value`);
    return fact === undefined || !op || operand === undefined ? undefined : { fact, op, value: operand };
  }
  const condition = reader.object(path, value, [combinator]);
  if (!condition) return undefined;
  if (combinator === 'not') {
    const inner = readCondition(reader, condition.not, `${path}.not`);
    return inner && { not: inner };
  }
  const parts = reader.list(`${path}.${combinator}`, condition[combinator], (part, at) =>
    readCondition(reader, part, at),
  );
  if (!parts) return undefined;
  return combinator === 'all' ? { all: parts } : { any: parts };
}

function readValue(reader: ShapeReader, value: unknown, path: string): ConditionValue | undefined {
  const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
  if (isScalar(value)) return value;
  if (Array.isArray(value) && value.every(isScalar)) return value;
  reader.report(path, `must be a string, number, true/false, or a list of them; got ${show(value)}`);
  return undefined;
}

/** Records every shape problem with its path; each read returns undefined when the value is unusable. */
class ShapeReader {
  readonly problems: RuleSetProblem[] = [];
  /** The rule being read, named in its problems. */
  ruleIds: readonly string[] = [];

  report(path: string, message: string): void {
    this.problems.push({ check: 'SCHEMA', path, ruleIds: this.ruleIds, message });
  }

  object(
    path: string,
    value: unknown,
    required: readonly string[],
    optional: readonly string[] = [],
  ): JsonObject | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report(path, `must be an object; got ${show(value)}`);
      return undefined;
    }
    const record = value as JsonObject;
    const missing = required.filter((key) => !(key in record));
    const unknown = Object.keys(record).filter((key) => !required.includes(key) && !optional.includes(key));
    if (missing.length > 0) this.report(path, `missing ${missing.join(', ')}`);
    if (unknown.length > 0) {
      this.report(path, `unknown ${unknown.join(', ')} (expected ${[...required, ...optional].join(', ')})`);
    }
    return missing.length > 0 || unknown.length > 0 ? undefined : record;
  }

  list<T>(path: string, value: unknown, read: (element: unknown, path: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) {
      this.report(path, `must be a list; got ${show(value)}`);
      return undefined;
    }
    const elements = value.map((element, index) => read(element, `${path}[${index}]`));
    return elements.every((element) => element !== undefined) ? (elements as T[]) : undefined;
  }

  string(path: string, value: unknown): string | undefined {
    if (typeof value === 'string') return value;
    this.report(path, `must be a string; got ${show(value)}`);
    return undefined;
  }

  number(path: string, value: unknown): number | undefined {
    if (typeof value === 'number') return value;
    this.report(path, `must be a number; got ${show(value)}`);
    return undefined;
  }

  boolean(path: string, value: unknown): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.report(path, `must be true or false; got ${show(value)}`);
    return undefined;
  }

  oneOf<T extends string>(path: string, value: unknown, allowed: readonly T[]): T | undefined {
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.report(path, `must be one of ${allowed.join(', ')}; got ${show(value)}`);
    return undefined;
  }
}
