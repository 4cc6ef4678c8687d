// The file format of a provincial minimum-wage notice (湖北省人民政府关于调整全省最低工资标准的通知),
// so that a new standard is loaded as data without a release. One file per notice, e.g.
// libs/county/minimum-wages/hubei-2025-12-01.json:
//   { "id", "region", "title", "documentNumber", "effectiveFrom", "sourceUrl", "verified",
//     "monthlyYuanByTier": { "1": 2400, … }, "tierCitation", "tiersVerified",
//     "countyTiers": [{ "countyCode", "tier" }] }
// Amounts are whole yuan as published; each county's tier takes effect with the notice. An empty
// countyTiers keeps the standard on record without guessing which tier a county is in.
import { DataFile, DataFileError, DataFileReader, readJsonFolder } from '@onewindow/calendar';
import { isKnownCounty } from './county-registry';
import { InvalidMinimumWageTableError } from './county.errors';
import {
  CountyTierAssignment,
  createMinimumWageTable,
  MinimumWageStandard,
  MinimumWageTable,
  MinimumWageTier,
} from './minimum-wage-table';

const FIELDS = [
  'id',
  'region',
  'title',
  'documentNumber',
  'effectiveFrom',
  'sourceUrl',
  'verified',
  'monthlyYuanByTier',
  'tierCitation',
  'tiersVerified',
  'countyTiers',
];
const TIERS = ['1', '2', '3'];

export interface MinimumWageNotice {
  readonly standard: MinimumWageStandard;
  readonly assignments: readonly CountyTierAssignment[];
}

/** Reads one notice file; throws InvalidMinimumWageTableError naming the file and the field. */
export function parseMinimumWageFile({ path, value }: DataFile): MinimumWageNotice {
  const read: DataFileReader = new DataFileReader(path); // annotated, so read.fail() narrows
  try {
    const file = read.object(value, '', FIELDS, ['$schema']);
    const effectiveFrom = read.isoDate(file.effectiveFrom, 'effectiveFrom');
    const byTier = read.object(file.monthlyYuanByTier, 'monthlyYuanByTier', [], TIERS);
    const monthlyFenByTier = Object.fromEntries(
      Object.entries(byTier).map(([tier, yuan]) => [
        tier,
        read.integer(yuan, `monthlyYuanByTier.${tier}`, 1, 100_000) * 100,
      ]),
    );
    const documentNumber = read.textOrNull(file.documentNumber, 'documentNumber');
    if (file.sourceUrl !== null) read.url(file.sourceUrl, 'sourceUrl');
    const [year, month, day] = effectiveFrom.split('-').map(Number);
    const standard: MinimumWageStandard = {
      id: read.text(file.id, 'id'),
      region: read.text(file.region, 'region'),
      effectiveFrom,
      monthlyFenByTier,
      citation: `${read.text(file.title, 'title')}（自${year}年${month}月${day}日起执行；${documentNumber ?? '文号待核实'}）`,
      verified: read.boolean(file.verified, 'verified'),
    };
    const tierCitation = read.text(file.tierCitation, 'tierCitation');
    const tiersVerified = read.boolean(file.tiersVerified, 'tiersVerified');
    const assignments = read.array(file.countyTiers, 'countyTiers').map((item, i) => {
      const entry = read.object(item, `countyTiers[${i}]`, ['countyCode', 'tier']);
      const countyCode = entry.countyCode;
      if (!isKnownCounty(countyCode)) {
        read.fail(
          `countyTiers[${i}].countyCode`,
          `is not a county OneWindow serves; got ${JSON.stringify(countyCode)}`,
        );
      }
      return {
        countyCode,
        tier: read.integer(entry.tier, `countyTiers[${i}].tier`, 1, 3) as MinimumWageTier,
        effectiveFrom,
        citation: tierCitation,
        verified: tiersVerified,
      };
    });
    return { standard, assignments };
  } catch (error) {
    if (error instanceof DataFileError) throw new InvalidMinimumWageTableError(error.message);
    throw error;
  }
}

/** The table of every notice file in `folder`, checked as a whole by createMinimumWageTable. */
export function loadMinimumWageTable(folder: string): MinimumWageTable {
  let notices: MinimumWageNotice[];
  try {
    notices = readJsonFolder(folder).map(parseMinimumWageFile);
  } catch (error) {
    if (error instanceof DataFileError) throw new InvalidMinimumWageTableError(error.message);
    throw error;
  }
  return createMinimumWageTable(
    notices.map((n) => n.standard),
    notices.flatMap((n) => n.assignments),
  );
}
