// The Suizhou minimum-wage table every threshold uses by default: the notice files in the folder
// ONEWINDOW_MINIMUM_WAGE_DIR (default libs/county/minimum-wages/), read once when a service starts.
// A date with no standard or no tier loaded throws: a wrong threshold is worse than none.
import { dataFolder, IsoDate } from '@onewindow/calendar';
import hubei20251201 from '../minimum-wages/hubei-2025-12-01.json';
import { CountyCode } from './county-registry';
import { loadMinimumWageTable, parseMinimumWageFile } from './minimum-wage-file';
import { createMinimumWageTable, lookUpMinimumWage, MinimumWageAnswer, MinimumWageTable } from './minimum-wage-table';

export * from './minimum-wage-table';

export const MINIMUM_WAGE_DIR_ENV = 'ONEWINDOW_MINIMUM_WAGE_DIR';

// Without Node's module wrapper (in the web bundle) there is no __dirname and no folder.
declare const __dirname: string | undefined;
const REPOSITORY_MINIMUM_WAGE_DIR = typeof __dirname === 'string' ? `${__dirname}/../minimum-wages` : undefined;

const hubei2025 = parseMinimumWageFile({
  path: 'libs/county/minimum-wages/hubei-2025-12-01.json',
  value: hubei20251201,
});

/** The Hubei standard from 2025-12-01 as kept in the repository (amounts reported, not yet verified). */
export const HUBEI_MINIMUM_WAGE_FROM_2025_12_01 = hubei2025.standard;

/** Every Suizhou county's tier from 2025-12-01 as kept in the repository (assumed tier 2, not yet verified). */
export const SUIZHOU_TIER_ASSIGNMENTS = hubei2025.assignments;

const minimumWageFolder = dataFolder(MINIMUM_WAGE_DIR_ENV, REPOSITORY_MINIMUM_WAGE_DIR);

export const SUIZHOU_MINIMUM_WAGE_TABLE: MinimumWageTable = minimumWageFolder
  ? loadMinimumWageTable(minimumWageFolder)
  : createMinimumWageTable([], []);

/** The monthly minimum wage in fen in force in `countyCode` on `onDate`, with where it comes from. */
export function minimumWageOn(
  countyCode: CountyCode,
  onDate: IsoDate,
  table: MinimumWageTable = SUIZHOU_MINIMUM_WAGE_TABLE,
): MinimumWageAnswer {
  return lookUpMinimumWage(table, countyCode, onDate);
}

/** The monthly minimum wage in fen; throws MinimumWageUnknownError when none is known for that date. */
export function monthlyMinimumWageFen(
  countyCode: CountyCode,
  onDate: IsoDate,
  table: MinimumWageTable = SUIZHOU_MINIMUM_WAGE_TABLE,
): number {
  return minimumWageOn(countyCode, onDate, table).monthlyFen;
}
