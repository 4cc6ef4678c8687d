import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  InvalidMinimumWageTableError,
  loadMinimumWageTable,
  minimumWageOn,
  MinimumWageUnknownError,
  SUIZHOU_MINIMUM_WAGE_TABLE,
} from './index';

const fileFor2028 = {
  id: 'hubei-2028-01-01-fixture',
  region: '湖北省',
  title: '湖北省人民政府关于调整全省最低工资标准的通知（测试样例，并非真实通知）',
  documentNumber: 'TEST-FIXTURE',
  effectiveFrom: '2028-01-01',
  sourceUrl: 'https://example.invalid/onewindow/test-fixture/minimum-wage-2028',
  verified: true,
  monthlyYuanByTier: { 1: 2600, 2: 2300, 3: 2100 },
  tierCitation: '测试样例',
  tiersVerified: true,
  countyTiers: [{ countyCode: '421381', tier: 3 }],
};

const folderWith = (files: Record<string, unknown>) => {
  const folder = mkdtempSync(join(tmpdir(), 'onewindow-minimum-wages-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return folder;
};

describe('minimum-wage standards are dated notice files, read when a service starts', () => {
  it('loads the repository files: 2024-02-01 kept on record, 2025-12-01 with the Suizhou tiers', () => {
    expect(SUIZHOU_MINIMUM_WAGE_TABLE.standards.map((s) => [s.id, s.monthlyFenByTier])).toEqual([
      ['hubei-2024-02-01', { 1: 221_000, 2: 195_000, 3: 180_000 }],
      ['hubei-2025-12-01', { 1: 240_000, 2: 213_000, 3: 197_000 }],
    ]);
    // The 2024 notice's county tiers are not in the repository yet, so that period is not guessed.
    expect(() => minimumWageOn('421303', '2025-06-01')).toThrow(MinimumWageUnknownError);
  });

  it('adds a new notice as a file, from its own date, beside the repository ones', () => {
    const folder = folderWith({ 'hubei-2028-01-01.json': fileFor2028 });
    const table = loadMinimumWageTable(folder);
    const withRepository = {
      standards: [...SUIZHOU_MINIMUM_WAGE_TABLE.standards, ...table.standards],
      assignments: [...SUIZHOU_MINIMUM_WAGE_TABLE.assignments, ...table.assignments],
    };
    expect(minimumWageOn('421381', '2027-12-31', withRepository).monthlyFen).toBe(213_000);
    expect(minimumWageOn('421381', '2028-01-01', withRepository)).toMatchObject({
      monthlyFen: 210_000,
      tier: 3,
      standardCitation:
        '湖北省人民政府关于调整全省最低工资标准的通知（测试样例，并非真实通知）（自2028年1月1日起执行；TEST-FIXTURE）',
      verified: true,
    });
  });

  it.each<[string, unknown, string]>([
    ['malformed JSON', '{ "id": ', 'not valid JSON'],
    [
      'an amount in fen by mistake',
      { ...fileFor2028, monthlyYuanByTier: { 1: 260_000 } },
      'monthlyYuanByTier.1 must be a whole number from 1 to 100000',
    ],
    ['a tier 4', { ...fileFor2028, monthlyYuanByTier: { 4: 2000 } }, 'monthlyYuanByTier has unknown field(s) 4'],
    ['a missing effective date', { ...fileFor2028, effectiveFrom: undefined }, 'is missing effectiveFrom'],
    [
      'an unknown county',
      { ...fileFor2028, countyTiers: [{ countyCode: '420100', tier: 1 }] },
      'countyTiers[0].countyCode is not a county OneWindow serves; got "420100"',
    ],
  ])('refuses %s, naming the file', (_, content, problem) => {
    const folder = folderWith({ 'bad.json': content });
    expect(() => loadMinimumWageTable(folder)).toThrow(InvalidMinimumWageTableError);
    expect(() => loadMinimumWageTable(folder)).toThrow(`${join(folder, 'bad.json')}: `);
    expect(() => loadMinimumWageTable(folder)).toThrow(problem);
  });

  it('refuses two notices taking effect on the same day', () => {
    const folder = folderWith({ 'a.json': fileFor2028, 'b.json': { ...fileFor2028, id: 'other' } });
    expect(() => loadMinimumWageTable(folder)).toThrow('two minimum-wage standards take effect on 2028-01-01');
  });
});
