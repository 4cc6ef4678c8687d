import { factsOf } from './matter-facts';
import { matter, SMALL_CLAIM_CEILING_FEN, ZENGDU_CONTEXT } from './routing.fixture';

describe('facts a rule can test, derived from the matter content', () => {
  it('sums and maximizes the claims, and lists each category once', () => {
    const facts = factsOf(
      matter({
        claims: [
          { category: 'WAGES', amountFen: 300_000 },
          { category: 'WAGES', amountFen: 500_000 },
          { category: 'SEVERANCE', amountFen: 1_000_000 },
        ],
      }),
      ZENGDU_CONTEXT,
    );
    expect(facts).toMatchObject({
      claimCategories: ['WAGES', 'SEVERANCE'],
      claimCount: 3,
      maxClaimAmountFen: 1_000_000,
      totalClaimAmountFen: 1_800_000,
      countyMonthlyMinimumWageFen: 197_000,
    });
  });

  it('counts a matter without claims as claiming nothing, and small', () => {
    expect(factsOf(matter({ kind: 'CONSULTATION', claims: [] }), ZENGDU_CONTEXT)).toMatchObject({
      claimCategories: [],
      maxClaimAmountFen: 0,
      totalClaimAmountFen: 0,
      smallClaim: true,
    });
  });

  it('judges smallness per claim, not by the total (several small claims stay small)', () => {
    const claims = [
      { category: 'WAGES' as const, amountFen: SMALL_CLAIM_CEILING_FEN },
      { category: 'SEVERANCE' as const, amountFen: SMALL_CLAIM_CEILING_FEN },
    ];
    expect(factsOf(matter({ claims }), ZENGDU_CONTEXT).smallClaim).toBe(true);
    expect(factsOf(matter({ claims }), { ...ZENGDU_CONTEXT, countyMonthlyMinimumWageFen: 196_999 }).smallClaim).toBe(
      false,
    );
  });

  it('calls a dispute collective only with 10 or more workers and a common claim (劳动争议调解仲裁法 Art. 7)', () => {
    expect(factsOf(matter({ workerCount: 10, commonClaim: true }), ZENGDU_CONTEXT).collective).toBe(true);
    expect(factsOf(matter({ workerCount: 9, commonClaim: true }), ZENGDU_CONTEXT).collective).toBe(false);
    expect(factsOf(matter({ workerCount: 50, commonClaim: false }), ZENGDU_CONTEXT).collective).toBe(false);
  });

  it('refuses a context without a usable minimum wage or multiplier rather than guess', () => {
    expect(() => factsOf(matter(), { ...ZENGDU_CONTEXT, countyMonthlyMinimumWageFen: 0 })).toThrow(RangeError);
    expect(() => factsOf(matter(), { ...ZENGDU_CONTEXT, smallClaimMultiplier: Number.NaN })).toThrow(RangeError);
  });
});
