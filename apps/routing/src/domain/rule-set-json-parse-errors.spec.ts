import { RuleSetInvalidError } from './rule-set-invalid.error';
import { countyCodesNamedIn, parseRuleSetJson } from './rule-set.parser';
import { SUIZHOU_DEFAULT_RULES_TEXT } from './routing.fixture';

function problemsOf(text: string): readonly string[] {
  try {
    parseRuleSetJson(text);
  } catch (error) {
    if (error instanceof RuleSetInvalidError) return error.problems;
    throw error;
  }
  throw new Error('the text parsed, but it should have been rejected');
}

const withRule = (rule: unknown) =>
  JSON.stringify({ countyCodes: ['421303'], version: 1, effectiveFrom: '2026-01-01T00:00:00+08:00', rules: [rule] });
const validRule = {
  id: 'dispute-arbitration',
  description: '劳动争议转仲裁',
  legalBasis: '《劳动争议调解仲裁法》第五条',
  precedence: 10,
  when: { fact: 'kind', op: 'eq', value: 'DISPUTE' },
  refer: [{ target: 'ARBITRATION', priority: 'NORMAL', reason: '转仲裁', acknowledgeWithinWorkingDays: 1 }],
};

describe('reading a rule-set file', () => {
  it('gives one rule set per county listed in the shared Suizhou file, with the same rules', () => {
    const sets = parseRuleSetJson(SUIZHOU_DEFAULT_RULES_TEXT);
    expect(sets.map((set) => [set.countyCode, set.version])).toEqual([
      ['421300', 3],
      ['421303', 3],
      ['421321', 3],
      ['421381', 3],
    ]);
    expect(new Set(sets.map((set) => set.rules)).size).toBe(1);
    expect(sets[0].rules.map((rule) => rule.id)).toContain('dispute-mediation-first');
  });

  it('reports malformed JSON as such', () => {
    expect(problemsOf('{"countyCodes": [')).toEqual([expect.stringMatching(/^\(file\): malformed JSON: /)]);
  });

  it('reports missing fields at the file level', () => {
    expect(problemsOf('{"countyCodes": ["421303"], "rules": []}')).toEqual(['(file): missing version, effectiveFrom']);
  });

  it('reports a misspelt key instead of ignoring it', () => {
    expect(problemsOf(withRule({ ...validRule, stpo: true }))).toEqual([
      'rules[0]: unknown stpo (expected id, description, legalBasis, precedence, when, refer, stop)',
    ]);
  });

  it('reports every shape problem inside rules, conditions and templates with its path', () => {
    const rule = {
      ...validRule,
      precedence: '10',
      when: {
        all: [
          { fact: 'kind', op: 'equals', value: 'DISPUTE' },
          { fact: 'claimCategories', op: 'includes' },
          { some: [] },
        ],
      },
      refer: [
        { target: 'POLICE', priority: 'URGENT', reason: 3, acknowledgeWithinWorkingDays: 1 },
        {
          target: 'LEGAL_AID',
          priority: 'NORMAL',
          reason: '援助',
          acknowledgeWithinWorkingDays: 2,
          retryAllowed: 'yes',
        },
      ],
      stop: 'yes',
    };
    expect(problemsOf(withRule(rule))).toEqual([
      'rules[0].precedence: must be a number; got "10"',
      'rules[0].when.all[0].op: must be one of eq, ne, gt, gte, lt, lte, in, includes, includesAny; got "equals"',
      'rules[0].when.all[1]: missing value',
      'rules[0].when.all[2]: missing fact, op, value',
      'rules[0].when.all[2]: unknown some (expected fact, op, value)',
      'rules[0].refer[0].target: must be one of MEDIATION, INSPECTION, ARBITRATION, LEGAL_AID, PETITION, LABOR_RELATIONS_SUPERVISION, SUPERVISOR_QUEUE, CONSULTATION_CLOSE, TRADE_UNION, COURT; got "POLICE"',
      'rules[0].refer[0].priority: must be one of HIGH, NORMAL; got "URGENT"',
      'rules[0].refer[0].reason: must be a string; got 3',
      'rules[0].refer[1].retryAllowed: must be true or false; got "yes"',
      'rules[0].stop: must be true or false; got "yes"',
    ]);
  });

  it('reports a condition value that is neither a scalar nor a list of scalars', () => {
    expect(problemsOf(withRule({ ...validRule, when: { fact: 'kind', op: 'eq', value: { is: 'DISPUTE' } } }))).toEqual([
      'rules[0].when.value: must be a string, number, true/false, or a list of them; got {"is":"DISPUTE"}',
    ]);
  });

  it('reports an empty or repeated county list', () => {
    const file = (countyCodes: string[]) => JSON.stringify({ countyCodes, version: 1, effectiveFrom: 'x', rules: [] });
    expect(problemsOf(file([]))).toEqual(['countyCodes: name at least one county']);
    expect(problemsOf(file(['421303', '421303']))).toEqual(['countyCodes: a county is listed twice']);
  });

  it('reads retryAllowed on a referral, and false when it is left out', () => {
    const refer = [
      { target: 'ARBITRATION', priority: 'NORMAL', reason: '转仲裁', acknowledgeWithinWorkingDays: 1 },
      { target: 'LEGAL_AID', priority: 'NORMAL', reason: '援助', acknowledgeWithinWorkingDays: 2, retryAllowed: true },
    ];
    const [set] = parseRuleSetJson(withRule({ ...validRule, refer }));
    expect(set.rules[0].refer.map((template) => template.retryAllowed ?? false)).toEqual([false, true]);
  });

  it('allows "$schema" for editors, but it must be text', () => {
    const file = (schema: unknown) =>
      JSON.stringify({ $schema: schema, countyCodes: ['421303'], version: 1, effectiveFrom: 'x', rules: [validRule] });
    expect(parseRuleSetJson(file('./rule-set.schema.json'))).toHaveLength(1);
    expect(problemsOf(file(3))).toEqual(['$schema: must be a string; got 3']);
  });

  it('names the rule a shape problem is in, when its id can be read', () => {
    try {
      parseRuleSetJson(withRule({ ...validRule, precedence: '10' }));
      throw new Error('should have been rejected');
    } catch (error) {
      expect((error as RuleSetInvalidError).details).toEqual([
        {
          check: 'SCHEMA',
          path: 'rules[0].precedence',
          ruleIds: ['dispute-arbitration'],
          message: 'must be a number; got "10"',
        },
      ]);
    }
  });
});

describe('the counties a rule-set file names, before it is checked', () => {
  it('reads them from a file however wrong its rules are, and nothing from what is not a file', () => {
    expect(countyCodesNamedIn(withRule({ id: 'half a rule' }))).toEqual(['421303']);
    expect(countyCodesNamedIn(SUIZHOU_DEFAULT_RULES_TEXT)).toEqual(['421300', '421303', '421321', '421381']);
    expect(countyCodesNamedIn('{"countyCodes": [')).toEqual([]);
    expect(countyCodesNamedIn('[]')).toEqual([]);
    expect(countyCodesNamedIn('{"countyCodes": ["421381", 421303]}')).toEqual(['421381']);
  });
});
