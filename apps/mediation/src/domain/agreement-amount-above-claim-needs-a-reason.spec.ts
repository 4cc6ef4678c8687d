import { draftAgreement, InvalidMediationInputError } from './index';
import { errorOf } from './testing/error-of';
import { draftInput } from './testing/mediation.fixture';

describe('the agreement’s settled claims (调解协议书, 劳动争议调解仲裁法 Art. 14): integer fen, reasons above the claim', () => {
  it('settles claims at or below what was claimed, and totals them', () => {
    const agreement = draftAgreement(draftInput());
    expect(agreement).toMatchObject({ countyCode: '421303', status: 'DRAFT', totalFen: 1_200_000, signatures: [] });
    expect(agreement.settledClaims).toEqual([
      { claimIndex: 0, category: 'WAGES', claimedFen: 800_000, amountFen: 800_000 },
      { claimIndex: 1, category: 'SEVERANCE', claimedFen: 500_000, amountFen: 400_000 },
    ]);
  });

  it('refuses an amount above the claim without a reason, naming the claim’s field', () => {
    const error = errorOf(() =>
      draftAgreement(
        draftInput({
          settledClaims: [{ claimIndex: 0, amountFen: 850_000 }],
          instalments: [{ dueOn: '2026-03-20', amountFen: 850_000 }],
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidMediationInputError);
    expect(error).toMatchObject({ field: 'settledClaims[0].reasonAboveClaim' });
    expect(error.description).toContain('8500.00 yuan is above the 8000.00 yuan claimed');
  });

  it('accepts an amount above the claim with its reason', () => {
    const agreement = draftAgreement(
      draftInput({
        settledClaims: [{ claimIndex: 0, amountFen: 850_000, reasonAboveClaim: '含逾期支付工资的利息 500 元' }],
        instalments: [{ dueOn: '2026-03-20', amountFen: 850_000 }],
      }),
    );
    expect(agreement.settledClaims[0]).toMatchObject({
      amountFen: 850_000,
      reasonAboveClaim: '含逾期支付工资的利息 500 元',
    });
  });

  it.each<[unknown, string]>([
    [800_000.5, 'half a fen'],
    [-1, 'a negative amount'],
    [Number.NaN, 'not a number'],
    ['800000', 'a string'],
  ])('refuses %p as an amount (%s): money is integer fen', (amountFen) => {
    expect(() =>
      draftAgreement(draftInput({ settledClaims: [{ claimIndex: 0, amountFen: amountFen as number }] })),
    ).toThrow(expect.objectContaining({ field: 'settledClaims[0].amountFen' }));
  });

  it('refuses a settled claim the matter does not have, or one settled twice', () => {
    expect(() =>
      draftAgreement(draftInput({ settledClaims: [{ claimIndex: 2, amountFen: 0 }], instalments: [] })),
    ).toThrow(expect.objectContaining({ field: 'settledClaims[0].claimIndex' }));
    expect(() =>
      draftAgreement(
        draftInput({
          settledClaims: [
            { claimIndex: 0, amountFen: 600_000 },
            { claimIndex: 0, amountFen: 600_000 },
          ],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'settledClaims[1].claimIndex' }));
  });

  it('refuses an agreement whose mediator is one of the parties', () => {
    expect(() => draftAgreement(draftInput({ mediatorIds: ['party-worker-1'] }))).toThrow(
      expect.objectContaining({ field: 'mediatorIds[0]' }),
    );
  });
});
