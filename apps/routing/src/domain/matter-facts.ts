// The facts a referral rule (分流规则) may test. FACT_TABLE is the one list of them: the Facts type
// is derived from it, compileRuleSet rejects a rule that names a fact or value not in it, and the
// published JSON Schema lists the same facts, operators and values (rule-set.schema.ts).
import { minimumWageOn } from '@onewindow/county';
import type { IsoDate } from '@onewindow/calendar';
import { arbitrationLimitation, LIMITATION_STATUSES, wholeMonthsBetween } from './arbitration-limitation';
import {
  CHANNELS,
  CLAIM_CATEGORIES,
  HANDLING_OFFICES,
  MATTER_KINDS,
  REQUESTED_REMEDIES,
  type MatterContent,
} from './matter-content';
import { REFERRAL_TARGETS, type ConditionOperator, type ReferralTarget } from './rule-set';

export type FactType =
  | { readonly type: 'boolean' }
  | { readonly type: 'integer' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'enumSet'; readonly values: readonly string[] };

/** The operators a condition may apply to each type of fact. */
export const OPERATORS_BY_FACT_TYPE: Readonly<Record<FactType['type'], readonly ConditionOperator[]>> = {
  boolean: ['eq', 'ne'],
  integer: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in'],
  enum: ['eq', 'ne', 'in'],
  enumSet: ['includes', 'includesAny'],
};

/** What the worker asks for in wage arrears, or that they did not say. */
export const REQUESTED_REMEDY_FACT_VALUES = [...REQUESTED_REMEDIES, 'UNSTATED'] as const;

export const FACT_TABLE = {
  // The matter
  kind: { type: 'enum', values: MATTER_KINDS },
  /** WINDOW, ONLINE or PETITION_VISIT (信访来访). */
  channel: { type: 'enum', values: CHANNELS },

  // Claims (请求事项) and amounts, in fen
  /** Each category claimed, once. */
  claimCategories: { type: 'enumSet', values: CLAIM_CATEGORIES },
  claimCount: { type: 'integer' },
  /** 0 when nothing is claimed. */
  maxClaimAmountFen: { type: 'integer' },
  totalClaimAmountFen: { type: 'integer' },
  /** The county's monthly minimum wage on the day of the decision. */
  countyMonthlyMinimumWageFen: { type: 'integer' },
  /** The county's minimum-wage tier (一类 1, 二类 2, 三类 3) on the day of the decision; 0 when not known. */
  minimumWageTier: { type: 'integer' },
  /** Every claim is at most smallClaimMultiplier × the county's monthly minimum wage (争议额度小). */
  smallClaim: { type: 'boolean' },
  /**
   * The largest claim in months of the county's minimum wage, rounded up: `lte 12` is “each claim at
   * most 12 monthly minimum wages”, so a rule set states its own small-claim line. 0 when nothing is claimed.
   */
  maxClaimInMinimumWageMonths: { type: 'integer' },

  // Workers
  workerCount: { type: 'integer' },
  commonClaim: { type: 'boolean' },
  /** Collective dispute (集体争议): 10 or more workers with a common claim, 劳动争议调解仲裁法 Art. 7. */
  collective: { type: 'boolean' },
  consentToMediationFirst: { type: 'boolean' },
  migrantWorker: { type: 'boolean' },
  declaresFinancialHardship: { type: 'boolean' },
  /** For wage arrears: an order against the employer (责令支付), an award (仲裁裁决), or UNSTATED. */
  requestedRemedy: { type: 'enum', values: REQUESTED_REMEDY_FACT_VALUES },

  // Employment and limitation
  stillEmployed: { type: 'boolean' },
  /** Whole months from the end of the employment to the decision; -1 while employed or when not known. */
  monthsSinceEmploymentEnded: { type: 'integer' },
  /** Arbitration limitation (仲裁时效), 劳动争议调解仲裁法 Art. 27: see arbitration-limitation.ts. */
  limitation: { type: 'enum', values: LIMITATION_STATUSES },

  // Layoffs (裁员), 劳动合同法 Art. 41; 0 when the matter is not about one
  layoffWorkers: { type: 'integer' },
  /** Workers laid off as a share of the workforce, in whole percent rounded down. */
  layoffSharePercent: { type: 'integer' },
  /** 20 or more workers, or fewer but at least 10 % of the workforce (经济性裁员, Art. 41). */
  massLayoff: { type: 'boolean' },

  // Handling before the window (已经调解、仲裁、监察、诉讼或信访)
  /** Offices that handled the matter or are handling it. */
  priorOffices: { type: 'enumSet', values: HANDLING_OFFICES },
  inProgressOffices: { type: 'enumSet', values: HANDLING_OFFICES },
  concludedOffices: { type: 'enumSet', values: HANDLING_OFFICES },
  /** Offices whose conclusion the visitor disputes (不服处理结论). */
  disputedConclusionOffices: { type: 'enumSet', values: HANDLING_OFFICES },
  /** No office has handled the matter before. */
  noOfficeHandled: { type: 'boolean' },

  // The referral loop (转办闭环): what came back from earlier rounds for this matter
  failedTargets: { type: 'enumSet', values: REFERRAL_TARGETS },
  declinedTargets: { type: 'enumSet', values: REFERRAL_TARGETS },
  /** failedTargets and declinedTargets together: what came back. */
  returnedTargets: { type: 'enumSet', values: REFERRAL_TARGETS },
  /** Every target referred in an earlier round, whatever became of it. */
  previousTargets: { type: 'enumSet', values: REFERRAL_TARGETS },
  /** 1 for the first decision on a matter, 2 for the first re-decision, … */
  referralRound: { type: 'integer' },
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

/** What came back to routing for this matter in earlier rounds. */
export interface ReferralHistory {
  /** Targets whose referral failed (调解不成、处理不成…). */
  readonly failedTargets: readonly ReferralTarget[];
  /** Targets that declined the referral (不予受理、退回…). */
  readonly declinedTargets: readonly ReferralTarget[];
  /** The round being decided: 1 for the first decision. */
  readonly round: number;
  /**
   * Every target referred in earlier rounds, whatever its state (issued, accepted, resolved…), so a
   * target still working on the matter is not sent it a second time. Failed and declined targets are
   * added automatically; without this list only they are known.
   */
  readonly previousTargets?: readonly ReferralTarget[];
}

export const FIRST_ROUND: ReferralHistory = Object.freeze({ failedTargets: [], declinedTargets: [], round: 1 });

export interface FactsContext {
  /** From @onewindow/county monthlyMinimumWageFen for the matter's county and date. */
  readonly countyMonthlyMinimumWageFen: number;
  /** County configuration: how many monthly minimum wages a claim may reach and still count as small. */
  readonly smallClaimMultiplier: number;
  /** The day of the decision in China. Without it, months since the employment ended and limitation are unknown. */
  readonly today?: IsoDate;
  /**
   * The day the window registered the matter. Registration is a request for relief that interrupts
   * the limitation (劳动争议调解仲裁法 Art. 27 para. 2), so a re-decision judges limitation on that
   * day, not on `today`. Defaults to `today`.
   */
  readonly registeredOn?: IsoDate;
  /** The county's minimum-wage tier; by default @onewindow/county minimumWageOn(county, today), or 0 without `today`. */
  readonly minimumWageTier?: number;
  /** Earlier rounds of the referral loop; the first decision by default. */
  readonly history?: ReferralHistory;
}

// 劳动争议调解仲裁法 Art. 7: ten or more workers with a common claim act through representatives.
export const COLLECTIVE_DISPUTE_MIN_WORKERS = 10;
// 劳动合同法 Art. 41: a layoff of 20 or more, or fewer but 10 % or more of the workforce.
export const MASS_LAYOFF_MIN_WORKERS = 20;
export const MASS_LAYOFF_MIN_SHARE_PERCENT = 10;

export function factsOf(content: MatterContent, context: FactsContext): Facts {
  const { countyMonthlyMinimumWageFen, smallClaimMultiplier, today } = context;
  if (!Number.isSafeInteger(countyMonthlyMinimumWageFen) || countyMonthlyMinimumWageFen <= 0) {
    throw new RangeError(`countyMonthlyMinimumWageFen must be a positive integer; got ${countyMonthlyMinimumWageFen}`);
  }
  if (!Number.isFinite(smallClaimMultiplier) || smallClaimMultiplier <= 0) {
    throw new RangeError(`smallClaimMultiplier must be a positive number; got ${smallClaimMultiplier}`);
  }
  const history = context.history ?? FIRST_ROUND;
  if (!Number.isSafeInteger(history.round) || history.round < 1) {
    throw new RangeError(`history.round must be a positive integer (1 for the first decision); got ${history.round}`);
  }
  const minimumWageTier =
    context.minimumWageTier ?? (today === undefined ? 0 : minimumWageOn(content.countyCode, today).tier);

  const amounts = content.claims.map((claim) => claim.amountFen);
  const maxClaimAmountFen = Math.max(0, ...amounts);
  const claimCategories = [...new Set(content.claims.map((claim) => claim.category))];
  const { employment } = content;
  const priorHandling = content.priorHandling ?? [];
  const offices = (keep: (handling: (typeof priorHandling)[number]) => boolean) =>
    inOrder(
      HANDLING_OFFICES,
      priorHandling.filter(keep).map((handling) => handling.office),
    );
  const ended = !employment.stillEmployed && employment.endDate ? employment.endDate : undefined;
  const { layoff } = content;
  const layoffWorkers = layoff?.workersLaidOff ?? 0;
  const workforce = layoff?.workforce ?? 0;
  const failedTargets = inOrder(REFERRAL_TARGETS, history.failedTargets);
  const declinedTargets = inOrder(REFERRAL_TARGETS, history.declinedTargets);

  return {
    kind: content.kind,
    channel: content.channel,
    claimCategories,
    claimCount: content.claims.length,
    maxClaimAmountFen,
    totalClaimAmountFen: amounts.reduce((total, amount) => total + amount, 0),
    countyMonthlyMinimumWageFen,
    minimumWageTier,
    smallClaim: maxClaimAmountFen <= smallClaimMultiplier * countyMonthlyMinimumWageFen,
    maxClaimInMinimumWageMonths: Math.ceil(maxClaimAmountFen / countyMonthlyMinimumWageFen),
    workerCount: content.workerCount,
    commonClaim: content.commonClaim,
    collective: content.commonClaim && content.workerCount >= COLLECTIVE_DISPUTE_MIN_WORKERS,
    consentToMediationFirst: content.consentToMediationFirst,
    migrantWorker: content.migrantWorker,
    declaresFinancialHardship: content.declaresFinancialHardship,
    requestedRemedy: content.requestedRemedy ?? 'UNSTATED',
    stillEmployed: employment.stillEmployed,
    monthsSinceEmploymentEnded: ended && today ? wholeMonthsBetween(ended, today) : -1,
    limitation: arbitrationLimitation({
      claimCategories,
      stillEmployed: employment.stillEmployed,
      endDate: ended,
      requestedReliefBefore: priorHandling.length > 0,
      asOf: context.registeredOn ?? today,
    }).status,
    layoffWorkers,
    // Integer arithmetic, so 10 of 100 is exactly 10 %, not 9.999…
    layoffSharePercent: workforce > 0 ? Math.floor((layoffWorkers * 100) / workforce) : 0,
    massLayoff:
      layoffWorkers >= MASS_LAYOFF_MIN_WORKERS ||
      (layoffWorkers > 0 && workforce > 0 && layoffWorkers * 100 >= MASS_LAYOFF_MIN_SHARE_PERCENT * workforce),
    priorOffices: offices(() => true),
    inProgressOffices: offices((handling) => handling.status === 'IN_PROGRESS'),
    concludedOffices: offices((handling) => handling.status === 'CONCLUDED'),
    // A conclusion can be disputed only once there is one.
    disputedConclusionOffices: offices((handling) => handling.status === 'CONCLUDED' && handling.conclusionDisputed),
    noOfficeHandled: priorHandling.length === 0,
    failedTargets,
    declinedTargets,
    returnedTargets: inOrder(REFERRAL_TARGETS, [...failedTargets, ...declinedTargets]),
    previousTargets: inOrder(REFERRAL_TARGETS, [
      ...(history.previousTargets ?? []),
      ...failedTargets,
      ...declinedTargets,
    ]),
    referralRound: history.round,
  };
}

/** Each element once, in the order of `all` (so equal sets give equal facts). */
function inOrder<T extends string>(all: readonly T[], elements: readonly T[]): T[] {
  return all.filter((value) => elements.includes(value));
}
