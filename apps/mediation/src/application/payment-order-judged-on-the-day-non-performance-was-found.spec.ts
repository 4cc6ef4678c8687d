import { sealedAgreement } from '../domain/testing/mediation.fixture';
import { performanceOf } from './performance.use-case';
import { mediationCase } from './testing/mediation-case.fixture';

describe('performance of the agreement as the case sees it (劳动争议调解仲裁法 Arts. 15–16)', () => {
  const agreement = sealedAgreement(); // 6,000 yuan due 2026-03-20 and 2026-04-20

  it('is judged as of today while the agreement is in force', () => {
    const record = mediationCase({ status: 'AGREEMENT_IN_FORCE', agreement });
    expect(performanceOf(record, '2026-03-15')?.state).toBe('IN_PROGRESS');
    expect(performanceOf(record, '2026-03-21')?.state).toBe('NON_PERFORMANCE');
  });

  it('stays as found on the day a missed instalment failed the mediation, whatever day it is read', () => {
    const record = mediationCase({
      status: 'FAILED',
      agreement,
      concludedOn: '2026-03-21',
      outcome: { kind: 'FAILED', countyCode: '421303', failure: 'NON_PERFORMANCE', reason: '未履行', citation: '' },
    });
    // Read on a day before the clock's review (a review run ahead for a test, or a clock set back):
    expect(performanceOf(record, '2026-03-15')?.state).toBe('NON_PERFORMANCE');
    expect(performanceOf(record, '2026-03-15')?.breachedInstalments).toEqual([0]);
  });

  it('has none without a sealed agreement', () => {
    expect(performanceOf(mediationCase(), '2026-03-15')).toBeUndefined();
  });
});
