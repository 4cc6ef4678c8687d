import type { RuleDefinition, RuleSet } from './rule-set';
import { RuleSetInvalidError } from './rule-set-invalid.error';
import { compileRuleSet } from './rule-set.compiler';

const rule = (overrides: Partial<RuleDefinition> = {}): RuleDefinition => ({
  id: 'dispute-arbitration',
  description: '劳动争议转仲裁',
  legalBasis: '《劳动争议调解仲裁法》第五条',
  precedence: 10,
  when: { fact: 'kind', op: 'eq', value: 'DISPUTE' },
  refer: [{ target: 'ARBITRATION', priority: 'NORMAL', reason: '转仲裁', acknowledgeWithinWorkingDays: 1 }],
  ...overrides,
});
const ruleSet = (rules: RuleDefinition[], overrides: Partial<RuleSet> = {}): RuleSet => ({
  countyCode: '421303',
  version: 1,
  effectiveFrom: '2026-01-01T00:00:00+08:00',
  rules,
  ...overrides,
});

function problemsOf(set: RuleSet): readonly string[] {
  try {
    compileRuleSet(set);
  } catch (error) {
    if (error instanceof RuleSetInvalidError) return error.problems;
    throw error;
  }
  throw new Error('the rule set compiled, but it should have been rejected');
}

describe('compiling a rule set rejects it with every problem listed', () => {
  it('compiles a valid rule set', () => {
    expect(compileRuleSet(ruleSet([rule()])).rules.map((r) => r.id)).toEqual(['dispute-arbitration']);
  });

  it('rejects a rule that names an unknown fact', () => {
    const set = ruleSet([
      rule({
        when: {
          all: [
            { fact: 'kind', op: 'eq', value: 'DISPUTE' },
            { fact: 'amountYuan', op: 'gt', value: 5 },
          ],
        },
      }),
    ]);
    expect(problemsOf(set)).toEqual([
      expect.stringMatching(
        /^rules\[0\] 'dispute-arbitration'\.when\.all\[1\]: unknown fact 'amountYuan'; known facts are kind, channel/,
      ),
    ]);
  });

  it('rejects two rules with the same id', () => {
    const set = ruleSet([rule(), rule({ precedence: 20 })]);
    expect(problemsOf(set)).toEqual([
      `rules[1] 'dispute-arbitration': id "dispute-arbitration" is already used by rules[0]`,
    ]);
  });

  it('accepts two rules with the same precedence: whether they conflict is checked when publishing', () => {
    const compiled = compileRuleSet(ruleSet([rule(), rule({ id: 'dispute-mediation' })]));
    expect(compiled.rules.map((r) => r.id)).toEqual(['dispute-arbitration', 'dispute-mediation']);
  });

  it('names the path and the rule of each problem', () => {
    try {
      compileRuleSet(ruleSet([rule({ when: { fact: 'kind', op: 'eq', value: 'DISPUT' } })]));
      throw new Error('should have been rejected');
    } catch (error) {
      expect((error as RuleSetInvalidError).details).toEqual([
        {
          check: 'SCHEMA',
          path: "rules[0] 'dispute-arbitration'.when",
          ruleIds: ['dispute-arbitration'],
          message: `'kind eq' needs one of DISPUTE, COMPLAINT, REPORT, CONSULTATION; got "DISPUT"`,
        },
      ]);
    }
  });

  it('keeps the targets a rule allows to be retried', () => {
    const refer = [
      { target: 'ARBITRATION', priority: 'NORMAL', reason: '转仲裁', acknowledgeWithinWorkingDays: 1 },
      {
        target: 'LEGAL_AID',
        priority: 'NORMAL',
        reason: '转法律援助',
        acknowledgeWithinWorkingDays: 2,
        retryAllowed: true,
      },
    ] as const;
    expect(compileRuleSet(ruleSet([rule({ refer })])).rules[0].retryAllowedTargets).toEqual(['LEGAL_AID']);
  });

  it.each([
    [
      'a misspelt enum value',
      { fact: 'kind', op: 'eq', value: 'DISPUT' },
      `'kind eq' needs one of DISPUTE, COMPLAINT, REPORT, CONSULTATION; got "DISPUT"`,
    ],
    [
      'a string for a boolean fact',
      { fact: 'collective', op: 'eq', value: 'true' },
      `'collective eq' needs true or false; got "true"`,
    ],
    [
      'a fraction for an integer fact',
      { fact: 'maxClaimAmountFen', op: 'gt', value: 100.5 },
      `'maxClaimAmountFen gt' needs an integer; got 100.5`,
    ],
    [
      'a scalar where a list is needed',
      { fact: 'kind', op: 'in', value: 'DISPUTE' },
      `'kind in' needs a non-empty list; got "DISPUTE"`,
    ],
    [
      'an empty list',
      { fact: 'claimCategories', op: 'includesAny', value: [] },
      `'claimCategories includesAny' needs a non-empty list; got []`,
    ],
    [
      'an unknown category inside a list',
      { fact: 'claimCategories', op: 'includesAny', value: ['WAGES', 'BONUS'] },
      `got "BONUS"`,
    ],
    [
      'an ordering operator on a boolean',
      { fact: 'smallClaim', op: 'gt', value: 1 },
      `operator 'gt' does not apply to boolean fact 'smallClaim' (use eq, ne)`,
    ],
    [
      'eq on a set of categories',
      { fact: 'claimCategories', op: 'eq', value: 'WAGES' },
      `operator 'eq' does not apply to enumSet fact 'claimCategories' (use includes, includesAny)`,
    ],
  ] as const)('rejects %s for the fact', (_label, when, message) => {
    expect(problemsOf(ruleSet([rule({ when })]))).toEqual([expect.stringContaining(message)]);
  });

  it('lists problems from several rules and the header in one error', () => {
    const set = ruleSet(
      [
        rule({ id: 'Bad Id', when: { any: [] } }),
        rule({ id: 'second', precedence: 20, refer: [], legalBasis: ' ' }),
        rule({
          id: 'third',
          precedence: 30,
          refer: [
            { target: 'LEGAL_AID', priority: 'NORMAL', reason: '', acknowledgeWithinWorkingDays: 21 },
            { target: 'LEGAL_AID', priority: 'HIGH', reason: '援助', acknowledgeWithinWorkingDays: 1 },
          ],
        }),
      ],
      { countyCode: '420100', version: 0, effectiveFrom: '2026-01-01 00:00' },
    );
    expect(problemsOf(set)).toEqual([
      expect.stringMatching(/^countyCode: .*unknown county code \(行政区划代码\) '420100'/),
      'version: must be a positive integer; got 0',
      "effectiveFrom: must be an ISO instant with an offset, e.g. 2023-06-06T00:00:00+08:00; got '2026-01-01 00:00'",
      "rules[0] 'Bad Id': id must be lower-case words joined by hyphens",
      "rules[0] 'Bad Id'.when: 'any' needs at least one condition",
      "rules[1] 'second': legalBasis is empty",
      "rules[1] 'second': refer is empty; a rule must send the matter somewhere",
      "rules[2] 'third'.refer[0]: reason is empty",
      "rules[2] 'third'.refer[0]: acknowledgeWithinWorkingDays must be a whole number from 0 to 20; got 21",
      "rules[2] 'third'.refer[1]: LEGAL_AID is already referred to by this rule",
    ]);
  });

  it('says how many problems there are in the message', () => {
    expect(() => compileRuleSet(ruleSet([]))).toThrow(
      'rule set is invalid (1 problem):\n- rules: is empty: every matter would go to the supervisor queue',
    );
  });
});
