import { amountForOutcome, awardDraftOf, awardFormPathOf, type AwardClaimRow } from './arbitration-forms';

// Zengdu's wage claim above the final-award threshold (12 × 2,130 yuan = 25,560 yuan) and a severance claim below it.
const rows: AwardClaimRow[] = [
  { claimIndex: 0, category: 'WAGES', claimedFen: 3_000_029 },
  { claimIndex: 1, category: 'SEVERANCE', claimedFen: 1_200_000 },
];

describe('the award draft typed in yuan is sent in exact fen', () => {
  it('sends each decision with its amount converted on the digits, not through floating point', () => {
    const draft = awardDraftOf(
      {
        awardedOn: ' 2026-12-10 ',
        rows: [
          { outcome: 'GRANTED', amountYuan: '30000.29', reasons: ' 欠薪事实清楚 ' },
          // 0.1 + 0.2 yuan is 30 fen, not 30.000000000000004
          { outcome: 'PARTLY_GRANTED', amountYuan: '11999.3', reasons: '按实际工作年限计算' },
        ],
      },
      rows,
    );
    expect(draft).toEqual({
      request: {
        awardedOn: '2026-12-10',
        scope: 'WHOLE',
        decisions: [
          { claimIndex: 0, outcome: 'GRANTED', amountFen: 3_000_029, reasons: '欠薪事实清楚' },
          { claimIndex: 1, outcome: 'PARTLY_GRANTED', amountFen: 1_199_930, reasons: '按实际工作年限计算' },
        ],
      },
      decisionRows: [0, 1],
    });
  });

  it('leaves the amount above the claim for the gateway to refuse: the draft carries what was typed', () => {
    const draft = awardDraftOf(
      {
        awardedOn: '2026-12-10',
        rows: [
          { outcome: 'GRANTED', amountYuan: '30000.29', reasons: '欠薪事实清楚' },
          { outcome: 'PARTLY_GRANTED', amountYuan: '12000.01', reasons: '高于请求' },
        ],
      },
      rows,
    );
    expect(draft?.request.decisions[1]?.amountFen).toBe(1_200_001);
  });

  it('is not ready while a row has no outcome, an unreadable amount or no reasons', () => {
    const complete = { outcome: 'REFUSED' as const, amountYuan: '0', reasons: '证据不足' };
    expect(awardDraftOf({ awardedOn: '2026-12-10', rows: [complete, {}] }, rows)).toBeUndefined();
    expect(
      awardDraftOf({ awardedOn: '2026-12-10', rows: [complete, { ...complete, amountYuan: '1.234' }] }, rows),
    ).toBeUndefined();
    expect(
      awardDraftOf({ awardedOn: '2026-12-10', rows: [complete, { ...complete, reasons: '  ' }] }, rows),
    ).toBeUndefined();
  });

  it('decides in a partial award (先行裁决) only the rows given an outcome, with its basis', () => {
    const values = {
      awardedOn: '2026-12-10',
      partial: true,
      partialBasis: ' 欠付工资部分事实已经清楚 ',
      rows: [undefined, { outcome: 'GRANTED' as const, amountYuan: '12000', reasons: '解除事实清楚' }],
    };
    expect(awardDraftOf(values, rows)).toEqual({
      request: {
        awardedOn: '2026-12-10',
        scope: 'PARTIAL',
        decisions: [{ claimIndex: 1, outcome: 'GRANTED', amountFen: 1_200_000, reasons: '解除事实清楚' }],
        partialBasis: '欠付工资部分事实已经清楚',
      },
      decisionRows: [1],
    });
    expect(awardDraftOf({ ...values, partialBasis: '' }, rows)).toBeUndefined();
    expect(awardDraftOf({ ...values, rows: [undefined, undefined] }, rows)).toBeUndefined();
  });

  it('fills in the whole claim when granted and nothing when refused, in yuan with the fen kept', () => {
    expect(amountForOutcome('GRANTED', 3_000_029)).toBe('30000.29');
    expect(amountForOutcome('GRANTED', 7)).toBe('0.07');
    expect(amountForOutcome('REFUSED', 3_000_029)).toBe('0');
    expect(amountForOutcome('PARTLY_GRANTED', 3_000_029)).toBeUndefined();
  });
});

describe("the gateway's violations land beside the award draft's fields", () => {
  it.each([
    ['decisions[1].amountFen', [0, 1], ['rows', 1, 'amountYuan']],
    ['decisions.0.reasons', [0, 1], ['rows', 0, 'reasons']],
    // In a partial award decisions[0] may be the second row.
    ['decisions[0].amountFen', [1], ['rows', 1, 'amountYuan']],
    ['decisions[0].claimIndex', [1], ['rows', 1, 'outcome']],
    ['partialBasis', [1], ['partialBasis']],
    ['awardedOn', [0], ['awardedOn']],
    ['scope', [0], ['partial']],
  ])('%s (rows %j) → %j', (field, decisionRows, path) => {
    expect(awardFormPathOf(field, decisionRows)).toEqual(path);
  });

  it.each(['decisions', 'decisions[3].amountFen', 'case.mediationStage', ''])('%p goes to the banner', (field) => {
    expect(awardFormPathOf(field, [0, 1])).toBeUndefined();
  });
});
