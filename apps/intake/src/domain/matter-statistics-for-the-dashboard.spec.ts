import { MatterFacts, MatterStatisticsTally, registrationInstants } from './matter-statistics';

const matter = (facts: Partial<MatterFacts>): MatterFacts => ({
  registeredAt: '2026-03-15T02:00:00.000Z',
  claimCategories: ['WAGES'],
  referralTargets: [],
  ...facts,
});

function tally(...matters: MatterFacts[]) {
  const statistics = new MatterStatisticsTally();
  matters.forEach((m) => statistics.add(m));
  return statistics.result();
}

describe('statistics for the supervisor dashboard', () => {
  it('counts a matter once per category it claims, however many claims it has in it', () => {
    const result = tally(
      matter({ claimCategories: ['WAGES', 'WAGES', 'SEVERANCE'] }),
      matter({ claimCategories: ['WAGES'] }),
    );
    expect(result.mattersTotal).toBe(2);
    expect(result.byCategory).toEqual([
      { key: 'WAGES', count: 2 },
      { key: 'SEVERANCE', count: 1 },
    ]);
  });

  it('counts every referral issued on its path, a re-routed matter on each', () => {
    const result = tally(
      matter({ referralTargets: ['MEDIATION', 'ARBITRATION'] }),
      matter({ referralTargets: ['ARBITRATION', 'LEGAL_AID'] }),
    );
    expect(result.byPath).toEqual([
      { key: 'ARBITRATION', count: 2 },
      { key: 'LEGAL_AID', count: 1 },
      { key: 'MEDIATION', count: 1 },
    ]);
  });

  it('judges same-day acceptance on the China date of registration, not the UTC one', () => {
    // 2026-03-15T17:30Z is already 2026-03-16 in China.
    const result = tally(
      matter({ registeredAt: '2026-03-15T17:30:00.000Z', acceptedOn: '2026-03-16', sameDayAcceptanceRequired: true }),
      matter({ registeredAt: '2026-03-15T02:00:00.000Z', acceptedOn: '2026-03-16', sameDayAcceptanceRequired: true }),
      matter({}),
    );
    expect(result.sameDayAcceptance).toEqual({ accepted: 2, sameDay: 1 });
  });

  it('measures same-day acceptance only on the applications 当日受理 applies to', () => {
    const result = tally(
      matter({ acceptedOn: '2026-03-15', sameDayAcceptanceRequired: true }),
      // An ordinary dispute accepted within the statutory period, even on the day, is no measure of it.
      matter({ acceptedOn: '2026-03-15', sameDayAcceptanceRequired: false }),
      matter({ acceptedOn: '2026-03-15' }),
      matter({ acceptedOn: '2026-03-17', sameDayAcceptanceRequired: false }),
    );
    expect(result.sameDayAcceptance).toEqual({ accepted: 1, sameDay: 1 });
  });

  it('bounds registration dates by the start of China days, the end date included', () => {
    expect(registrationInstants('2026-03-01', '2026-03-31')).toEqual({
      from: '2026-02-28T16:00:00.000Z',
      before: '2026-03-31T16:00:00.000Z',
    });
    expect(registrationInstants()).toEqual({});
  });
});
