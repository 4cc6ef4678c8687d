import { draftAward, remedyDeadlines } from './award';
import { awardContext, COUNTY } from './testing/proceedings.fixture';

// Wages of 18,600 yuan (final: ≤ 25,560) and the labor relationship confirmed (never final): two awards,
// each with its own remedy (办案规则 Art. 50).
const claims = [
  { category: 'WAGES' as const, amountFen: 1_860_000 },
  { category: 'CONFIRM_LABOR_RELATIONSHIP' as const, amountFen: 0 },
];

describe('a mixed award is written as two awards (办案规则 Art. 50)', () => {
  const award = draftAward(
    {
      countyCode: COUNTY,
      awardedOn: '2026-04-20',
      scope: 'WHOLE',
      decisions: [
        { claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '工资条与银行流水相互印证' },
        { claimIndex: 1, outcome: 'GRANTED', amountFen: 0, reasons: '申请人受被申请人管理并领取报酬' },
      ],
    },
    awardContext({ claims }),
  );

  it('writes a final award for the wages and a non-final one for the relationship', () => {
    expect(award.kind).toBe('MIXED');
    expect(award.documents.map((d) => [d.title, d.claimIndexes, d.totalAwardedFen])).toEqual([
      ['仲裁裁决书（终局裁决）', [0], 1_860_000],
      ['仲裁裁决书（非终局裁决）', [1], 0],
    ]);
  });

  it('prints the worker’s 15-day suit and the employer’s 30-day application to set aside on the final award', () => {
    const [final] = award.documents;
    expect(final.takesEffect).toBe('ON_THE_DAY_MADE');
    expect(final.remedies.map((r) => [r.holder, r.action, r.days, r.court])).toEqual([
      ['WORKER', 'SUE', 15, '人民法院'],
      ['EMPLOYER', 'APPLY_TO_SET_ASIDE', 30, '仲裁委员会所在地的中级人民法院'],
    ]);
    expect(final.remedies[0].text).toContain('十五日内向人民法院提起诉讼（《劳动争议调解仲裁法》第四十八条）');
    expect(final.remedies[1].text).toContain('三十日内向本仲裁委员会所在地的中级人民法院申请撤销裁决');
  });

  it('prints either party’s 15-day suit on the non-final award', () => {
    const nonFinal = award.documents[1];
    expect(nonFinal.takesEffect).toBe('WHEN_NO_SUIT_WITHIN_15_DAYS');
    expect(nonFinal.remedies).toHaveLength(1);
    expect(nonFinal.remedies[0]).toMatchObject({ holder: 'EITHER_PARTY', action: 'SUE', days: 15 });
    expect(nonFinal.remedies[0].text).toContain('第五十条');
  });

  it('counts the remedy periods from receipt with the calendar (rest days moved)', () => {
    // Received Wednesday 2026-04-22: +15 = Thursday 05-07 (after the 5/1–5/5 holiday); +30 = Friday 05-22.
    expect(remedyDeadlines(award.documents[0], '2026-04-22').map((d) => [d.holder, d.dueOn])).toEqual([
      ['WORKER', '2026-05-07'],
      ['EMPLOYER', '2026-05-22'],
    ]);
    // Received Thursday 2026-04-16: +15 = Friday 05-01, a holiday until 05-05 → Wednesday 05-06.
    expect(remedyDeadlines(award.documents[1], '2026-04-16')[0]).toMatchObject({
      holder: 'EITHER_PARTY',
      dueOn: '2026-05-06',
    });
  });

  it('writes one final award when every claim is final', () => {
    const allFinal = draftAward(
      {
        countyCode: COUNTY,
        awardedOn: '2026-04-20',
        scope: 'WHOLE',
        decisions: [{ claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '欠薪属实' }],
      },
      awardContext({ claims: [claims[0]] }),
    );
    expect(allFinal.kind).toBe('FINAL');
    expect(allFinal.documents.map((d) => d.finality)).toEqual(['FINAL']);
  });
});
