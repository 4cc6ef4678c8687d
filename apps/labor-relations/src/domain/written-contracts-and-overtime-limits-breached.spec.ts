import { judgeCheckFindings, type CheckFindingsInput } from './check-findings';

const none: CheckFindingsInput = {
  lowestMonthlyWageFen: 0,
  workersWithoutWrittenContract: 0,
  dispatchedWorkers: 0,
  contractWorkers: 0,
  maxOvertimeHoursPerDay: 0,
  maxOvertimeHoursPerMonth: 0,
  measuredOn: '2026-06-01',
};
const TODAY = '2026-06-30';

describe('workers without a written contract (Arts. 10, 82) and overtime beyond 3 h a day or 36 h a month (劳动法 Art. 41)', () => {
  it('one worker without a written contract breaches; none is kept', () => {
    const one = judgeCheckFindings('LABOR_CONTRACTS', '421303', { ...none, workersWithoutWrittenContract: 1 }, TODAY);
    expect(one.breaches).toEqual([expect.stringContaining('第十条、第八十二条')]);
    expect(judgeCheckFindings('LABOR_CONTRACTS', '421303', none, TODAY).breaches).toEqual([]);
  });

  it('3 h a day and 36 h a month are kept; 4 h and 37 h each breach', () => {
    const hours = (day: number, month: number) =>
      judgeCheckFindings(
        'WORKING_HOURS',
        '421303',
        { ...none, maxOvertimeHoursPerDay: day, maxOvertimeHoursPerMonth: month },
        TODAY,
      ).breaches;
    expect(hours(3, 36)).toEqual([]);
    expect(hours(4, 36)).toEqual([expect.stringContaining('每日')]);
    expect(hours(3, 37)).toEqual([expect.stringContaining('每月')]);
    expect(hours(4, 37)).toHaveLength(2);
    expect(hours(4, 37)[0]).toContain('《中华人民共和国劳动法》第四十一条');
  });

  it('more than 24 hours in a day is refused naming its field', () => {
    expect(() => judgeCheckFindings('WORKING_HOURS', '421303', { ...none, maxOvertimeHoursPerDay: 25 }, TODAY)).toThrow(
      expect.objectContaining({ field: 'findings.maxOvertimeHoursPerDay' }),
    );
  });
});
