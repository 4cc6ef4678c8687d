import { judgeCheckFindings, type CheckFindingsInput } from './check-findings';

// 劳务派遣暂行规定 (人社部令第22号) Art. 4: dispatched workers ≤ 10 % of 用工总量 (contract + dispatched).
const TODAY = '2026-06-30';
const none: CheckFindingsInput = {
  lowestMonthlyWageFen: 0,
  workersWithoutWrittenContract: 0,
  dispatchedWorkers: 0,
  contractWorkers: 0,
  maxOvertimeHoursPerDay: 0,
  maxOvertimeHoursPerMonth: 0,
  measuredOn: '2026-06-01',
};
const dispatch = (dispatchedWorkers: number, contractWorkers: number) =>
  judgeCheckFindings('LABOR_DISPATCH', '421303', { ...none, dispatchedWorkers, contractWorkers }, TODAY);

describe('labor dispatch above ten per cent of the workforce breaches the cap', () => {
  it('10 dispatched of 100 in all (90 + 10) is exactly ten per cent: kept', () => {
    expect(dispatch(10, 90).breaches).toEqual([]);
  });

  it('one more dispatched (11 of 101) breaches, worded with the article', () => {
    const { breaches } = dispatch(11, 90);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toContain('百分之十');
    expect(breaches[0]).toContain('人力资源和社会保障部令第22号');
  });

  it('no workforce at all, or a negative count, is refused naming the field', () => {
    expect(() => dispatch(0, 0)).toThrow(expect.objectContaining({ field: 'findings.contractWorkers' }));
    expect(() => dispatch(-1, 10)).toThrow(expect.objectContaining({ field: 'findings.dispatchedWorkers' }));
  });

  it('a measurement in the future is refused', () => {
    expect(() =>
      judgeCheckFindings(
        'LABOR_DISPATCH',
        '421303',
        { ...none, dispatchedWorkers: 1, contractWorkers: 9, measuredOn: '2026-07-01' },
        TODAY,
      ),
    ).toThrow(expect.objectContaining({ field: 'findings.measuredOn' }));
  });
});
