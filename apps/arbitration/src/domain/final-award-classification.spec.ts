import {
  createMinimumWageTable,
  HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
  MinimumWageUnknownError,
  SUIZHOU_TIER_ASSIGNMENTS,
  UnknownCountyError,
} from '@onewindow/county';
import { classifyFinalAward, isFinalAwardCandidate } from './index';
import { claimOf, completeApplication, RECEIVED_ON } from './testing/complete-application.fixture';

// 421303 is configured in tier 2 (2130 yuan) from 2025-12-01: 12 × 213000 fen = 2,556,000 fen.
const THRESHOLD = 2_556_000;
const on = (claims: ReturnType<typeof claimOf>[], countyCode = '421303', onDate = RECEIVED_ON) => ({
  countyCode,
  onDate,
  claims,
});

describe('final-award classification (终局裁决, Art. 47)', () => {
  it('treats the fixture wage-arrears case as a final-award candidate', () => {
    const { countyCode, claims } = completeApplication();
    expect(isFinalAwardCandidate({ countyCode, onDate: RECEIVED_ON, claims })).toBe(true);
  });

  it('puts a wage claim of exactly 12 months of minimum wage inside, one fen more outside', () => {
    expect(classifyFinalAward(on([claimOf('WAGES', THRESHOLD)]))).toMatchObject({
      kind: 'FINAL',
      thresholdFen: THRESHOLD,
    });
    expect(classifyFinalAward(on([claimOf('WAGES', THRESHOLD + 1)])).kind).toBe('NON_FINAL');
  });

  it('tests each claim on its own, not their sum', () => {
    const result = classifyFinalAward(
      on([claimOf('WAGES', 2_000_000), claimOf('SEVERANCE', 2_000_000), claimOf('DAMAGES', 2_500_000)]),
    );
    expect(result.kind).toBe('FINAL');
    expect(result.claims.every((c) => c.basis === 'SMALL_AMOUNT')).toBe(true);
  });

  it('makes national-standard disputes on hours and social insurance final whatever the amount', () => {
    const result = classifyFinalAward(on([claimOf('HOURS_REST_LEAVE', 9_000_000), claimOf('SOCIAL_INSURANCE', 0)]));
    expect(result.kind).toBe('FINAL');
    expect(result.claims.map((c) => c.basis)).toEqual(['NATIONAL_LABOR_STANDARD', 'NATIONAL_LABOR_STANDARD']);
    expect(result.thresholdFen).toBeUndefined();
  });

  it('classifies a case with final and non-final claims as MIXED (two awards, 办案规则 Art. 50)', () => {
    const result = classifyFinalAward(on([claimOf('WAGES', 1_000_000), claimOf('CONFIRM_LABOR_RELATIONSHIP', 0)]));
    expect(result.kind).toBe('MIXED');
    expect(result.claims.map((c) => c.finalAward)).toEqual([true, false]);
    expect(isFinalAwardCandidate(on([claimOf('WAGES', 1_000_000), claimOf('CONFIRM_LABOR_RELATIONSHIP', 0)]))).toBe(
      false,
    );
  });

  it('uses the county’s own tier', () => {
    const table = createMinimumWageTable(
      [HUBEI_MINIMUM_WAGE_FROM_2025_12_01],
      SUIZHOU_TIER_ASSIGNMENTS.map((a) => (a.countyCode === '421381' ? { ...a, tier: 3 as const } : a)),
    );
    const claim = [claimOf('WAGES', 2_400_000)];
    expect(classifyFinalAward(on(claim, '421303'), table).kind).toBe('FINAL');
    expect(classifyFinalAward(on(claim, '421381'), table)).toMatchObject({
      kind: 'NON_FINAL',
      thresholdFen: 12 * 197_000,
    });
  });

  it('throws when no minimum wage is known for the date, but only if an amount decides', () => {
    expect(() => classifyFinalAward(on([claimOf('WAGES', 100)], '421303', '2025-11-30'))).toThrow(
      MinimumWageUnknownError,
    );
    expect(classifyFinalAward(on([claimOf('CONFIRM_LABOR_RELATIONSHIP', 0)], '421303', '2025-11-30')).kind).toBe(
      'NON_FINAL',
    );
  });

  it('refuses an unknown county and an empty claim list', () => {
    expect(() => classifyFinalAward(on([claimOf('WAGES', 100)], '420100'))).toThrow(UnknownCountyError);
    expect(() => classifyFinalAward(on([]))).toThrow('no claims to classify');
  });
});
