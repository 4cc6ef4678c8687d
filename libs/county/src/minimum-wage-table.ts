// Monthly minimum wage (月最低工资标准) as dated data. The province sets the amount per tier (类);
// which tier a county is in is separate, dated configuration, because thresholds that follow
// (终局裁决 12 × the local minimum wage, below-minimum-wage complaints) must use the county's own tier.
// A date with no standard or no tier loaded throws: a wrong threshold is worse than none.
import { compareIsoDates, IsoDate, parseIsoDate } from '@onewindow/calendar';
import { assertKnownCounty, CountyCode, getCounty } from './county-registry';
import { InvalidMinimumWageTableError, MinimumWageUnknownError } from './county.errors';

/** 一类 / 二类 / 三类 */
export type MinimumWageTier = 1 | 2 | 3;

export interface MinimumWageStandard {
  readonly id: string;
  readonly region: string;
  readonly effectiveFrom: IsoDate;
  /** integer fen per month, by tier */
  readonly monthlyFenByTier: Readonly<Partial<Record<MinimumWageTier, number>>>;
  readonly citation: string;
  /** false until someone has checked the amounts against the published notice */
  readonly verified: boolean;
}

export interface CountyTierAssignment {
  readonly countyCode: CountyCode;
  readonly tier: MinimumWageTier;
  readonly effectiveFrom: IsoDate;
  readonly citation: string;
  /** false until someone has checked the county's tier against the published notice */
  readonly verified: boolean;
}

export interface MinimumWageTable {
  readonly standards: readonly MinimumWageStandard[];
  readonly assignments: readonly CountyTierAssignment[];
}

export interface MinimumWageAnswer {
  readonly countyCode: CountyCode;
  readonly onDate: IsoDate;
  readonly tier: MinimumWageTier;
  readonly monthlyFen: number;
  readonly standardId: string;
  readonly standardCitation: string;
  readonly tierCitation: string;
  /** both the amount and the county's tier have been checked against the published texts */
  readonly verified: boolean;
}

/** Validates the data: known counties, real dates, positive whole-fen amounts, no duplicate dates. */
export function createMinimumWageTable(
  standards: readonly MinimumWageStandard[],
  assignments: readonly CountyTierAssignment[],
): MinimumWageTable {
  const standardDates = new Set<IsoDate>();
  for (const standard of standards) {
    parseIsoDate(standard.effectiveFrom, `minimum-wage standard '${standard.id}' effectiveFrom`);
    if (!standard.citation?.trim())
      throw new InvalidMinimumWageTableError(`minimum-wage standard '${standard.id}' has no citation`);
    if (standardDates.has(standard.effectiveFrom)) {
      throw new InvalidMinimumWageTableError(`two minimum-wage standards take effect on ${standard.effectiveFrom}`);
    }
    standardDates.add(standard.effectiveFrom);
    for (const [tier, fen] of Object.entries(standard.monthlyFenByTier)) {
      if (!Number.isSafeInteger(fen) || (fen as number) <= 0) {
        throw new InvalidMinimumWageTableError(
          `minimum-wage standard '${standard.id}', tier ${tier}: amount must be a positive whole number of fen; got ${String(fen)}`,
        );
      }
    }
  }
  const assignmentKeys = new Set<string>();
  for (const assignment of assignments) {
    assertKnownCounty(assignment.countyCode);
    parseIsoDate(assignment.effectiveFrom, `tier of ${assignment.countyCode} effectiveFrom`);
    if (![1, 2, 3].includes(assignment.tier)) {
      throw new InvalidMinimumWageTableError(
        `tier of ${assignment.countyCode} must be 1, 2 or 3; got ${String(assignment.tier)}`,
      );
    }
    const key = `${assignment.countyCode}@${assignment.effectiveFrom}`;
    if (assignmentKeys.has(key)) {
      throw new InvalidMinimumWageTableError(
        `two tier assignments for ${assignment.countyCode} from ${assignment.effectiveFrom}`,
      );
    }
    assignmentKeys.add(key);
  }
  return Object.freeze({ standards: Object.freeze([...standards]), assignments: Object.freeze([...assignments]) });
}

/** The monthly minimum wage in fen in force in `countyCode` on `onDate` by `table`, with where it comes from. */
export function lookUpMinimumWage(table: MinimumWageTable, countyCode: CountyCode, onDate: IsoDate): MinimumWageAnswer {
  const county = getCounty(countyCode);
  const date = parseIsoDate(onDate, 'minimum-wage date');
  const assignment = latestOnOrBefore(
    table.assignments.filter((a) => a.countyCode === countyCode),
    date,
  );
  if (!assignment) {
    throw new MinimumWageUnknownError(
      `no minimum-wage tier is configured for ${countyCode} ${county.nameZh} on ${date}${earliest(
        table.assignments.filter((a) => a.countyCode === countyCode),
      )}`,
    );
  }
  const standard = latestOnOrBefore(table.standards, date);
  if (!standard) {
    throw new MinimumWageUnknownError(`no minimum-wage standard is loaded for ${date}${earliest(table.standards)}`);
  }
  const monthlyFen = standard.monthlyFenByTier[assignment.tier];
  if (monthlyFen === undefined) {
    throw new MinimumWageUnknownError(
      `minimum-wage standard '${standard.id}' has no tier ${assignment.tier}, the tier of ${countyCode} ${county.nameZh} on ${date}`,
    );
  }
  return {
    countyCode,
    onDate: date,
    tier: assignment.tier,
    monthlyFen,
    standardId: standard.id,
    standardCitation: standard.citation,
    tierCitation: assignment.citation,
    verified: standard.verified && assignment.verified,
  };
}

function latestOnOrBefore<T extends { effectiveFrom: IsoDate }>(items: readonly T[], date: IsoDate): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (
      compareIsoDates(item.effectiveFrom, date) <= 0 &&
      (!best || compareIsoDates(item.effectiveFrom, best.effectiveFrom) > 0)
    ) {
      best = item;
    }
  }
  return best;
}

function earliest(items: readonly { effectiveFrom: IsoDate }[]): string {
  if (items.length === 0) return ' (none loaded)';
  const first = items.map((i) => i.effectiveFrom).sort()[0];
  return ` (earliest loaded: ${first})`;
}
