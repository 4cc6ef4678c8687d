// The province's average annual wage of the previous year (本省上年度职工年平均工资), the amount limit of the
// simple procedure (劳动人事争议仲裁办案规则 Art. 56 para 1 (2): 标的额不超过本省、自治区、直辖市上年度职工年平均工资).
// Dated data with its source, like the minimum wages in libs/county: the figure in force on a day is the
// latest one published on or before it (the statistics bureau publishes a year's figure in the following
// year, so early in a year the "previous year" on record may still be the one before).
//
// No Hubei figure is entered yet: none could be read from the published bulletin here, and a guessed
// amount would silently decide which cases may go to a sole arbitrator. Until an entry is added (with
// its bulletin, sourceUrl and verified), the amount criterion answers "unknown" and the other two
// criteria (clear facts; both parties agree) still decide. Add an entry as the bulletin publishes it:
//   { region: '湖北省', wageYear: 2025, effectiveFrom: 'YYYY-MM-DD' (the bulletin's date),
//     annualFen: …, title: '湖北省统计局…城镇单位就业人员年平均工资…', sourceUrl: '…', verified: true }
import { compareIsoDates, IsoDate, isIsoDate } from '@onewindow/calendar';
import { assertKnownCounty } from '@onewindow/county';
import { CountyCode } from './matter-content';

export interface ProvincialAverageWage {
  /** 省、自治区、直辖市, e.g. '湖北省' */
  readonly region: string;
  /** the year the average is of (上年度) */
  readonly wageYear: number;
  /** the day it was published, from which it is the figure in force */
  readonly effectiveFrom: IsoDate;
  /** the average annual wage in fen */
  readonly annualFen: number;
  /** the bulletin it comes from */
  readonly title: string;
  readonly sourceUrl: string | null;
  /** false until the amount has been checked against the published bulletin */
  readonly verified: boolean;
}

export interface ProvincialAverageWageTable {
  /** ascending by effectiveFrom within each region */
  readonly entries: readonly ProvincialAverageWage[];
}

export interface ProvincialAverageWageAnswer extends ProvincialAverageWage {
  readonly countyCode: CountyCode;
  readonly onDate: IsoDate;
}

/** The province each served county belongs to, by the first two digits of its 行政区划代码 (42: 湖北省). */
const PROVINCE_BY_CODE_PREFIX: Readonly<Record<string, string>> = { '42': '湖北省' };

export class InvalidAverageWageTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export function createProvincialAverageWageTable(
  entries: readonly ProvincialAverageWage[],
): ProvincialAverageWageTable {
  entries.forEach((entry, i) => {
    const at = `average wage entry ${i} (${String(entry?.region)} ${String(entry?.wageYear)})`;
    if (typeof entry?.region !== 'string' || entry.region.trim() === '')
      throw new InvalidAverageWageTableError(`${at}: no region`);
    if (!isIsoDate(entry.effectiveFrom)) throw new InvalidAverageWageTableError(`${at}: effectiveFrom is not a date`);
    if (!Number.isInteger(entry.wageYear) || entry.wageYear >= Number(entry.effectiveFrom.slice(0, 4)) + 1) {
      throw new InvalidAverageWageTableError(`${at}: the wage year must be before the year it is published`);
    }
    if (!Number.isSafeInteger(entry.annualFen) || entry.annualFen <= 0) {
      throw new InvalidAverageWageTableError(`${at}: annualFen must be a positive whole number of fen`);
    }
    if (typeof entry.title !== 'string' || entry.title.trim() === '')
      throw new InvalidAverageWageTableError(`${at}: no source title`);
    if (typeof entry.verified !== 'boolean')
      throw new InvalidAverageWageTableError(`${at}: verified must be true or false`);
  });
  const sorted = [...entries].sort(
    (a, b) => a.region.localeCompare(b.region) || compareIsoDates(a.effectiveFrom, b.effectiveFrom),
  );
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    if (previous && previous.region === entry.region && previous.effectiveFrom === entry.effectiveFrom) {
      throw new InvalidAverageWageTableError(`two ${entry.region} average wages from ${entry.effectiveFrom}`);
    }
  });
  return { entries: Object.freeze(sorted) };
}

/** The table every simple-procedure check uses by default: no verified Hubei figure entered yet (see above). */
export const PROVINCIAL_AVERAGE_WAGE_TABLE: ProvincialAverageWageTable = createProvincialAverageWageTable([]);

/** The figure in force in the county's province on `onDate`, or undefined when none is entered for that day. */
export function provincialAverageWageOn(
  countyCode: CountyCode,
  onDate: IsoDate,
  table: ProvincialAverageWageTable = PROVINCIAL_AVERAGE_WAGE_TABLE,
): ProvincialAverageWageAnswer | undefined {
  assertKnownCounty(countyCode);
  const region = PROVINCE_BY_CODE_PREFIX[countyCode.slice(0, 2)];
  const inForce = table.entries
    .filter((e) => e.region === region && compareIsoDates(e.effectiveFrom, onDate) <= 0)
    .at(-1);
  return inForce ? { ...inForce, countyCode, onDate } : undefined;
}
