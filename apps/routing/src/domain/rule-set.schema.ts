// The published JSON Schema (draft 2020-12) of a rule-set file, built from the very lists and limits
// the parser and compiler check against (FACT_TABLE, the operators, targets, priorities, counties),
// so the two cannot drift. apps/routing/rules/rule-set.schema.json is this object written out; a spec
// fails when the file and the code differ, and rewrites it when run with UPDATE_RULE_SET_SCHEMA=1.
//
// What only the compiler checks: that effectiveFrom is a real instant (the pattern admits month 13),
// that rule ids are unique, and that a rule does not refer to one target twice. The schema lists only the
// targets a rule may name (no COURT); the parser knows COURT, so the compiler can say why it is refused.
import { listCounties } from '@onewindow/county';
import { FACT_TABLE, OPERATORS_BY_FACT_TYPE, type FactName } from './matter-facts';
import {
  CONDITION_OPERATORS,
  ISO_INSTANT_PATTERN,
  MAX_ACKNOWLEDGE_WORKING_DAYS,
  REFERRAL_PRIORITIES,
  RULE_ID_PATTERN,
  RULE_REFERRAL_TARGETS,
} from './rule-set';

export const RULE_SET_SCHEMA_ID = 'https://onewindow.example/schemas/routing/rule-set.schema.json';

type JsonSchema = Readonly<Record<string, unknown>>;

const SAFE_INTEGER: JsonSchema = {
  type: 'integer',
  minimum: Number.MIN_SAFE_INTEGER,
  maximum: Number.MAX_SAFE_INTEGER,
};

export function ruleSetJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: RULE_SET_SCHEMA_ID,
    title: 'OneWindow “1+X” referral rule set (分流规则)',
    description:
      'One file per rule set, shared by the counties it names. Rules are tried in ascending precedence; ' +
      'every rule that matches fires unless an earlier one stops. Generated from apps/routing/src/domain ' +
      '(rule-set.schema.ts): do not edit by hand.',
    type: 'object',
    additionalProperties: false,
    required: ['countyCodes', 'version', 'effectiveFrom', 'rules'],
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors; not read by routing.' },
      countyCodes: {
        description: '行政区划代码 of the counties that share these rules',
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { type: 'string', enum: listCounties().map((county) => county.code) },
      },
      version: { ...SAFE_INTEGER, minimum: 1, description: 'A change of rules is a new version.' },
      effectiveFrom: {
        description: 'ISO instant with an explicit offset, e.g. 2023-06-06T00:00:00+08:00',
        type: 'string',
        pattern: ISO_INSTANT_PATTERN,
      },
      rules: { type: 'array', minItems: 1, items: { $ref: '#/$defs/rule' } },
    },
    $defs: {
      nonBlankText: { type: 'string', pattern: '\\S' },
      rule: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'description', 'legalBasis', 'precedence', 'when', 'refer'],
        properties: {
          id: { type: 'string', pattern: RULE_ID_PATTERN },
          description: { $ref: '#/$defs/nonBlankText', description: 'Chinese' },
          legalBasis: {
            $ref: '#/$defs/nonBlankText',
            description: 'Chinese citation, e.g. 《劳动争议调解仲裁法》第十条',
          },
          precedence: { ...SAFE_INTEGER, description: 'Ascending: lower is tried first.' },
          when: { $ref: '#/$defs/condition' },
          refer: { type: 'array', minItems: 1, items: { $ref: '#/$defs/referral' } },
          stop: { type: 'boolean', description: 'When this rule fires, rules of later precedence are not tried.' },
        },
      },
      referral: {
        type: 'object',
        additionalProperties: false,
        required: ['target', 'priority', 'reason', 'acknowledgeWithinWorkingDays'],
        properties: {
          target: { type: 'string', enum: [...RULE_REFERRAL_TARGETS] },
          priority: { type: 'string', enum: [...REFERRAL_PRIORITIES] },
          reason: { $ref: '#/$defs/nonBlankText', description: 'Chinese, for the worker and the receiving agency' },
          acknowledgeWithinWorkingDays: { type: 'integer', minimum: 0, maximum: MAX_ACKNOWLEDGE_WORKING_DAYS },
          retryAllowed: {
            type: 'boolean',
            description: 'The target may be tried again for a matter it failed or declined before.',
          },
        },
      },
      condition: {
        oneOf: [
          { $ref: '#/$defs/allCondition' },
          { $ref: '#/$defs/anyCondition' },
          { $ref: '#/$defs/notCondition' },
          { $ref: '#/$defs/factCondition' },
        ],
      },
      allCondition: combinator('all'),
      anyCondition: combinator('any'),
      notCondition: {
        type: 'object',
        additionalProperties: false,
        required: ['not'],
        properties: { not: { $ref: '#/$defs/condition' } },
      },
      factCondition: {
        type: 'object',
        additionalProperties: false,
        required: ['fact', 'op', 'value'],
        properties: {
          fact: { type: 'string', enum: Object.keys(FACT_TABLE) },
          op: { type: 'string', enum: [...CONDITION_OPERATORS] },
          value: true,
        },
        allOf: (Object.keys(FACT_TABLE) as FactName[]).map((fact) => ({
          if: { required: ['fact'], properties: { fact: { const: fact } } },
          then: factOperands(fact),
        })),
      },
    },
  };
}

function combinator(key: 'all' | 'any'): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: [key],
    properties: { [key]: { type: 'array', minItems: 1, items: { $ref: '#/$defs/condition' } } },
  };
}

/** The operators and values one fact allows: one alternative per operator shape (scalar or list). */
function factOperands(fact: FactName): JsonSchema {
  const factType = FACT_TABLE[fact];
  const element: JsonSchema =
    factType.type === 'boolean'
      ? { type: 'boolean' }
      : factType.type === 'integer'
        ? SAFE_INTEGER
        : { type: 'string', enum: [...factType.values] };
  const operators = OPERATORS_BY_FACT_TYPE[factType.type];
  const scalarOperators = operators.filter((op) => op !== 'in' && op !== 'includesAny');
  const listOperators = operators.filter((op) => op === 'in' || op === 'includesAny');
  const alternatives: JsonSchema[] = [
    { properties: { op: { enum: scalarOperators }, value: element } },
    ...(listOperators.length > 0
      ? [
          {
            properties: {
              op: { enum: listOperators },
              value: { type: 'array', minItems: 1, items: element },
            },
          },
        ]
      : []),
  ];
  return alternatives.length === 1 ? alternatives[0] : { oneOf: alternatives };
}
