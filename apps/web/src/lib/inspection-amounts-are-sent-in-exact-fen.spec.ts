import {
  constructionProjectRequestOf,
  correctionOrderRequestOf,
  findingsRequestOf,
  linesOf,
  penaltyRequestOf,
  violationInputsOf,
  violationValuesOf,
} from './inspection-forms';

// The inspector types yuan; the gateway takes integer fen (…Fen). 0.29 × 100 is not 29 in floating point.
describe('an inspection case’s amounts typed in yuan are sent in exact fen', () => {
  it('sends the wages ordered paid on the digits, the corrections one a line, and no wages when none are ordered', () => {
    expect(
      correctionOrderRequestOf(
        { corrections: ' 支付拖欠的工资 \n\n 补签书面劳动合同', correctBy: '2026-12-20', wagesOrderedYuan: '36000.29' },
        4,
      ),
    ).toEqual({
      expectedVersion: 4,
      corrections: ['支付拖欠的工资', '补签书面劳动合同'],
      correctBy: '2026-12-20',
      wagesOrderedFen: 3_600_029,
    });
    expect(
      correctionOrderRequestOf({ corrections: '改正', correctBy: '2026-12-20', wagesOrderedYuan: '0' }, 1),
    ).toEqual({
      expectedVersion: 1,
      corrections: ['改正'],
      correctBy: '2026-12-20',
    });
  });

  it('sends the fine in fen with both bases as typed, and refuses to guess an amount the form did not check', () => {
    expect(
      penaltyRequestOf(
        {
          violationBasis: ' 劳动合同法第三十条 ',
          penaltyBasis: '劳动保障监察条例第二十六条',
          fineYuan: '２０００.１',
          facts: '逾期未支付',
        },
        7,
      ),
    ).toEqual({
      expectedVersion: 7,
      violationBasis: '劳动合同法第三十条',
      penaltyBasis: '劳动保障监察条例第二十六条',
      fineFen: 200_010,
      facts: '逾期未支付',
    });
    expect(() => penaltyRequestOf({ violationBasis: 'a', penaltyBasis: 'b', fineYuan: '1.234' }, 1)).toThrow(
      'fineYuan',
    );
  });

  it('sends a continuing act without a last day, and each violation’s wages owed in fen', () => {
    expect(
      violationInputsOf([
        {
          category: 'WAGES',
          description: '拖欠三个月工资',
          beganOn: '2026-08-01',
          endedOn: '2026-10-31',
          continuing: true,
          amountOwedYuan: '15000.5',
        },
        {
          category: 'NO_WRITTEN_CONTRACT',
          description: '未订立书面合同',
          beganOn: '2026-03-01',
          endedOn: '2026-09-30',
        },
      ]),
    ).toEqual([
      {
        category: 'WAGES',
        description: '拖欠三个月工资',
        beganOn: '2026-08-01',
        continuing: true,
        amountOwedFen: 1_500_050,
      },
      {
        category: 'NO_WRITTEN_CONTRACT',
        description: '未订立书面合同',
        beganOn: '2026-03-01',
        endedOn: '2026-09-30',
        continuing: false,
      },
    ]);
    // And back: the acceptance form starts from the case's own violations in yuan.
    expect(
      violationValuesOf({
        violations: [
          {
            category: 'WAGES',
            description: 'x',
            beganOn: '2026-08-01',
            endedOn: '',
            continuing: true,
            amountOwedFen: 1_500_005,
          },
        ],
      })[0],
    ).toMatchObject({ amountOwedYuan: '15000.05', endedOn: undefined, continuing: true });
  });

  it('sends the developer’s unpaid project funds in fen and leaves out what was not typed', () => {
    expect(
      constructionProjectRequestOf(
        {
          project: {
            name: '曾都区某住宅项目',
            employingContractor: '王某劳务班组',
            contractors: [
              { role: 'DEVELOPER', name: '某置业公司', unpaidProjectFundsYuan: '120000.01' },
              { role: 'SUBCONTRACTOR', name: '王某劳务班组', engagedBy: '某建工集团', unqualified: true },
            ],
          },
        },
        2,
      ),
    ).toEqual({
      expectedVersion: 2,
      project: {
        name: '曾都区某住宅项目',
        employingContractor: '王某劳务班组',
        contractors: [
          { role: 'DEVELOPER', name: '某置业公司', unpaidProjectFundsFen: 12_000_001 },
          { role: 'SUBCONTRACTOR', name: '王某劳务班组', engagedBy: '某建工集团', unqualified: true },
        ],
      },
    });
  });

  it('sends a check’s findings of its own kind only: the lowest wage in fen, the dispatch counts', () => {
    const typed = {
      findings: {
        lowestMonthlyWageYuan: '1799.99',
        dispatchedWorkers: 12,
        contractWorkers: 88,
        measuredOn: '2026-11-30',
      },
    };
    expect(findingsRequestOf('MINIMUM_WAGE', typed, 3)).toEqual({
      expectedVersion: 3,
      findings: { lowestMonthlyWageFen: 179_999, measuredOn: '2026-11-30' },
    });
    expect(findingsRequestOf('LABOR_DISPATCH', typed, 3)).toEqual({
      expectedVersion: 3,
      findings: { dispatchedWorkers: 12, contractWorkers: 88, measuredOn: '2026-11-30' },
    });
    expect(linesOf(' a \n\n b ')).toEqual(['a', 'b']);
  });
});
