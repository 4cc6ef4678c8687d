// The routing benchmark compares decide() with json-rules-engine running a translation of the same
// rules; if the translation decided differently, the benchmark would compare different work.
import {
  compileRuleSet,
  CONDITION_OPERATORS,
  decide,
  factsOf,
  type Condition,
  type ConditionOperator,
  type MatterContent,
  type RuleSet,
} from '../src/domain';
import { matter, suizhouDefaultRuleSet, ZENGDU_CONTEXT } from '../src/domain/routing.fixture';
import { generatePopulation } from './population';
import { jsonRulesEngineRouter, translateCondition, UntranslatableRuleError } from './rule-translation';

async function expectSameDecisions(ruleSet: RuleSet, contents: readonly MatterContent[]): Promise<void> {
  const compiled = compileRuleSet(ruleSet);
  const jre = jsonRulesEngineRouter(ruleSet);
  // Compared as JSON, matter by matter, and only a differing one through jest's (costly) deep equality.
  for (const content of contents) {
    const facts = factsOf(content, ZENGDU_CONTEXT);
    const [translated, decided] = [await jre(facts), decide(compiled, facts)];
    if (JSON.stringify(translated) !== JSON.stringify(decided)) {
      expect({ content, decision: translated }).toEqual({ content, decision: decided });
    }
  }
}

const referTo = (target: 'MEDIATION' | 'ARBITRATION' | 'LEGAL_AID' | 'INSPECTION' | 'PETITION', high = false) => [
  { target, priority: high ? ('HIGH' as const) : ('NORMAL' as const), reason: '测试', acknowledgeWithinWorkingDays: 1 },
];

// Every operator, `not`, nested all/any, lone fact tests at the root, two stopping rules, a HIGH referral
// from a later rule, precedences listed out of order and one shared: what the default rules do not exercise.
const EVERY_FEATURE: RuleSet = {
  countyCode: '421303',
  version: 7,
  effectiveFrom: '2026-01-01T00:00:00+08:00',
  rules: [
    {
      id: 'several-claims-at-window',
      description: '多项请求且窗口申请',
      legalBasis: '测试',
      precedence: 50,
      when: {
        all: [{ fact: 'claimCount', op: 'gte', value: 2 }, { not: { fact: 'channel', op: 'eq', value: 'ONLINE' } }],
      },
      refer: referTo('MEDIATION'),
    },
    {
      id: 'large-or-many-workers',
      description: '金额大或人数多',
      legalBasis: '测试',
      precedence: 10,
      when: {
        any: [
          { fact: 'maxClaimAmountFen', op: 'gt', value: 3_000_000 },
          { fact: 'workerCount', op: 'gte', value: 10 },
        ],
      },
      refer: referTo('ARBITRATION'),
    },
    {
      id: 'nothing-claimed-at-window',
      description: '咨询或举报、无请求、窗口',
      legalBasis: '测试',
      precedence: 20,
      when: {
        all: [
          { fact: 'kind', op: 'in', value: ['CONSULTATION', 'REPORT'] },
          { fact: 'claimCount', op: 'lt', value: 1 },
          { fact: 'channel', op: 'ne', value: 'ONLINE' },
        ],
      },
      refer: referTo('PETITION'),
      stop: true,
    },
    {
      id: 'injury-or-insurance',
      description: '工伤或社保',
      legalBasis: '测试',
      precedence: 40,
      when: { fact: 'claimCategories', op: 'includesAny', value: ['WORK_INJURY_MEDICAL', 'SOCIAL_INSURANCE'] },
      refer: referTo('LEGAL_AID'),
    },
    {
      id: 'child-labor-or-tiny',
      description: '童工或小额',
      legalBasis: '测试',
      precedence: 60,
      when: {
        any: [
          { fact: 'claimCategories', op: 'includes', value: 'CHILD_LABOR' },
          {
            all: [
              { fact: 'totalClaimAmountFen', op: 'lte', value: 300_000 },
              { fact: 'claimCount', op: 'eq', value: 1 },
            ],
          },
          { fact: 'workerCount', op: 'in', value: [2, 3] },
        ],
      },
      refer: referTo('INSPECTION', true),
    },
    {
      id: 'employed-local-worker',
      description: '在职且非农民工',
      legalBasis: '测试',
      precedence: 70,
      when: {
        all: [
          { fact: 'stillEmployed', op: 'eq', value: true },
          { fact: 'migrantWorker', op: 'ne', value: true },
        ],
      },
      refer: referTo('ARBITRATION', true),
      stop: true,
    },
    {
      // Shares precedence 80 with the next rule and comes first in the file, so its PETITION referral is kept.
      id: 'tiny-claim-petition',
      description: '小额（与下一条同一优先顺序）',
      legalBasis: '测试',
      precedence: 80,
      when: { fact: 'maxClaimAmountFen', op: 'lt', value: 500_000 },
      refer: referTo('PETITION'),
    },
    {
      id: 'after-the-stops',
      description: '非咨询',
      legalBasis: '测试',
      precedence: 80,
      when: { fact: 'kind', op: 'ne', value: 'CONSULTATION' },
      refer: referTo('PETITION'),
    },
  ],
};

function operatorsIn(condition: Condition): ConditionOperator[] {
  if ('all' in condition) return condition.all.flatMap(operatorsIn);
  if ('any' in condition) return condition.any.flatMap(operatorsIn);
  if ('not' in condition) return operatorsIn(condition.not);
  return [condition.op];
}

describe('json-rules-engine translation of a rule set (benchmark reference)', () => {
  // json-rules-engine takes some 10 ms a matter under the default rules: 400 keep this test to seconds.
  it('decides as decide() does on 400 generated matters under the Suizhou default rules', async () => {
    await expectSameDecisions(suizhouDefaultRuleSet(), generatePopulation(400, { asOf: '2026-11-29', seed: 1 }));
  });

  it('decides as decide() does on the default rules’ edge cases', async () => {
    await expectSameDecisions(suizhouDefaultRuleSet(), [
      matter({ kind: 'CONSULTATION', claims: [{ category: 'CHILD_LABOR', amountFen: 0 }] }),
      matter({ workerCount: 12, commonClaim: true, migrantWorker: true, declaresFinancialHardship: true }),
      matter({ kind: 'REPORT', migrantWorker: true }),
      matter({ kind: 'COMPLAINT', claims: [{ category: 'OTHER', amountFen: 0 }] }),
      matter({ consentToMediationFirst: true, claims: [{ category: 'WAGES', amountFen: 12 * 197_000 }] }),
      matter({ consentToMediationFirst: true, claims: [{ category: 'WAGES', amountFen: 12 * 197_000 + 1 }] }),
    ]);
  });

  it('decides as decide() does with every operator, not, and stop, on 2,000 generated matters', async () => {
    const used = new Set(EVERY_FEATURE.rules.flatMap((rule) => operatorsIn(rule.when)));
    expect([...used].sort()).toEqual([...CONDITION_OPERATORS].sort());
    await expectSameDecisions(EVERY_FEATURE, generatePopulation(2_000, { asOf: '2026-11-29', seed: 2 }));
  });

  it('fires no rule after a stopping one', async () => {
    const facts = factsOf(
      matter({ employment: { stillEmployed: true }, claims: [{ category: 'CONTRACT', amountFen: 500_000 }] }),
      ZENGDU_CONTEXT,
    );
    const decision = await jsonRulesEngineRouter(EVERY_FEATURE)(facts);
    expect(decision.firedRuleIds).toEqual(['employed-local-worker']);
    expect(decision).toEqual(decide(compileRuleSet(EVERY_FEATURE), facts));
  });

  it('refuses, naming it, an operator or condition shape it has no translation for', () => {
    const unknownOperator = { fact: 'kind', op: 'startsWith' as ConditionOperator, value: 'D' };
    expect(() => translateCondition({ all: [unknownOperator] })).toThrow(UntranslatableRuleError);
    expect(() => translateCondition({ all: [unknownOperator] })).toThrow(
      "when.all[0]: no json-rules-engine operator for 'startsWith'",
    );
    expect(() => translateCondition({ none: [] } as unknown as Condition)).toThrow(UntranslatableRuleError);
  });
});
