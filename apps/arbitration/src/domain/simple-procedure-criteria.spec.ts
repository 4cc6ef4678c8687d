import { InvalidProceedingsInputError } from './proceedings.errors';
import {
  createProvincialAverageWageTable,
  PROVINCIAL_AVERAGE_WAGE_TABLE,
  provincialAverageWageOn,
} from './provincial-average-wage';
import { assessSimpleProcedure, SimpleProcedureInput } from './simple-procedure';
import { composeTribunal } from './tribunal';
import { ACCEPTED_ON, COUNTY, thrownBy } from './testing/proceedings.fixture';

// A test figure, not Hubei's: 90,000.00 yuan published on 2026-05-20 for 2025, 85,000.00 yuan before.
const averageWages = createProvincialAverageWageTable([
  {
    region: '湖北省',
    wageYear: 2024,
    effectiveFrom: '2025-05-20',
    annualFen: 8_500_000,
    title: '测试数据（2024年度）',
    sourceUrl: null,
    verified: false,
  },
  {
    region: '湖北省',
    wageYear: 2025,
    effectiveFrom: '2026-05-20',
    annualFen: 9_000_000,
    title: '测试数据（2025年度）',
    sourceUrl: null,
    verified: false,
  },
]);

const input = (overrides: Partial<SimpleProcedureInput> = {}): SimpleProcedureInput => ({
  countyCode: COUNTY,
  filedOn: '2026-03-10',
  claims: [
    { category: 'WAGES', amountFen: 6_000_000 },
    { category: 'SEVERANCE', amountFen: 2_500_000 },
  ],
  factsClear: false,
  bothPartiesAgree: false,
  bars: [],
  ...overrides,
});

describe('simple procedure (简易处理, 办案规则 Arts. 56–57): any one criterion, no bar', () => {
  it('allows a case whose total is exactly the average wage in force on the filing day', () => {
    // 60,000 + 25,000 = 85,000 yuan against the 2024 figure (the 2025 one is published only on 2026-05-20).
    const result = assessSimpleProcedure(input(), averageWages);
    expect(result).toMatchObject({ eligible: true, totalClaimedFen: 8_500_000 });
    expect(result.averageWage).toMatchObject({ wageYear: 2024, annualFen: 8_500_000 });
    expect(result.findings.find((f) => f.criterion === 'AMOUNT_WITHIN_AVERAGE_WAGE')).toMatchObject({ met: true });
  });

  it('refuses one fen more, unless the facts are clear or both parties agree', () => {
    const above = input({ claims: [{ category: 'WAGES', amountFen: 8_500_001 }] });
    expect(assessSimpleProcedure(above, averageWages).eligible).toBe(false);
    expect(assessSimpleProcedure({ ...above, factsClear: true }, averageWages).eligible).toBe(true);
    expect(assessSimpleProcedure({ ...above, bothPartiesAgree: true }, averageWages).eligible).toBe(true);
  });

  it('takes the figure in force on the filing day: the same claims filed after 2026-05-20 meet the 2025 figure', () => {
    const big = input({ claims: [{ category: 'WAGES', amountFen: 8_800_000 }] });
    expect(assessSimpleProcedure(big, averageWages).eligible).toBe(false);
    expect(assessSimpleProcedure({ ...big, filedOn: '2026-05-20' }, averageWages)).toMatchObject({
      eligible: true,
      averageWage: { wageYear: 2025 },
    });
  });

  it.each([
    'NATIONAL_OR_PUBLIC_INTEREST',
    'MAJOR_SOCIAL_IMPACT',
    'RESPONDENT_WHEREABOUTS_UNKNOWN',
    'COMMISSION_FINDS_UNSUITABLE',
  ] as const)('bars the simple procedure for %s even when every criterion holds (Art. 57)', (bar) => {
    const result = assessSimpleProcedure(
      input({ factsClear: true, bothPartiesAgree: true, bars: [bar] }),
      averageWages,
    );
    expect(result).toMatchObject({ eligible: false, bars: [bar] });
  });

  it('leaves the amount criterion undecided while no figure is entered, and the others still decide', () => {
    expect(PROVINCIAL_AVERAGE_WAGE_TABLE.entries).toEqual([]);
    const small = input({ claims: [{ category: 'WAGES', amountFen: 100 }] });
    const result = assessSimpleProcedure(small);
    expect(result.eligible).toBe(false);
    expect(result.findings[1]).toMatchObject({ criterion: 'AMOUNT_WITHIN_AVERAGE_WAGE', met: undefined });
    expect(assessSimpleProcedure({ ...small, factsClear: true }).eligible).toBe(true);
    expect(provincialAverageWageOn(COUNTY, '2026-03-10')).toBeUndefined();
  });

  it('lets a sole arbitrator sit only on an eligible assessment', () => {
    const sole = {
      countyCode: COUNTY,
      composedOn: '2026-03-11',
      form: 'SOLE_ARBITRATOR' as const,
      arbitrators: [{ arbitratorId: 'arb-wang', name: '王仲裁', role: 'SOLE' as const }],
    };
    const context = { countyCode: COUNTY, acceptedOn: ACCEPTED_ON, collectiveDispute: false };
    expect(thrownBy(() => composeTribunal(sole, context))).toMatchObject({ field: 'form' });
    const refused = assessSimpleProcedure(
      input({ claims: [{ category: 'WAGES', amountFen: 8_500_001 }] }),
      averageWages,
    );
    expect(thrownBy(() => composeTribunal(sole, { ...context, simpleProcedure: refused })).description).toContain(
      '不符合简易处理条件',
    );
    const allowed = assessSimpleProcedure(input(), averageWages);
    expect(composeTribunal(sole, { ...context, simpleProcedure: allowed })).toMatchObject({
      form: 'SOLE_ARBITRATOR',
      simpleProcedure: true,
    });
  });

  it('lets a collective dispute that meets a criterion go to a sole arbitrator (办案规则 Art. 62 para 2)', () => {
    const sole = {
      countyCode: COUNTY,
      composedOn: '2026-03-11',
      form: 'SOLE_ARBITRATOR' as const,
      arbitrators: [{ arbitratorId: 'arb-wang', name: '王仲裁', role: 'SOLE' as const }],
    };
    const context = { countyCode: COUNTY, acceptedOn: ACCEPTED_ON, collectiveDispute: true };
    expect(thrownBy(() => composeTribunal(sole, context)).description).toContain(
      'collective dispute sits before three',
    );
    const agreed = assessSimpleProcedure(input({ bothPartiesAgree: true }), averageWages);
    expect(composeTribunal(sole, { ...context, simpleProcedure: agreed }).form).toBe('SOLE_ARBITRATOR');
  });

  it('refuses malformed input naming the field', () => {
    expect(thrownBy(() => assessSimpleProcedure(input({ bars: ['TOO_BIG' as never] })))).toMatchObject({
      field: 'bars[0]',
    });
    expect(thrownBy(() => assessSimpleProcedure(input({ factsClear: 'yes' as never })))).toBeInstanceOf(
      InvalidProceedingsInputError,
    );
    expect(
      thrownBy(() => assessSimpleProcedure(input({ claims: [{ category: 'WAGES', amountFen: 1.5 }] }))),
    ).toMatchObject({
      field: 'claims[0].amountFen',
    });
  });
});
