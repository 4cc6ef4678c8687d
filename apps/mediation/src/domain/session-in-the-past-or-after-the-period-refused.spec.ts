import {
  extendMediationPeriod,
  InvalidMediationInputError,
  MediationPreconditionError,
  mediationPeriod,
  scheduleSession,
} from './index';

const period = mediationPeriod({ countyCode: '421303', receivedOn: '2026-03-02' }); // due 2026-03-17
const now = new Date('2026-03-05T02:00:00Z'); // 10:00 in China
const onSite = { mode: 'ON_SITE' as const, place: '随州市一站式劳动保障维权中心调解室二' };

describe('scheduling a session (调解会议) within the period', () => {
  it('schedules a session on site and says both parties must be notified', () => {
    const session = scheduleSession(
      { countyCode: '421303', startsAt: '2026-03-09T09:30:00+08:00', venue: onSite },
      { now, period },
    );
    expect(session.notices.map((n) => [n.recipient, n.document])).toEqual([
      ['WORKER', '调解会议通知'],
      ['EMPLOYER', '调解会议通知'],
    ]);
    expect(session).toMatchObject({ countyCode: '421303', venue: onSite, attendance: {} });
  });

  it('refuses a session in the past', () => {
    expect(() =>
      scheduleSession({ countyCode: '421303', startsAt: '2026-03-05T09:59:00+08:00', venue: onSite }, { now, period }),
    ).toThrow(InvalidMediationInputError);
    expect(() =>
      scheduleSession({ countyCode: '421303', startsAt: '2026-03-05T09:59:00+08:00', venue: onSite }, { now, period }),
    ).toThrow(expect.objectContaining({ field: 'startsAt', description: expect.stringContaining('in the past') }));
  });

  it('allows the last day but refuses the day after without an extension', () => {
    expect(() =>
      scheduleSession({ countyCode: '421303', startsAt: '2026-03-17T16:00:00+08:00', venue: onSite }, { now, period }),
    ).not.toThrow();
    // 2026-03-17T16:30Z is already 2026-03-18 in China.
    expect(() =>
      scheduleSession({ countyCode: '421303', startsAt: '2026-03-17T16:30:00Z', venue: onSite }, { now, period }),
    ).toThrow(MediationPreconditionError);
  });

  it('allows a later day once both parties agreed to extend', () => {
    const extended = extendMediationPeriod(period, {
      newDueOn: '2026-03-24',
      consents: [
        { party: 'WORKER', agreedAt: '2026-03-04T09:00:00+08:00', recordedBy: 'staff-li' },
        { party: 'EMPLOYER', agreedAt: '2026-03-04T11:00:00+08:00', recordedBy: 'staff-li' },
      ],
      recordedAt: '2026-03-04T11:05:00+08:00',
    });
    expect(
      scheduleSession(
        { countyCode: '421303', startsAt: '2026-03-20T09:00:00+08:00', venue: onSite },
        { now, period: extended },
      ).startsAt,
    ).toBe('2026-03-20T09:00:00+08:00');
  });

  it('refuses a time without its offset, and an empty place', () => {
    expect(() =>
      scheduleSession({ countyCode: '421303', startsAt: '2026-03-09T09:30:00', venue: onSite }, { now, period }),
    ).toThrow(expect.objectContaining({ field: 'startsAt' }));
    expect(() =>
      scheduleSession(
        { countyCode: '421303', startsAt: '2026-03-09T09:30:00+08:00', venue: { mode: 'ON_SITE', place: ' ' } },
        { now, period },
      ),
    ).toThrow(expect.objectContaining({ field: 'venue.place' }));
  });
});
