import { draftAgreement } from './index';
import { errorOf } from './testing/error-of';
import { draftInput } from './testing/mediation.fixture';

describe('the payment schedule (履行的方式、期限, 人民调解法 Art. 29)', () => {
  it('keeps the instalments in due-date order', () => {
    const agreement = draftAgreement(
      draftInput({
        instalments: [
          { dueOn: '2026-04-20', amountFen: 700_000 },
          { dueOn: '2026-03-10', amountFen: 500_000 },
        ],
      }),
    );
    expect(agreement.instalments).toEqual([
      { dueOn: '2026-03-10', amountFen: 500_000 },
      { dueOn: '2026-04-20', amountFen: 700_000 },
    ]);
  });

  it('refuses a schedule one fen short of the total', () => {
    const error = errorOf(() =>
      draftAgreement(
        draftInput({
          instalments: [
            { dueOn: '2026-03-20', amountFen: 600_000 },
            { dueOn: '2026-04-20', amountFen: 599_999 },
          ],
        }),
      ),
    );
    expect(error).toMatchObject({ field: 'instalments' });
    expect(error.description).toContain('1199999 fen but the settled claims to 1200000 fen');
  });

  it('refuses an instalment due before the agreement date', () => {
    expect(() =>
      draftAgreement(
        draftInput({
          instalments: [
            { dueOn: '2026-03-09', amountFen: 600_000 },
            { dueOn: '2026-04-20', amountFen: 600_000 },
          ],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'instalments[0].dueOn' }));
  });

  it('refuses a zero or fractional instalment', () => {
    expect(() =>
      draftAgreement(
        draftInput({
          instalments: [
            { dueOn: '2026-03-20', amountFen: 1_200_000 },
            { dueOn: '2026-03-21', amountFen: 0 },
          ],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'instalments[1].amountFen' }));
    expect(() =>
      draftAgreement(
        draftInput({
          instalments: [
            { dueOn: '2026-03-20', amountFen: 600_000.25 },
            { dueOn: '2026-04-20', amountFen: 599_999.75 },
          ],
        }),
      ),
    ).toThrow(expect.objectContaining({ field: 'instalments[0].amountFen' }));
  });

  it('allows an agreement with no money and no schedule (e.g. confirming the labor relationship)', () => {
    const agreement = draftAgreement(
      draftInput({
        claims: [{ category: 'CONFIRM_LABOR_RELATIONSHIP', amountFen: 0 }],
        settledClaims: [{ claimIndex: 0, amountFen: 0 }],
        instalments: [],
        otherTerms: '用人单位确认与劳动者自2025年3月1日起存在劳动关系，并于2026年3月20日前补签书面劳动合同',
      }),
    );
    expect(agreement.totalFen).toBe(0);
    expect(agreement.instalments).toEqual([]);
  });
});
