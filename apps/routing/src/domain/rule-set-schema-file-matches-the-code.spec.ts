// The published schema (rules/rule-set.schema.json) is the code's lists written out: this spec fails
// when they drift, and rewrites the file when run with UPDATE_RULE_SET_SCHEMA=1.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAgainstSchema } from './json-schema-subset.fixture';
import { FACT_TABLE, type FactName } from './matter-facts';
import { CONDITION_OPERATORS, REFERRAL_PRIORITIES, RULE_REFERRAL_TARGETS } from './rule-set';
import { RuleSetInvalidError } from './rule-set-invalid.error';
import { compileRuleSet } from './rule-set.compiler';
import { parseRuleSetJson } from './rule-set.parser';
import { ruleSetJsonSchema } from './rule-set.schema';
import { SUIZHOU_DEFAULT_RULES_TEXT } from './routing.fixture';

const SCHEMA_FILE = join(__dirname, '../../rules/rule-set.schema.json');

if (process.env.UPDATE_RULE_SET_SCHEMA === '1') {
  writeFileSync(SCHEMA_FILE, `${JSON.stringify(ruleSetJsonSchema(), null, 2)}\n`);
}
const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
// JSON.parse gives `any`: the spec reads the file as the plain data it is.
const defs = published.$defs;
type Json = Readonly<Record<string, unknown>>;
interface FactRule {
  readonly if: { readonly properties: { readonly fact: { readonly const: string } } };
  readonly then: {
    readonly oneOf: readonly { readonly properties: { readonly value: { readonly enum: string[] } } }[];
  };
}

/** Whether the parser and compiler accept the text: the code's verdict. */
function codeAccepts(text: string): boolean {
  try {
    parseRuleSetJson(text).forEach((ruleSet) => compileRuleSet(ruleSet));
    return true;
  } catch (error) {
    if (error instanceof RuleSetInvalidError) return false;
    throw error;
  }
}
const schemaAccepts = (text: string) => validateAgainstSchema(published, JSON.parse(text)).length === 0;

describe('the published JSON Schema of a rule-set file', () => {
  it('is exactly what the code generates (run with UPDATE_RULE_SET_SCHEMA=1 to rewrite the file)', () => {
    expect(published).toEqual(ruleSetJsonSchema());
  });

  it('lists the same facts, operators, targets and priorities as the code', () => {
    expect(defs.factCondition.properties.fact.enum).toEqual(Object.keys(FACT_TABLE));
    expect(defs.factCondition.properties.op.enum).toEqual([...CONDITION_OPERATORS]);
    expect(defs.referral.properties.target.enum).toEqual([...RULE_REFERRAL_TARGETS]);
    expect(defs.referral.properties.priority.enum).toEqual([...REFERRAL_PRIORITIES]);
  });

  it("lists each enum fact's values as FACT_TABLE does", () => {
    const rules: FactRule[] = defs.factCondition.allOf;
    for (const [name, type] of Object.entries(FACT_TABLE)) {
      if (type.type !== 'enum' && type.type !== 'enumSet') continue;
      const then = rules.find((rule) => rule.if.properties.fact.const === (name as FactName))!.then;
      expect([name, then.oneOf[0].properties.value.enum]).toEqual([name, [...type.values]]);
    }
  });

  it('accepts the shipped Suizhou rule set', () => {
    expect(validateAgainstSchema(published, JSON.parse(SUIZHOU_DEFAULT_RULES_TEXT))).toEqual([]);
  });

  const valid = JSON.parse(SUIZHOU_DEFAULT_RULES_TEXT);
  const firstRule = valid.rules[0];
  const withFirstRule = (changes: Json) =>
    JSON.stringify({ ...valid, rules: [{ ...firstRule, ...changes }, ...valid.rules.slice(1)] });
  const withFile = (changes: Json) => JSON.stringify({ ...valid, ...changes });

  it.each([
    ['an unknown fact', withFirstRule({ when: { fact: 'amountYuan', op: 'gt', value: 5 } })],
    ['a misspelt enum value', withFirstRule({ when: { fact: 'kind', op: 'eq', value: 'DISPUT' } })],
    ['a string for a boolean fact', withFirstRule({ when: { fact: 'collective', op: 'eq', value: 'true' } })],
    ['a fraction for an integer fact', withFirstRule({ when: { fact: 'workerCount', op: 'gt', value: 1.5 } })],
    ['an ordering operator on a boolean', withFirstRule({ when: { fact: 'smallClaim', op: 'gt', value: 1 } })],
    ['eq on a set of categories', withFirstRule({ when: { fact: 'claimCategories', op: 'eq', value: 'WAGES' } })],
    ['an empty list', withFirstRule({ when: { fact: 'claimCategories', op: 'includesAny', value: [] } })],
    ['a scalar where a list is needed', withFirstRule({ when: { fact: 'kind', op: 'in', value: 'DISPUTE' } })],
    ['an empty all', withFirstRule({ when: { all: [] } })],
    ['a misspelt key', withFirstRule({ stpo: true })],
    ['a bad rule id', withFirstRule({ id: 'Child Labor' })],
    ['a blank description', withFirstRule({ description: '  ' })],
    ['an unknown target', withFirstRule({ refer: [{ ...firstRule.refer[0], target: 'POLICE' }] })],
    ['a rule routing to the court', withFirstRule({ refer: [{ ...firstRule.refer[0], target: 'COURT' }] })],
    [
      'a deadline beyond 20 working days',
      withFirstRule({ refer: [{ ...firstRule.refer[0], acknowledgeWithinWorkingDays: 21 }] }),
    ],
    ['retryAllowed that is not true/false', withFirstRule({ refer: [{ ...firstRule.refer[0], retryAllowed: 'yes' }] })],
    ['no referral', withFirstRule({ refer: [] })],
    ['a county OneWindow does not serve', withFile({ countyCodes: ['420100'] })],
    ['a county listed twice', withFile({ countyCodes: ['421303', '421303'] })],
    ['version 0', withFile({ version: 0 })],
    ['an instant without an offset', withFile({ effectiveFrom: '2026-01-01 00:00' })],
    ['no rules', withFile({ rules: [] })],
  ])('rejects %s, as the parser and compiler do', (_label, text) => {
    expect({ schema: schemaAccepts(text), code: codeAccepts(text) }).toEqual({ schema: false, code: false });
  });

  it.each([
    ['a retryAllowed referral', withFirstRule({ refer: [{ ...firstRule.refer[0], retryAllowed: true }] })],
    [
      'an integer fact tested against a list',
      withFirstRule({ when: { fact: 'minimumWageTier', op: 'in', value: [1, 2] } }),
    ],
    ['a history fact', withFirstRule({ when: { fact: 'failedTargets', op: 'includes', value: 'MEDIATION' } })],
    ['two rules sharing a precedence', withFirstRule({ precedence: valid.rules[1].precedence })],
    ['a file without $schema', JSON.stringify({ ...valid, $schema: undefined })],
  ])('accepts %s, as the parser and compiler do', (_label, text) => {
    expect({ schema: schemaAccepts(text), code: codeAccepts(text) }).toEqual({ schema: true, code: true });
  });
});
