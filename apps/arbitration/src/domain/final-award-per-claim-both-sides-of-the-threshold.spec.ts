import {
  createMinimumWageTable,
  HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
  SUIZHOU_MINIMUM_WAGE_TABLE,
  SUIZHOU_TIER_ASSIGNMENTS,
} from '@onewindow/county';
import { ClaimDecisionInput, draftAward } from './award';
import { ClaimedItem } from './proceedings-input.validation';
import { awardContext, COUNTY, THRESHOLD_FEN } from './testing/proceedings.fixture';

// Each claim is tested on its own against 12 × the minimum wage of the filing day, on the amount the
// award determines (Art. 47; 办案规则 Art. 50): 421303, tier 2, 2130 yuan from 2025-12-01 → 2,556,000 fen.
const claims: ClaimedItem[] = [
  { category: 'WAGES', amountFen: THRESHOLD_FEN }, // 0: exactly the threshold
  { category: 'WAGES', amountFen: THRESHOLD_FEN + 1 }, // 1: one fen above
  { category: 'WAGES', amountFen: 300_000 }, // 2: far below
  { category: 'SEVERANCE', amountFen: 3_000_000 }, // 3: claimed above, reduced to below
  { category: 'DAMAGES', amountFen: 3_000_000 }, // 4: claimed above, reduced to one fen above
  { category: 'WORK_INJURY_MEDICAL', amountFen: 2_000_000 }, // 5: refused: nothing determined
  { category: 'HOURS_REST_LEAVE', amountFen: 5_000_000 }, // 6: national standard, any amount
  { category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 }, // 7: not an Art. 47 matter
];
const decisions: ClaimDecisionInput[] = [
  { claimIndex: 0, outcome: 'GRANTED', amountFen: THRESHOLD_FEN, reasons: '欠薪事实有工资条为证' },
  { claimIndex: 1, outcome: 'GRANTED', amountFen: THRESHOLD_FEN + 1, reasons: '欠薪事实有工资条为证' },
  { claimIndex: 2, outcome: 'GRANTED', amountFen: 300_000, reasons: '加班工资有考勤为证' },
  { claimIndex: 3, outcome: 'PARTLY_GRANTED', amountFen: 2_400_000, reasons: '工作年限按八年计算' },
  { claimIndex: 4, outcome: 'PARTLY_GRANTED', amountFen: THRESHOLD_FEN + 1, reasons: '赔偿金按实际损失计算' },
  { claimIndex: 5, outcome: 'REFUSED', amountFen: 0, reasons: '医疗费已由工伤保险基金支付' },
  { claimIndex: 6, outcome: 'GRANTED', amountFen: 5_000_000, reasons: '未依法安排休息' },
  { claimIndex: 7, outcome: 'GRANTED', amountFen: 0, reasons: '双方存在劳动关系' },
];

describe('final award per claim on both sides of the threshold (终局裁决, Art. 47)', () => {
  const award = draftAward(
    { countyCode: COUNTY, awardedOn: '2026-04-20', scope: 'WHOLE', decisions },
    awardContext({ claims }),
  );

  it.each([
    [0, 'WAGES at the threshold', true, 'SMALL_AMOUNT'],
    [1, 'WAGES one fen above', false, 'NOT_ELIGIBLE'],
    [2, 'WAGES far below', true, 'SMALL_AMOUNT'],
    [3, 'SEVERANCE reduced from above to below', true, 'SMALL_AMOUNT'],
    [4, 'DAMAGES reduced but still one fen above', false, 'NOT_ELIGIBLE'],
    [5, 'WORK_INJURY_MEDICAL refused (0 determined)', true, 'SMALL_AMOUNT'],
    [6, 'HOURS_REST_LEAVE, national standard', true, 'NATIONAL_LABOR_STANDARD'],
    [7, 'CONFIRM_LABOR_RELATIONSHIP', false, 'NOT_ELIGIBLE'],
  ])('claim %i (%s): final %p on %s', (claimIndex, _what, final, basis) => {
    expect(award.thresholdFen).toBe(THRESHOLD_FEN);
    expect(award.decisions[claimIndex]).toMatchObject({ claimIndex, finalAward: final, finalityBasis: basis });
  });

  it('reads the amount awarded, not the amount claimed, in the reason', () => {
    expect(award.decisions[3].finalityReason).toContain('裁决数额 24000.00 元不超过');
    expect(award.kind).toBe('MIXED');
  });

  it('uses the minimum wage in force on the filing day, not on the award day', () => {
    // A table where 421303 was tier 2 at 1950 yuan before 2025-12-01: 12 × 195000 = 2,340,000 fen.
    const table = createMinimumWageTable(
      [
        {
          id: 'test-2024-02-01',
          region: '湖北省',
          effectiveFrom: '2024-02-01',
          monthlyFenByTier: { 1: 221_000, 2: 195_000, 3: 180_000 },
          citation: 'test standard',
          verified: false,
        },
        HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
      ],
      [
        { countyCode: COUNTY, tier: 2, effectiveFrom: '2024-02-01', citation: 'test tier', verified: false },
        ...SUIZHOU_TIER_ASSIGNMENTS,
      ],
    );
    const wages = [{ category: 'WAGES' as const, amountFen: 2_400_000 }];
    const grant = [{ claimIndex: 0, outcome: 'GRANTED' as const, amountFen: 2_400_000, reasons: '欠薪属实' }];
    const input = { countyCode: COUNTY, awardedOn: '2026-01-20', scope: 'WHOLE' as const, decisions: grant };
    const filedBefore = draftAward(
      input,
      awardContext({ claims: wages, filedOn: '2025-11-20', acceptedOn: '2025-11-20' }),
      table,
    );
    const filedAfter = draftAward(
      input,
      awardContext({ claims: wages, filedOn: '2025-12-01', acceptedOn: '2025-12-01' }),
      table,
    );
    expect(filedBefore).toMatchObject({ kind: 'NON_FINAL', thresholdFen: 2_340_000 });
    expect(filedAfter).toMatchObject({ kind: 'FINAL', thresholdFen: THRESHOLD_FEN });
    expect(SUIZHOU_MINIMUM_WAGE_TABLE.standards.length).toBeGreaterThan(0);
  });
});
