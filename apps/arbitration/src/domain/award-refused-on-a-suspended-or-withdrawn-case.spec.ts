import { AwardInput, draftAward } from './award';
import { ProceedingsPreconditionError } from './proceedings.errors';
import { awardContext, COUNTY, thrownBy } from './testing/proceedings.fixture';

const input: AwardInput = {
  countyCode: COUNTY,
  awardedOn: '2026-04-20',
  scope: 'WHOLE',
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '欠薪属实' },
    { claimIndex: 1, outcome: 'GRANTED', amountFen: 900_000, reasons: '被申请人违法解除' },
  ],
};

describe('no award on a case that is suspended or withdrawn, nor before mediation (Art. 42)', () => {
  it.each([
    ['SUSPENDED', '仲裁中止'],
    ['WITHDRAWN', '撤回仲裁申请'],
    ['CLOSED', '已结案'],
  ] as const)('refuses an award on a %s case', (caseState, words) => {
    const error = thrownBy(() => draftAward(input, awardContext({ caseState })));
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({ field: 'case.caseState' });
    expect(error.description).toContain(words);
  });

  it.each([
    ['NOT_ATTEMPTED', '应当先行调解'],
    ['AWAITING_SIGNATURES', 'awaits the parties’ signatures'],
    ['IN_FORCE', 'the case has ended'],
  ] as const)('refuses an award while mediation is %s', (mediationStage, words) => {
    const error = thrownBy(() => draftAward(input, awardContext({ mediationStage })));
    expect(error).toMatchObject({ field: 'case.mediationStage' });
    expect(error.description).toContain(words);
  });

  it('awards an open case after mediation failed or was retracted', () => {
    expect(draftAward(input, awardContext({ mediationStage: 'NO_AGREEMENT' })).totalAwardedFen).toBe(2_760_000);
    expect(draftAward(input, awardContext({ mediationStage: 'RETRACTED' })).kind).toBe('FINAL');
  });

  it('refuses an award dated before acceptance or in another county', () => {
    expect(thrownBy(() => draftAward({ ...input, awardedOn: '2026-03-09' }, awardContext()))).toMatchObject({
      field: 'awardedOn',
    });
    expect(thrownBy(() => draftAward({ ...input, countyCode: '421381' }, awardContext()))).toMatchObject({
      field: 'countyCode',
    });
  });
});
