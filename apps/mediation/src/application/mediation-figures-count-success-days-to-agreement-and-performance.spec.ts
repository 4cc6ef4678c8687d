import { sealedAgreement } from '../domain/testing/mediation.fixture';
import { MediationStatisticsTally } from './mediation-statistics.use-case';
import { mediationCase } from './testing/mediation-case.fixture';

describe('the dashboard figures for mediation (seed 五(四))', () => {
  it('counts open and ended cases, agreements performed and not, the period breaches, and the mean days to agreement', () => {
    const agreement = sealedAgreement(); // in force 2026-03-10, five days after receipt on 03-05
    const tally = new MediationStatisticsTally();
    tally.add(mediationCase({ status: 'AWAITING_CONSENT' }));
    tally.add(mediationCase({ status: 'RESOLVED', agreement }));
    tally.add(
      mediationCase({
        status: 'FAILED',
        agreement: { ...agreement, effectiveOn: '2026-03-13' },
        outcome: { kind: 'FAILED', countyCode: '421303', failure: 'NON_PERFORMANCE', reason: '未履行', citation: '' },
      }),
    );
    tally.add(
      mediationCase({
        status: 'FAILED',
        outcome: {
          kind: 'FAILED',
          countyCode: '421303',
          failure: 'NO_AGREEMENT_IN_PERIOD',
          reason: '逾期',
          citation: '',
        },
      }),
    );
    tally.add(mediationCase({ status: 'DECLINED' }));
    expect(tally.result()).toEqual({
      open: 1,
      concluded: 4,
      resolved: 1,
      agreements: 2,
      agreementsPerformed: 1,
      agreementsNotPerformed: 1,
      periodBreaches: 1,
      // (5 + 8) / 2 = 6.5 days
      averageDaysToAgreementTenths: 65,
    });
  });

  it('has no mean before any agreement', () => {
    const tally = new MediationStatisticsTally();
    tally.add(mediationCase());
    expect(tally.result().averageDaysToAgreementTenths).toBe(0);
    expect(tally.result().agreements).toBe(0);
  });
});
