import { earliestHearingDay, HearingInput, scheduleHearing } from './hearing';
import { InvalidProceedingsInputError } from './proceedings.errors';
import { COUNTY, thrownBy } from './testing/proceedings.fixture';

const now = new Date('2026-03-16T01:00:00Z'); // Monday morning in China
const input = (overrides: Partial<HearingInput> = {}): HearingInput => ({
  countyCode: COUNTY,
  hearingId: 'hearing-1',
  startsAt: '2026-03-23T09:00:00+08:00',
  endsAt: '2026-03-23T11:00:00+08:00',
  venue: { mode: 'ON_SITE', roomId: 'room-1', place: '曾都区劳动人事争议仲裁院第一仲裁庭' },
  noticeServedOn: '2026-03-16',
  ...overrides,
});
const context = { countyCode: COUNTY, now };

describe('hearing notice at least five days ahead (开庭五日前, Art. 35; working days, 办案规则 Art. 80)', () => {
  it('allows the hearing on the fifth working day after the notice, with a notice to each party', () => {
    // Served Monday 03-16: 17, 18, 19, 20, 23 → the hearing may be held from Monday 03-23.
    const hearing = scheduleHearing(input(), context);
    expect(hearing).toMatchObject({ status: 'SCHEDULED', earliestHearingDay: '2026-03-23', countyCode: COUNTY });
    expect(hearing.notices.map((n) => [n.recipient, n.document, n.servedOn])).toEqual([
      ['WORKER', '开庭通知书', '2026-03-16'],
      ['EMPLOYER', '开庭通知书', '2026-03-16'],
    ]);
  });

  it('refuses a hearing one working day short, naming noticeServedOn and the first allowed day', () => {
    const error = thrownBy(() =>
      scheduleHearing(input({ startsAt: '2026-03-20T14:00:00+08:00', endsAt: '2026-03-20T16:00:00+08:00' }), context),
    );
    expect(error).toBeInstanceOf(InvalidProceedingsInputError);
    expect(error).toMatchObject({ field: 'noticeServedOn' });
    expect(error.description).toContain('hold it on 2026-03-23 or later');
  });

  it('counts working days: over 清明 (04-04 to 04-06) a notice of Thursday 04-02 allows Friday 04-10, not 04-09', () => {
    expect(earliestHearingDay('2026-04-02')).toBe('2026-04-10');
    const at = (day: string) =>
      input({ noticeServedOn: '2026-04-02', startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T10:00:00+08:00` });
    expect(thrownBy(() => scheduleHearing(at('2026-04-09'), context))).toMatchObject({ field: 'noticeServedOn' });
    expect(scheduleHearing(at('2026-04-10'), context).earliestHearingDay).toBe('2026-04-10');
  });

  it('refuses a hearing in the past and one that ends before it starts', () => {
    expect(
      thrownBy(() =>
        scheduleHearing(input({ startsAt: '2026-03-16T08:00:00+08:00', endsAt: '2026-03-16T10:00:00+08:00' }), context),
      ),
    ).toMatchObject({ field: 'startsAt' });
    expect(thrownBy(() => scheduleHearing(input({ endsAt: '2026-03-23T08:00:00+08:00' }), context))).toMatchObject({
      field: 'endsAt',
    });
  });

  it('records an online hearing’s https link and refuses one with credentials', () => {
    const online = scheduleHearing(
      input({ venue: { mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/r/abc123' } }),
      context,
    );
    expect(online.venue).toEqual({ mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/r/abc123' });
    for (const meetingLink of ['http://meeting.example.cn/r/abc', 'https://clerk:secret@meeting.example.cn/r/abc']) {
      expect(thrownBy(() => scheduleHearing(input({ venue: { mode: 'ONLINE', meetingLink } }), context))).toMatchObject(
        {
          field: 'venue.meetingLink',
        },
      );
    }
  });

  it('flags a collective dispute’s hearing as priority (办案规则 Art. 5)', () => {
    expect(scheduleHearing(input(), { ...context, priority: true }).priority).toBe(true);
    expect(scheduleHearing(input(), context).priority).toBe(false);
  });
});
