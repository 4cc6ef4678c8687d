import { assessPerformance, draftAgreement, officeAnswerFor, outcomeOfPerformance } from './index';
import { draftInput, sealedAgreement } from './testing/mediation.fixture';

// Instalments: 6,000 yuan due 2026-03-20, 6,000 yuan due 2026-04-20.
const agreement = sealedAgreement();

describe('non-performance (劳动争议调解仲裁法 Art. 15): an instalment unpaid or partly paid after its due date', () => {
  it('is not a breach while the instalment is still in time, the due date itself included', () => {
    const assessment = assessPerformance(agreement, [], '2026-03-20');
    expect(assessment.state).toBe('IN_PROGRESS');
    expect(assessment.instalments.map((i) => i.status)).toEqual(['NOT_YET_DUE', 'NOT_YET_DUE']);
    expect(outcomeOfPerformance(assessment)).toBeUndefined();
  });

  it('is a breach the day after an unpaid due date, and the matter goes to arbitration', () => {
    const assessment = assessPerformance(agreement, [], '2026-03-21');
    expect(assessment).toMatchObject({ state: 'NON_PERFORMANCE', breachedInstalments: [0] });
    expect(assessment.instalments[0].status).toBe('UNPAID');
    const outcome = outcomeOfPerformance(assessment);
    expect(outcome).toMatchObject({ kind: 'FAILED', failure: 'NON_PERFORMANCE', countyCode: '421303' });
    expect(outcome?.citation).toContain('第十五条');
    expect(officeAnswerFor(outcome!, true)).toEqual({ kind: 'CONCLUDED', outcome: 'FAILED', reason: outcome!.reason });
  });

  it('records a partial payment with its amount, and it is still a breach', () => {
    const assessment = assessPerformance(
      agreement,
      [{ instalmentIndex: 0, amountFen: 400_000, paidOn: '2026-03-18' }],
      '2026-03-25',
    );
    expect(assessment.instalments[0]).toMatchObject({ status: 'PARTLY_PAID', paidByDueDateFen: 400_000 });
    expect(assessment.state).toBe('NON_PERFORMANCE');
    expect(outcomeOfPerformance(assessment)?.reason).toContain('应付 6000.00 元、已付 4000.00 元');
  });

  it('does not undo a breach with a late payment', () => {
    const assessment = assessPerformance(
      agreement,
      [{ instalmentIndex: 0, amountFen: 600_000, paidOn: '2026-03-23' }],
      '2026-03-25',
    );
    expect(assessment.instalments[0]).toMatchObject({ status: 'UNPAID', paidFen: 600_000, paidByDueDateFen: 0 });
    expect(assessment.state).toBe('NON_PERFORMANCE');
  });

  it('refuses payments that exceed an instalment, fall in the future, or are not whole fen', () => {
    expect(() =>
      assessPerformance(agreement, [{ instalmentIndex: 0, amountFen: 600_001, paidOn: '2026-03-18' }], '2026-03-25'),
    ).toThrow(expect.objectContaining({ field: 'payments[0].amountFen' }));
    expect(() =>
      assessPerformance(agreement, [{ instalmentIndex: 1, amountFen: 100, paidOn: '2026-03-26' }], '2026-03-25'),
    ).toThrow(expect.objectContaining({ field: 'payments[0].paidOn' }));
    expect(() =>
      assessPerformance(agreement, [{ instalmentIndex: 1, amountFen: 0.5, paidOn: '2026-03-20' }], '2026-03-25'),
    ).toThrow(expect.objectContaining({ field: 'payments[0].amountFen' }));
    expect(() =>
      assessPerformance(agreement, [{ instalmentIndex: 2, amountFen: 100, paidOn: '2026-03-20' }], '2026-03-25'),
    ).toThrow(expect.objectContaining({ field: 'payments[0].instalmentIndex' }));
  });

  it('refuses to judge performance of an agreement not yet in force', () => {
    expect(() => assessPerformance(draftAgreement(draftInput()), [], '2026-03-25')).toThrow(
      expect.objectContaining({ field: 'agreement' }),
    );
  });
});
