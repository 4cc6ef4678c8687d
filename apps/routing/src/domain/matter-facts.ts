// The facts a referral rule (分流规则) may test. FACT_TABLE is the one list of them: the Facts type
// is derived from it, and compileRuleSet rejects a rule that names a fact or value not in it.
import { CHANNELS, CLAIM_CATEGORIES, MATTER_KINDS, type MatterContent } from './matter-content';

export type FactType =
  | { readonly type: 'boolean' }
  | { readonly type: 'integer' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'enumSet'; readonly values: readonly string[] };

export const FACT_TABLE = {
  kind: { type: 'enum', values: MATTER_KINDS },
  channel: { type: 'enum', values: CHANNELS },
  /** Each category claimed, once. */
  claimCategories: { type: 'enumSet', values: CLAIM_CATEGORIES },
  claimCount: { type: 'integer' },
  /** 0 when nothing is claimed. */
  maxClaimAmountFen: { type: 'integer' },
  totalClaimAmountFen: { type: 'integer' },
  workerCount: { type: 'integer' },
  commonClaim: { type: 'boolean' },
  /** Collective dispute (集体争议): 10 or more workers with a common claim, 劳动争议调解仲裁法 Art. 7. */
  collective: { type: 'boolean' },
  consentToMediationFirst: { type: 'boolean' },
  stillEmployed: { type: 'boolean' },
  migrantWorker: { type: 'boolean' },
  declaresFinancialHardship: { type: 'boolean' },
  /** The county's monthly minimum wage on the day of the decision. */
  countyMonthlyMinimumWageFen: { type: 'integer' },
  /** Every claim is at most smallClaimMultiplier × the county's monthly minimum wage (争议额度小). */
  smallClaim: { type: 'boolean' },
} as const satisfies Record<string, FactType>;

export type FactName = keyof typeof FACT_TABLE;

type ValueOf<T extends FactType> = T extends { type: 'boolean' }
  ? boolean
  : T extends { type: 'integer' }
    ? number
    : T extends { type: 'enum'; values: readonly (infer V)[] }
      ? V
      : T extends { type: 'enumSet'; values: readonly (infer V)[] }
        ? readonly V[]
        : never;

export type Facts = { readonly [Name in FactName]: ValueOf<(typeof FACT_TABLE)[Name]> };

export interface FactsContext {
  /** From @onewindow/county monthlyMinimumWageFen for the matter's county and date. */
  readonly countyMonthlyMinimumWageFen: number;
  /** County configuration: how many monthly minimum wages a claim may reach and still count as small. */
  readonly smallClaimMultiplier: number;
}

// 劳动争议调解仲裁法 Art. 7: ten or more workers with a common claim act through representatives.
export const COLLECTIVE_DISPUTE_MIN_WORKERS = 10;

export function factsOf(content: MatterContent, context: FactsContext): Facts {
  const { countyMonthlyMinimumWageFen, smallClaimMultiplier } = context;
  if (!Number.isSafeInteger(countyMonthlyMinimumWageFen) || countyMonthlyMinimumWageFen <= 0) {
    throw new RangeError(`countyMonthlyMinimumWageFen must be a positive integer; got ${countyMonthlyMinimumWageFen}`);
  }
  if (!Number.isFinite(smallClaimMultiplier) || smallClaimMultiplier <= 0) {
    throw new RangeError(`smallClaimMultiplier must be a positive number; got ${smallClaimMultiplier}`);
  }
  const amounts = content.claims.map((claim) => claim.amountFen);
  const maxClaimAmountFen = Math.max(0, ...amounts);
  return {
    kind: content.kind,
    channel: content.channel,
    claimCategories: [...new Set(content.claims.map((claim) => claim.category))],
    claimCount: content.claims.length,
    maxClaimAmountFen,
    totalClaimAmountFen: amounts.reduce((total, amount) => total + amount, 0),
    workerCount: content.workerCount,
    commonClaim: content.commonClaim,
    collective: content.commonClaim && content.workerCount >= COLLECTIVE_DISPUTE_MIN_WORKERS,
    consentToMediationFirst: content.consentToMediationFirst,
    stillEmployed: content.employment.stillEmployed,
    migrantWorker: content.migrantWorker,
    declaresFinancialHardship: content.declaresFinancialHardship,
    countyMonthlyMinimumWageFen,
    smallClaim: maxClaimAmountFen <= smallClaimMultiplier * countyMonthlyMinimumWageFen,
  };
}
