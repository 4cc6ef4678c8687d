import { InvalidIsoDateError } from '@onewindow/calendar';
import {
  createMinimumWageTable,
  HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
  InvalidMinimumWageTableError,
  minimumWageOn,
  MinimumWageUnknownError,
  monthlyMinimumWageFen,
  SUIZHOU_TIER_ASSIGNMENTS,
  UnknownCountyError,
} from './index';

describe('the monthly minimum wage is dated data per county tier', () => {
  it('stores the Hubei tiers from 2025-12-01 in fen: 2400 / 2130 / 1970 yuan', () => {
    expect(HUBEI_MINIMUM_WAGE_FROM_2025_12_01.monthlyFenByTier).toEqual({ 1: 240_000, 2: 213_000, 3: 197_000 });
    expect(HUBEI_MINIMUM_WAGE_FROM_2025_12_01.citation).toContain('湖北省');
  });

  it.each(['421300', '421303', '421321', '421381'])('gives %s the configured tier-2 amount from 2025-12-01', (code) => {
    expect(monthlyMinimumWageFen(code, '2025-12-01')).toBe(213_000);
    expect(monthlyMinimumWageFen(code, '2026-06-30')).toBe(213_000);
  });

  it('says where the answer comes from and that it is not yet verified', () => {
    expect(minimumWageOn('421321', '2026-01-15')).toEqual({
      countyCode: '421321',
      onDate: '2026-01-15',
      tier: 2,
      monthlyFen: 213_000,
      standardId: 'hubei-2025-12-01',
      standardCitation: HUBEI_MINIMUM_WAGE_FROM_2025_12_01.citation,
      tierCitation: SUIZHOU_TIER_ASSIGNMENTS[0].citation,
      verified: false,
    });
  });

  it('throws for a date before any loaded standard instead of guessing', () => {
    expect(() => monthlyMinimumWageFen('421303', '2025-11-30')).toThrow(MinimumWageUnknownError);
    expect(() => monthlyMinimumWageFen('421303', '2025-11-30')).toThrow(
      'no minimum-wage tier is configured for 421303 曾都区 on 2025-11-30 (earliest loaded: 2025-12-01)',
    );
  });

  it('throws for an unknown county and for an impossible date', () => {
    expect(() => monthlyMinimumWageFen('420100', '2026-01-01')).toThrow(UnknownCountyError);
    expect(() => monthlyMinimumWageFen('421303', '2026-02-30')).toThrow(InvalidIsoDateError);
  });

  it('follows a later standard and a county moving tier from their own dates', () => {
    const table = createMinimumWageTable(
      [
        HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
        {
          ...HUBEI_MINIMUM_WAGE_FROM_2025_12_01,
          id: 'test-2028',
          effectiveFrom: '2028-01-01',
          monthlyFenByTier: { 1: 260_000, 2: 230_000, 3: 210_000 },
        },
      ],
      [
        ...SUIZHOU_TIER_ASSIGNMENTS,
        { countyCode: '421381', tier: 3, effectiveFrom: '2027-01-01', citation: '测试', verified: true },
      ],
    );
    expect(monthlyMinimumWageFen('421381', '2026-12-31', table)).toBe(213_000);
    expect(monthlyMinimumWageFen('421381', '2027-01-01', table)).toBe(197_000);
    expect(monthlyMinimumWageFen('421381', '2028-01-01', table)).toBe(210_000);
    expect(monthlyMinimumWageFen('421303', '2028-01-01', table)).toBe(230_000);
  });

  it('refuses inconsistent data when the table is built', () => {
    expect(() =>
      createMinimumWageTable([{ ...HUBEI_MINIMUM_WAGE_FROM_2025_12_01, monthlyFenByTier: { 1: -1 } }], []),
    ).toThrow(InvalidMinimumWageTableError);
    expect(() =>
      createMinimumWageTable([{ ...HUBEI_MINIMUM_WAGE_FROM_2025_12_01, monthlyFenByTier: { 1: 2400.5 } }], []),
    ).toThrow('positive whole number of fen');
    expect(() =>
      createMinimumWageTable([HUBEI_MINIMUM_WAGE_FROM_2025_12_01, HUBEI_MINIMUM_WAGE_FROM_2025_12_01], []),
    ).toThrow('two minimum-wage standards take effect on 2025-12-01');
    expect(() =>
      createMinimumWageTable(
        [],
        [{ countyCode: '420100', tier: 1, effectiveFrom: '2025-12-01', citation: 'x', verified: false }],
      ),
    ).toThrow(UnknownCountyError);
  });
});
