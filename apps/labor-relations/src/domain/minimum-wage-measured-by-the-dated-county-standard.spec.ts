import { createMinimumWageTable } from '@onewindow/county';
import { judgeCheckFindings, type CheckFindingsInput } from './check-findings';

// 最低工资规定 Art. 12: the county's standard in force on the day measured (libs/county, dated tiers).
const none: CheckFindingsInput = {
  lowestMonthlyWageFen: 0,
  workersWithoutWrittenContract: 0,
  dispatchedWorkers: 0,
  contractWorkers: 0,
  maxOvertimeHoursPerDay: 0,
  maxOvertimeHoursPerMonth: 0,
  measuredOn: '',
};
const wage = (lowestMonthlyWageFen: number, measuredOn: string, table?: Parameters<typeof judgeCheckFindings>[4]) =>
  judgeCheckFindings('MINIMUM_WAGE', '421303', { ...none, lowestMonthlyWageFen, measuredOn }, '2026-06-30', table);

describe("the lowest wage paid is measured against the county's standard in force that day", () => {
  it('from 2025-12-01 Zengdu (tier 2) has 2,130 yuan: 2,129.99 breaches, 2,130.00 is kept', () => {
    const below = wage(212_999, '2026-03-01');
    expect(below.minimumWageFen).toBe(213_000);
    expect(below.breaches).toEqual([expect.stringContaining('低于2026-03-01当地月最低工资标准2130.00元')]);
    expect(wage(213_000, '2026-03-01').breaches).toEqual([]);
  });

  it('the source names the standard and its tier, and says the unverified data is unverified', () => {
    const { minimumWageSource } = wage(213_000, '2026-03-01');
    expect(minimumWageSource).toContain('hubei-2025-12-01');
    expect(minimumWageSource).toContain('第2类');
    expect(minimumWageSource).toContain('尚未核实');
  });

  it('the day decides the standard: a table with an older and a newer amount uses the one in force', () => {
    const table = createMinimumWageTable(
      [
        {
          id: 'old',
          region: '湖北省',
          effectiveFrom: '2024-02-01',
          monthlyFenByTier: { 2: 195_000 },
          citation: '旧标准',
          verified: true,
        },
        {
          id: 'new',
          region: '湖北省',
          effectiveFrom: '2025-12-01',
          monthlyFenByTier: { 2: 213_000 },
          citation: '新标准',
          verified: true,
        },
      ],
      [{ countyCode: '421303', tier: 2, effectiveFrom: '2024-02-01', citation: '二类', verified: true }],
    );
    // 2,000 yuan was above the old standard on 2025-11-30 and is below the new one on 2025-12-01.
    expect(wage(200_000, '2025-11-30', table).breaches).toEqual([]);
    expect(wage(200_000, '2025-12-01', table).breaches).toHaveLength(1);
    expect(wage(200_000, '2025-12-01', table).minimumWageSource).not.toContain('尚未核实');
  });

  it('a day with no standard known is refused naming measuredOn; no wage is refused naming its field', () => {
    expect(() => wage(100_000, '2020-01-01')).toThrow(expect.objectContaining({ field: 'findings.measuredOn' }));
    expect(() => wage(0, '2026-03-01')).toThrow(expect.objectContaining({ field: 'findings.lowestMonthlyWageFen' }));
  });
});
