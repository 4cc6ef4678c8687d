import { AwardInput, ClaimDecisionInput, draftAward } from './award';
import { InvalidProceedingsInputError } from './proceedings.errors';
import { awardContext, COUNTY, thrownBy } from './testing/proceedings.fixture';

// Claims: wages 18,600.00 yuan (index 0), severance 9,000.00 yuan (index 1).
const award = (decisions: ClaimDecisionInput[]): AwardInput => ({
  countyCode: COUNTY,
  awardedOn: '2026-04-20',
  scope: 'WHOLE',
  decisions,
});
const wages = (d: Partial<ClaimDecisionInput>): ClaimDecisionInput => ({
  claimIndex: 0,
  outcome: 'GRANTED',
  amountFen: 1_860_000,
  reasons: '工资条与银行流水相互印证',
  ...d,
});
const severanceRefused: ClaimDecisionInput = {
  claimIndex: 1,
  outcome: 'REFUSED',
  amountFen: 0,
  reasons: '申请人主动辞职，不符合支付经济补偿的情形',
};

describe('the award per claim: granted, partly granted or refused, never above the claim', () => {
  it('grants the whole claim, refuses another, and totals what was awarded', () => {
    const result = draftAward(award([wages({}), severanceRefused]), awardContext());
    expect(result.decisions.map((d) => [d.outcome, d.claimedFen, d.amountFen])).toEqual([
      ['GRANTED', 1_860_000, 1_860_000],
      ['REFUSED', 900_000, 0],
    ]);
    expect(result).toMatchObject({ totalAwardedFen: 1_860_000, countyCode: COUNTY, openClaimIndexes: [] });
  });

  it('refuses one fen above the claim, naming the decision’s amountFen', () => {
    const error = thrownBy(() =>
      draftAward(award([wages({ amountFen: 1_860_001 }), severanceRefused]), awardContext()),
    );
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'decisions[0].amountFen' });
    expect(error.description).toContain('18600.01 yuan is above the 18600.00 yuan claimed');
    expect(() =>
      draftAward(award([wages({ outcome: 'PARTLY_GRANTED', amountFen: 2_000_000 }), severanceRefused]), awardContext()),
    ).toThrow(expect.objectContaining({ field: 'decisions[0].amountFen' }));
  });

  it('keeps the outcome and the amount consistent', () => {
    const at = (d: Partial<ClaimDecisionInput>) =>
      thrownBy(() => draftAward(award([wages(d), severanceRefused]), awardContext()));
    expect(at({ outcome: 'GRANTED', amountFen: 1_500_000 }).description).toContain('use PARTLY_GRANTED');
    expect(at({ outcome: 'PARTLY_GRANTED', amountFen: 1_860_000 })).toMatchObject({ field: 'decisions[0].amountFen' });
    expect(at({ outcome: 'PARTLY_GRANTED', amountFen: 0 })).toMatchObject({ field: 'decisions[0].amountFen' });
    expect(at({ outcome: 'REFUSED', amountFen: 1 })).toMatchObject({ field: 'decisions[0].amountFen' });
    expect(at({ amountFen: 1_860_000.5 })).toMatchObject({ field: 'decisions[0].amountFen' });
    expect(at({ reasons: '' })).toMatchObject({ field: 'decisions[0].reasons' });
    expect(at({ outcome: 'MOSTLY' as never })).toMatchObject({ field: 'decisions[0].outcome' });
  });

  it('grants part with reasons', () => {
    const result = draftAward(
      award([
        wages({ outcome: 'PARTLY_GRANTED', amountFen: 1_500_000, reasons: '2026年1月工资已支付3600元' }),
        severanceRefused,
      ]),
      awardContext(),
    );
    expect(result.decisions[0]).toMatchObject({
      outcome: 'PARTLY_GRANTED',
      amountFen: 1_500_000,
      reasons: '2026年1月工资已支付3600元',
    });
  });

  it('decides every claim once: none left out, none twice, none the case does not have', () => {
    expect(thrownBy(() => draftAward(award([wages({})]), awardContext()))).toMatchObject({ field: 'decisions' });
    expect(thrownBy(() => draftAward(award([wages({}), wages({})]), awardContext()))).toMatchObject({
      field: 'decisions[1].claimIndex',
    });
    expect(
      thrownBy(() => draftAward(award([wages({}), { ...severanceRefused, claimIndex: 2 }]), awardContext())),
    ).toMatchObject({
      field: 'decisions[1].claimIndex',
    });
  });
});
