import { AwardInput, draftAward } from './award';
import { InvalidProceedingsInputError } from './proceedings.errors';
import { awardContext, COUNTY, thrownBy } from './testing/proceedings.fixture';

// The award decides on what the hearing heard (劳动争议调解仲裁法 Art. 46): it cannot be dated before it.
const award = (awardedOn: string): AwardInput => ({
  countyCode: COUNTY,
  awardedOn,
  scope: 'WHOLE',
  decisions: [
    { claimIndex: 0, outcome: 'GRANTED', amountFen: 1_860_000, reasons: '工资条与银行流水相互印证' },
    { claimIndex: 1, outcome: 'REFUSED', amountFen: 0, reasons: '申请人主动辞职' },
  ],
});

describe('an award dated before the hearing it follows', () => {
  it('is refused, naming awardedOn and the hearing day', () => {
    const error = thrownBy(() => draftAward(award('2026-03-23'), awardContext({ lastHeardOn: '2026-03-24' })));
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'awardedOn' });
    expect(error.description).toContain('2026-03-24');
  });

  it('may be made on the hearing day or later', () => {
    expect(draftAward(award('2026-03-24'), awardContext({ lastHeardOn: '2026-03-24' })).awardedOn).toBe('2026-03-24');
    expect(draftAward(award('2026-04-20'), awardContext({ lastHeardOn: '2026-03-24' })).kind).toBe('FINAL');
  });
});
