// Test data for the routing domain (used by specs only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactsContext } from './matter-facts';
import type { MatterContent } from './matter-content';
import type { RuleSet } from './rule-set';
import { parseRuleSetJson } from './rule-set.parser';

export const SUIZHOU_DEFAULT_RULES_TEXT = readFileSync(join(__dirname, '../../rules/suizhou-default.json'), 'utf8');

export const suizhouDefaultRuleSet = (countyCode = '421303'): RuleSet => {
  const ruleSet = parseRuleSetJson(SUIZHOU_DEFAULT_RULES_TEXT).find((candidate) => candidate.countyCode === countyCode);
  if (!ruleSet) throw new Error(`suizhou-default.json has no rule set for ${countyCode}`);
  return ruleSet;
};

// Hubei's third tier from 2025-12-01, 1970 yuan; small claims up to 12 months of it (23,640 yuan).
export const ZENGDU_CONTEXT: FactsContext = { countyMonthlyMinimumWageFen: 197_000, smallClaimMultiplier: 12 };
export const SMALL_CLAIM_CEILING_FEN = 12 * 197_000;

/** One worker's wage-arrears dispute, small, without consent to mediation; override what a test is about. */
export function matter(overrides: Partial<MatterContent> = {}): MatterContent {
  return {
    countyCode: '421303',
    kind: 'DISPUTE',
    employment: { stillEmployed: false },
    claims: [{ category: 'WAGES', amountFen: 1_200_000 }],
    workerCount: 1,
    commonClaim: false,
    consentToMediationFirst: false,
    channel: 'WINDOW',
    migrantWorker: false,
    declaresFinancialHardship: false,
    ...overrides,
  };
}
