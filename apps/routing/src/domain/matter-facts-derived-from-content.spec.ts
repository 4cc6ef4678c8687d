import { factsOf, FACT_TABLE } from './matter-facts';
import { matter, SMALL_CLAIM_CEILING_FEN, ZENGDU_CONTEXT } from './routing.fixture';

const { minimumWageTier: _tier, today: _today, ...WITHOUT_DATE } = ZENGDU_CONTEXT;

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

  it('gives a value for every fact in the table, and nothing else', () => {
    expect(Object.keys(factsOf(matter(), ZENGDU_CONTEXT)).sort()).toEqual(Object.keys(FACT_TABLE).sort());
  });

  it('measures the largest claim in months of the minimum wage, rounded up, so a rule set can state its own line', () => {
    const months = (amountFen: number) =>
      factsOf(matter({ claims: [{ category: 'WAGES', amountFen }] }), ZENGDU_CONTEXT).maxClaimInMinimumWageMonths;
    expect([months(0), months(1), months(SMALL_CLAIM_CEILING_FEN), months(SMALL_CLAIM_CEILING_FEN + 1)]).toEqual([
      0, 1, 12, 13,
    ]);
  });

  it('reads the minimum-wage tier from the context, else from @onewindow/county for the day, else 0', () => {
    expect(factsOf(matter(), ZENGDU_CONTEXT).minimumWageTier).toBe(3);
    expect(factsOf(matter(), { ...WITHOUT_DATE, today: '2026-11-30' }).minimumWageTier).toBe(2);
    expect(factsOf(matter(), WITHOUT_DATE).minimumWageTier).toBe(0);
  });

  it('counts whole months since the employment ended, or -1 while employed or without a date', () => {
    expect(factsOf(matter(), ZENGDU_CONTEXT).monthsSinceEmploymentEnded).toBe(2);
    const employed = matter({ employment: { stillEmployed: true, startDate: '2024-03-01' } });
    expect(factsOf(employed, ZENGDU_CONTEXT).monthsSinceEmploymentEnded).toBe(-1);
    expect(factsOf(matter(), WITHOUT_DATE)).toMatchObject({ monthsSinceEmploymentEnded: -1, limitation: 'UNKNOWN' });
  });

  it('reads an unstated remedy as UNSTATED', () => {
    expect(factsOf(matter(), ZENGDU_CONTEXT).requestedRemedy).toBe('UNSTATED');
    expect(factsOf(matter({ requestedRemedy: 'AWARD' }), ZENGDU_CONTEXT).requestedRemedy).toBe('AWARD');
  });

  it('sorts prior handling into offices, counting a disputed conclusion only once there is one', () => {
    const facts = factsOf(
      matter({
        priorHandling: [
          { office: 'INSPECTION', status: 'CONCLUDED', conclusionDisputed: true },
          { office: 'MEDIATION', status: 'IN_PROGRESS', conclusionDisputed: true },
          { office: 'INSPECTION', status: 'IN_PROGRESS', conclusionDisputed: false },
        ],
      }),
      ZENGDU_CONTEXT,
    );
    expect(facts).toMatchObject({
      priorOffices: ['MEDIATION', 'INSPECTION'],
      inProgressOffices: ['MEDIATION', 'INSPECTION'],
      concludedOffices: ['INSPECTION'],
      disputedConclusionOffices: ['INSPECTION'],
      noOfficeHandled: false,
    });
    expect(factsOf(matter(), ZENGDU_CONTEXT)).toMatchObject({ priorOffices: [], noOfficeHandled: true });
  });

  it.each([
    [{ workersLaidOff: 20, workforce: 1_000 }, 2, true],
    [{ workersLaidOff: 19, workforce: 1_000 }, 1, false],
    [{ workersLaidOff: 10, workforce: 100 }, 10, true],
    [{ workersLaidOff: 9, workforce: 91 }, 9, false],
    [{ workersLaidOff: 3, workforce: 30 }, 10, true],
  ])('calls layoff %j %i %% and mass (劳动合同法 Art. 41): %s', (layoff, sharePercent, massLayoff) => {
    expect(factsOf(matter({ layoff }), ZENGDU_CONTEXT)).toMatchObject({
      layoffWorkers: layoff.workersLaidOff,
      layoffSharePercent: sharePercent,
      massLayoff,
    });
  });

  it('reads no layoff as none', () => {
    expect(factsOf(matter(), ZENGDU_CONTEXT)).toMatchObject({
      layoffWorkers: 0,
      layoffSharePercent: 0,
      massLayoff: false,
    });
  });

  it('takes the history of the referral loop, the first round by default', () => {
    expect(factsOf(matter(), ZENGDU_CONTEXT)).toMatchObject({
      failedTargets: [],
      declinedTargets: [],
      returnedTargets: [],
      previousTargets: [],
      referralRound: 1,
    });
    const history = {
      failedTargets: ['MEDIATION', 'MEDIATION'] as const,
      declinedTargets: ['ARBITRATION'] as const,
      previousTargets: ['LEGAL_AID'] as const,
      round: 3,
    };
    expect(factsOf(matter(), { ...ZENGDU_CONTEXT, history })).toMatchObject({
      failedTargets: ['MEDIATION'],
      declinedTargets: ['ARBITRATION'],
      returnedTargets: ['MEDIATION', 'ARBITRATION'],
      previousTargets: ['MEDIATION', 'ARBITRATION', 'LEGAL_AID'],
      referralRound: 3,
    });
  });
});
