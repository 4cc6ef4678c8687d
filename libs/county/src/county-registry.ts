// The counties OneWindow serves, by 行政区划代码 (GB/T 2260). Every record carries one of these codes.
import { UnknownCountyError } from './county.errors';

/** 行政区划代码, six digits, e.g. '421303' */
export type CountyCode = string;

export type CountyLevel = 'PREFECTURE_CITY' | 'DISTRICT' | 'COUNTY' | 'COUNTY_LEVEL_CITY';

export interface County {
  readonly code: CountyCode;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly level: CountyLevel;
  /** the prefecture-level city the county belongs to */
  readonly parentCode?: CountyCode;
}

export const SUIZHOU_CITY_CODE: CountyCode = '421300';

export const SUIZHOU_COUNTIES: readonly County[] = Object.freeze([
  { code: '421300', nameZh: '随州市', nameEn: 'Suizhou', level: 'PREFECTURE_CITY' },
  { code: '421303', nameZh: '曾都区', nameEn: 'Zengdu District', level: 'DISTRICT', parentCode: '421300' },
  { code: '421321', nameZh: '随县', nameEn: 'Sui County', level: 'COUNTY', parentCode: '421300' },
  { code: '421381', nameZh: '广水市', nameEn: 'Guangshui', level: 'COUNTY_LEVEL_CITY', parentCode: '421300' },
]);

const BY_CODE = new Map(SUIZHOU_COUNTIES.map((county) => [county.code, county]));
const COUNTY_CODE_PATTERN = /^\d{6}$/;

/** Whether the value has the form of a 行政区划代码 (six digits), known or not. */
export function isCountyCodeFormat(code: unknown): code is CountyCode {
  return typeof code === 'string' && COUNTY_CODE_PATTERN.test(code);
}

export function isKnownCounty(code: unknown): code is CountyCode {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** Throws UnknownCountyError unless `code` is one of the counties OneWindow serves. */
export function assertKnownCounty(code: unknown): asserts code is CountyCode {
  if (isKnownCounty(code)) return;
  if (!isCountyCodeFormat(code)) {
    throw new UnknownCountyError(code, 'a 行政区划代码 has exactly six digits');
  }
  throw new UnknownCountyError(
    code,
    `OneWindow serves only ${SUIZHOU_COUNTIES.map((c) => `${c.code} ${c.nameZh}`).join(', ')}`,
  );
}

export function getCounty(code: CountyCode): County {
  assertKnownCounty(code);
  return BY_CODE.get(code) as County;
}

export function listCounties(): readonly County[] {
  return SUIZHOU_COUNTIES;
}
