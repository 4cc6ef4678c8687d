// Matter number (事项编号) a worker can read out on the phone: county, year, sequence, e.g.
// '421303-2026-000042'. Persistence hands out the sequence per county and year; the domain only
// formats and reads it.
import { MAX_SUPPORTED_YEAR, MIN_SUPPORTED_YEAR } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import { parsed, rejected, type ParseResult } from '@onewindow/matter';

export interface MatterNumber {
  readonly countyCode: string;
  readonly year: number;
  readonly sequence: number;
}

// Six digits: a county registers a few thousand matters a year, so a million is never reached.
export const MAX_MATTER_SEQUENCE = 999_999;

const PATTERN = /^(\d{6})-(\d{4})-(\d{6})$/;

/** formatMatterNumber('421303', 2026, 42) === '421303-2026-000042'; throws RangeError on impossible parts. */
export function formatMatterNumber(countyCode: string, year: number, sequence: number): string {
  const problem = problemOf({ countyCode, year, sequence });
  if (problem) throw new RangeError(`cannot format a matter number: ${problem}`);
  return `${countyCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseMatterNumber(text: string): ParseResult<MatterNumber> {
  const match = PATTERN.exec(text);
  if (!match) return rejected(`'${text}' is not of the form 421303-2026-000042 (county-year-sequence)`);
  const matterNumber = { countyCode: match[1], year: Number(match[2]), sequence: Number(match[3]) };
  const problem = problemOf(matterNumber);
  return problem ? rejected(problem) : parsed(matterNumber);
}

function problemOf({ countyCode, year, sequence }: MatterNumber): string | undefined {
  if (!isKnownCounty(countyCode)) return `'${countyCode}' is not a known county code`;
  if (!Number.isInteger(year) || year < MIN_SUPPORTED_YEAR || year > MAX_SUPPORTED_YEAR) {
    return `year ${year} is outside ${MIN_SUPPORTED_YEAR}–${MAX_SUPPORTED_YEAR}`;
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_MATTER_SEQUENCE) {
    return `sequence ${sequence} is outside 1–${MAX_MATTER_SEQUENCE}`;
  }
  return undefined;
}
