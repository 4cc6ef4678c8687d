import { assessPerformance, officeAnswerFor, outcomeOfPerformance } from './index';
import { sealedAgreement } from './testing/mediation.fixture';

describe('a performed agreement resolves the matter (案结事了)', () => {
  it('is PERFORMED when every instalment was paid in full by its due date, in one payment or several', () => {
    const assessment = assessPerformance(
      sealedAgreement(),
      [
        { instalmentIndex: 0, amountFen: 600_000, paidOn: '2026-03-15' },
        { instalmentIndex: 1, amountFen: 100_000, paidOn: '2026-04-01' },
        { instalmentIndex: 1, amountFen: 500_000, paidOn: '2026-04-20' },
      ],
      '2026-04-20',
    );
    expect(assessment.state).toBe('PERFORMED');
    expect(assessment.instalments.map((i) => i.status)).toEqual(['PAID', 'PAID']);
    const outcome = outcomeOfPerformance(assessment)!;
    expect(outcome).toMatchObject({ kind: 'RESOLVED', countyCode: '421303' });
    expect(officeAnswerFor(outcome, true)).toEqual({
      kind: 'CONCLUDED',
      outcome: 'RESOLVED',
      reason: '调解协议已履行完毕',
    });
  });

  it('is still IN_PROGRESS after the first instalment alone', () => {
    const assessment = assessPerformance(
      sealedAgreement(),
      [{ instalmentIndex: 0, amountFen: 600_000, paidOn: '2026-03-15' }],
      '2026-04-01',
    );
    expect(assessment.state).toBe('IN_PROGRESS');
    expect(assessment.instalments.map((i) => i.status)).toEqual(['PAID', 'NOT_YET_DUE']);
  });
});
