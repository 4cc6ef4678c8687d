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

/** The day the specs decide on. */
export const DECISION_DATE = '2026-11-30';

// Hubei's third tier from 2025-12-01, 1970 yuan; small claims up to 12 months of it (23,640 yuan).
export const ZENGDU_CONTEXT: FactsContext = {
  countyMonthlyMinimumWageFen: 197_000,
  smallClaimMultiplier: 12,
  minimumWageTier: 3,
  today: DECISION_DATE,
};
export const SMALL_CLAIM_CEILING_FEN = 12 * 197_000;

/** One worker's wage-arrears dispute, small, without consent to mediation, employment ended two months ago; override what a test is about. */
export function matter(overrides: Partial<MatterContent> = {}): MatterContent {
  return {
    countyCode: '421303',
    kind: 'DISPUTE',
    employment: { stillEmployed: false, startDate: '2024-03-01', endDate: '2026-09-30' },
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
