import { assessPerformance, draftAgreement, paymentOrderRoute, PAYMENT_ORDER_CATEGORIES } from './index';
import { draftInput, sealedAgreement } from './testing/mediation.fixture';

describe('the payment order route (支付令, 劳动争议调解仲裁法 Art. 16)', () => {
  it('lists wage and severance claims as qualifying, and opens once the employer misses an instalment', () => {
    const agreement = sealedAgreement();
    const missed = paymentOrderRoute(agreement, assessPerformance(agreement, [], '2026-03-21'));
    expect(missed).toMatchObject({ available: true, qualifyingFen: 1_200_000, outstandingFen: 1_200_000 });
    expect(missed.qualifyingClaims.map((c) => c.category)).toEqual(['WAGES', 'SEVERANCE']);
    expect(missed.citation).toBe('《劳动争议调解仲裁法》第十六条');

    const inTime = paymentOrderRoute(agreement, assessPerformance(agreement, [], '2026-03-20'));
    expect(inTime.available).toBe(false);
    expect(inTime.reason).toContain('尚未逾期');
  });

  it('leaves out other claims: social insurance and hours do not ground a payment order', () => {
    const agreement = sealedAgreement({
      claims: [
        { category: 'SOCIAL_INSURANCE', amountFen: 300_000 },
        { category: 'WORK_INJURY_MEDICAL', amountFen: 200_000 },
      ],
      settledClaims: [
        { claimIndex: 0, amountFen: 300_000 },
        { claimIndex: 1, amountFen: 200_000 },
      ],
      instalments: [{ dueOn: '2026-03-20', amountFen: 500_000 }],
    });
    const route = paymentOrderRoute(agreement, assessPerformance(agreement, [], '2026-04-01'));
    expect(route.qualifyingClaims.map((c) => c.category)).toEqual(['WORK_INJURY_MEDICAL']);
    expect(route.qualifyingFen).toBe(200_000);
    expect(PAYMENT_ORDER_CATEGORIES).toEqual(['WAGES', 'WORK_INJURY_MEDICAL', 'SEVERANCE', 'DAMAGES']);
  });

  it('is never available for an agreement without such claims', () => {
    const agreement = sealedAgreement({
      claims: [{ category: 'SOCIAL_INSURANCE', amountFen: 300_000 }],
      settledClaims: [{ claimIndex: 0, amountFen: 300_000 }],
      instalments: [{ dueOn: '2026-03-20', amountFen: 300_000 }],
    });
    const route = paymentOrderRoute(agreement, assessPerformance(agreement, [], '2026-04-01'));
    expect(route).toMatchObject({ available: false, qualifyingClaims: [] });
  });

  it('needs an agreement in force', () => {
    const draft = draftAgreement(draftInput());
    const sealed = sealedAgreement();
    expect(() => paymentOrderRoute(draft, assessPerformance(sealed, [], '2026-04-01'))).toThrow(
      expect.objectContaining({ field: 'agreement' }),
    );
  });
});
