import { draftAward } from './award';
import { awardContext, COUNTY, thrownBy } from './testing/proceedings.fixture';

// Wages are clear from the pay slips; whether the dismissal was lawful (severance) still needs evidence.
describe('a partial award decides the part whose facts are clear (先行裁决, Art. 43 para 2)', () => {
  const partial = draftAward(
    {
      countyCode: COUNTY,
      awardedOn: '2026-04-01',
      scope: 'PARTIAL',
      partialBasis: '拖欠工资的事实已有工资条和银行流水证实，先行裁决',
      decisions: [{ claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '欠薪属实' }],
    },
    awardContext(),
  );

  it('decides the wages now and leaves the severance open, with its own finality and remedies', () => {
    expect(partial).toMatchObject({
      scope: 'PARTIAL',
      openClaimIndexes: [1],
      kind: 'FINAL',
      totalAwardedFen: 1_860_000,
    });
    expect(partial.documents[0].remedies.map((r) => r.holder)).toEqual(['WORKER', 'EMPLOYER']);
  });

  it('decides the rest later, and never the wages again', () => {
    const rest = draftAward(
      {
        countyCode: COUNTY,
        awardedOn: '2026-04-20',
        scope: 'WHOLE',
        decisions: [{ claimIndex: 1, outcome: 'PARTLY_GRANTED', amountFen: 600_000, reasons: '工作年限按两年计算' }],
      },
      awardContext({ decidedClaimIndexes: [0] }),
    );
    expect(rest).toMatchObject({ openClaimIndexes: [], totalAwardedFen: 600_000 });
    expect(
      thrownBy(() =>
        draftAward(
          {
            countyCode: COUNTY,
            awardedOn: '2026-04-20',
            scope: 'WHOLE',
            decisions: [
              { claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '欠薪属实' },
              { claimIndex: 1, outcome: 'REFUSED', amountFen: 0, reasons: '合法解除' },
            ],
          },
          awardContext({ decidedClaimIndexes: [0] }),
        ),
      ),
    ).toMatchObject({ field: 'decisions[0].claimIndex' });
  });

  it('needs its basis, and leaves something to decide', () => {
    const decisions = [{ claimIndex: 0, outcome: 'GRANTED' as const, amountFen: 1_860_000, reasons: '欠薪属实' }];
    expect(
      thrownBy(() =>
        draftAward({ countyCode: COUNTY, awardedOn: '2026-04-01', scope: 'PARTIAL', decisions }, awardContext()),
      ),
    ).toMatchObject({ field: 'partialBasis' });
    expect(
      thrownBy(() =>
        draftAward(
          { countyCode: COUNTY, awardedOn: '2026-04-01', scope: 'PARTIAL', partialBasis: '事实清楚', decisions },
          awardContext({ claims: [{ category: 'WAGES', amountFen: 1_860_000 }] }),
        ),
      ),
    ).toMatchObject({ field: 'scope' });
  });
});
