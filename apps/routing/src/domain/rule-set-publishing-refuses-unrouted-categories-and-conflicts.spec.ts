import { CLAIM_CATEGORIES } from './matter-content';
import { SUIZHOU_DEFAULT_RULES_TEXT, suizhouDefaultRuleSet } from './routing.fixture';
import type { Condition, ReferralTemplate, RuleDefinition, RuleSet } from './rule-set';
import { checkRuleSetFileForPublishing, checkRuleSetForPublishing } from './rule-set.publishing';

const refer = (
  target: ReferralTemplate['target'],
  priority: ReferralTemplate['priority'] = 'NORMAL',
): ReferralTemplate => ({
  target,
  priority,
  reason: `转${target}`,
  acknowledgeWithinWorkingDays: 1,
});
const rule = (
  id: string,
  precedence: number,
  when: Condition,
  templates = [refer('ARBITRATION')],
  stop = false,
): RuleDefinition => ({
  id,
  description: id,
  legalBasis: '测试',
  precedence,
  when,
  refer: templates,
  ...(stop ? { stop } : {}),
});
const ruleSet = (rules: RuleDefinition[]): RuleSet => ({
  countyCode: '421303',
  version: 3,
  effectiveFrom: '2027-01-01T00:00:00+08:00',
  rules,
});
const dispute: Condition = { fact: 'kind', op: 'eq', value: 'DISPUTE' };
const everyDispute = rule('every-dispute-arbitration', 100, dispute);
const problems = (rules: RuleDefinition[]) => checkRuleSetForPublishing(ruleSet(rules));
const conflicts = (rules: RuleDefinition[]) => problems([...rules, everyDispute]).filter((p) => p.check === 'CONFLICT');

describe('publishing the Suizhou default rule set', () => {
  it.each(['421300', '421303', '421321', '421381'])('finds nothing to refuse for county %s', (countyCode) => {
    expect(checkRuleSetForPublishing(suizhouDefaultRuleSet(countyCode))).toEqual([]);
  });

  it('finds nothing to refuse in the shipped file', () => {
    expect(checkRuleSetFileForPublishing(SUIZHOU_DEFAULT_RULES_TEXT)).toEqual([]);
  });
});

describe('publishing refuses a rule set that fails the schema, with the reason', () => {
  it('returns the problems instead of throwing, with path and rule id', () => {
    expect(problems([rule('bad-fact', 10, { fact: 'amountYuan', op: 'gt', value: 5 })])).toEqual([
      {
        check: 'SCHEMA',
        path: "rules[0] 'bad-fact'.when",
        ruleIds: ['bad-fact'],
        message: expect.stringMatching(/^unknown fact 'amountYuan'/),
      },
    ]);
  });

  it('reports a malformed file once, not once per county', () => {
    expect(checkRuleSetFileForPublishing('{"countyCodes": [')).toEqual([
      expect.objectContaining({ check: 'SCHEMA', path: '(file)', message: expect.stringMatching(/^malformed JSON/) }),
    ]);
  });
});

describe('publishing refuses a rule set that leaves a claim category unrouted, naming it', () => {
  it('names the one category no rule routes', () => {
    const allButSeverance = CLAIM_CATEGORIES.filter((category) => category !== 'SEVERANCE');
    const found = problems([
      rule('listed-categories', 10, {
        all: [dispute, { fact: 'claimCategories', op: 'includesAny', value: allButSeverance }],
      }),
    ]);
    expect(found).toEqual([
      {
        check: 'COVERAGE',
        path: 'rules',
        ruleIds: [],
        message: expect.stringMatching(
          /^claim category SEVERANCE is not routed: a plain dispute claiming only SEVERANCE/,
        ),
      },
    ]);
  });

  it('says which plain disputes fall through when a category is routed only sometimes', () => {
    const found = problems([
      rule('consent-only', 10, { all: [dispute, { fact: 'consentToMediationFirst', op: 'eq', value: true }] }),
    ]);
    expect(found.map((problem) => problem.message.split(':')[0])).toEqual(
      CLAIM_CATEGORIES.map((category) => `claim category ${category} is not routed`),
    );
    expect(found[0].message).toContain('(no consent to mediation, small claim, still employed)');
    expect(found[0].message).not.toContain('(consents to mediation');
  });

  it('does not count a rule that sends the matter to the supervisor queue as routing it', () => {
    const found = problems([rule('to-supervisor', 10, dispute, [refer('SUPERVISOR_QUEUE')])]);
    expect(found).toHaveLength(CLAIM_CATEGORIES.length);
  });
});

describe('publishing refuses rules that share a precedence, can both hold, and disagree', () => {
  it('names both rules when one of them stops', () => {
    const found = conflicts([
      rule(
        'consultation-close',
        20,
        { fact: 'kind', op: 'in', value: ['CONSULTATION', 'DISPUTE'] },
        [refer('CONSULTATION_CLOSE')],
        true,
      ),
      rule('dispute-mediation', 20, dispute, [refer('MEDIATION')]),
    ]);
    expect(found).toEqual([
      {
        check: 'CONFLICT',
        path: "rules[0] 'consultation-close'",
        ruleIds: ['consultation-close', 'dispute-mediation'],
        message:
          'shares precedence 20 with rules[1] \'dispute-mediation\', both can hold (kind = "DISPUTE"), and they disagree: ' +
          "'consultation-close' stops; give them different precedences to state which comes first",
      },
    ]);
  });

  it('names both rules when they refer one target with different priorities', () => {
    const found = conflicts([
      rule('collective-arbitration', 60, { fact: 'collective', op: 'eq', value: true }, [refer('ARBITRATION', 'HIGH')]),
      rule('large-claim-arbitration', 60, { fact: 'maxClaimAmountFen', op: 'gt', value: 1_000_000 }, [
        refer('ARBITRATION'),
      ]),
    ]);
    expect(found).toEqual([
      expect.objectContaining({
        ruleIds: ['collective-arbitration', 'large-claim-arbitration'],
        message: expect.stringContaining('both refer to ARBITRATION with a different priority HIGH vs NORMAL'),
      }),
    ]);
    expect(found[0].message).toContain('collective = true, maxClaimAmountFen = 1000001');
  });

  it.each([
    [
      'conditions that cannot both hold (two kinds)',
      rule('a', 30, dispute, [refer('MEDIATION')], true),
      rule('b', 30, { fact: 'kind', op: 'eq', value: 'COMPLAINT' }, [refer('INSPECTION')]),
    ],
    [
      'conditions that cannot both hold (a worker count on either side of 10)',
      rule('a', 30, { fact: 'workerCount', op: 'gte', value: 10 }, [refer('ARBITRATION', 'HIGH')]),
      rule('b', 30, { fact: 'workerCount', op: 'lt', value: 10 }, [refer('ARBITRATION')]),
    ],
    [
      'conditions that cannot both hold (a category present and absent)',
      rule('a', 30, { fact: 'claimCategories', op: 'includes', value: 'WAGES' }, [refer('MEDIATION')], true),
      rule('b', 30, { not: { fact: 'claimCategories', op: 'includesAny', value: ['WAGES', 'SEVERANCE'] } }, [
        refer('LEGAL_AID'),
      ]),
    ],
    [
      'rules that can both hold but agree (different targets, no stop)',
      rule('a', 30, dispute, [refer('ARBITRATION')]),
      rule('b', 30, { fact: 'migrantWorker', op: 'eq', value: true }, [refer('LEGAL_AID')]),
    ],
  ])('accepts a shared precedence for %s', (_label, a, b) => {
    expect(conflicts([a, b])).toEqual([]);
  });

  it('finds an overlap through sets of categories', () => {
    const found = conflicts([
      rule('wages', 30, { fact: 'claimCategories', op: 'includes', value: 'WAGES' }, [refer('MEDIATION')], true),
      rule('severance', 30, { fact: 'claimCategories', op: 'includes', value: 'SEVERANCE' }, [refer('ARBITRATION')]),
    ]);
    expect(found).toEqual([
      expect.objectContaining({ message: expect.stringContaining('claimCategories = ["WAGES","SEVERANCE"]') }),
    ]);
  });
});
