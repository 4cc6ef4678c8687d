import { assertRoomFree, RoomBooking, scheduleHearing } from './hearing';
import { ProceedingsPreconditionError } from './proceedings.errors';
import { COUNTY, thrownBy } from './testing/proceedings.fixture';

const booked: RoomBooking[] = [
  {
    hearingId: 'hearing-A',
    roomId: 'room-1',
    startsAt: '2026-03-23T09:00:00+08:00',
    endsAt: '2026-03-23T11:00:00+08:00',
  },
  {
    hearingId: 'hearing-B',
    roomId: 'room-1',
    startsAt: '2026-03-23T14:00:00+08:00',
    endsAt: '2026-03-23T16:00:00+08:00',
    status: 'POSTPONED',
  },
  {
    hearingId: 'hearing-C',
    roomId: 'room-2',
    startsAt: '2026-03-23T09:00:00+08:00',
    endsAt: '2026-03-23T12:00:00+08:00',
  },
];
const candidate = (startsAt: string, endsAt: string, roomId = 'room-1', hearingId = 'hearing-new') => ({
  hearingId,
  roomId,
  startsAt,
  endsAt,
});

describe('a hearing room holds one hearing at a time', () => {
  it('refuses an overlap, naming the other hearing and startsAt', () => {
    const error = thrownBy(() =>
      assertRoomFree(candidate('2026-03-23T10:30:00+08:00', '2026-03-23T12:00:00+08:00'), booked),
    );
    expect(error).toBeInstanceOf(ProceedingsPreconditionError);
    expect(error).toMatchObject({ field: 'startsAt' });
    expect(error.description).toContain('room room-1 is booked for hearing hearing-A');
  });

  it('refuses a hearing inside another and one around it, across offsets', () => {
    expect(() => assertRoomFree(candidate('2026-03-23T09:30:00+08:00', '2026-03-23T10:00:00+08:00'), booked)).toThrow(
      'hearing-A',
    );
    expect(() => assertRoomFree(candidate('2026-03-23T00:00:00Z', '2026-03-23T04:00:00Z'), booked)).toThrow(
      'hearing-A',
    );
  });

  it('allows back to back, another room, a postponed booking’s slot and the hearing’s own booking', () => {
    expect(() =>
      assertRoomFree(candidate('2026-03-23T11:00:00+08:00', '2026-03-23T12:00:00+08:00'), booked),
    ).not.toThrow();
    expect(() =>
      assertRoomFree(candidate('2026-03-23T08:00:00+08:00', '2026-03-23T09:00:00+08:00'), booked),
    ).not.toThrow();
    expect(() =>
      assertRoomFree(candidate('2026-03-23T14:00:00+08:00', '2026-03-23T15:00:00+08:00'), booked),
    ).not.toThrow();
    expect(() =>
      assertRoomFree(candidate('2026-03-23T12:00:00+08:00', '2026-03-23T13:00:00+08:00', 'room-2'), booked),
    ).not.toThrow();
    expect(() =>
      assertRoomFree(
        candidate('2026-03-23T10:00:00+08:00', '2026-03-23T12:00:00+08:00', 'room-1', 'hearing-A'),
        booked,
      ),
    ).not.toThrow();
  });

  it('checks the room when a hearing is scheduled on site, not online', () => {
    const input = {
      countyCode: COUNTY,
      hearingId: 'hearing-new',
      startsAt: '2026-03-23T10:00:00+08:00',
      endsAt: '2026-03-23T11:30:00+08:00',
      noticeServedOn: '2026-03-16',
    };
    const context = { countyCode: COUNTY, now: new Date('2026-03-16T01:00:00Z'), roomBookings: booked };
    expect(
      thrownBy(() =>
        scheduleHearing({ ...input, venue: { mode: 'ON_SITE', roomId: 'room-1', place: '第一仲裁庭' } }, context),
      ),
    ).toMatchObject({ field: 'startsAt' });
    expect(
      scheduleHearing({ ...input, venue: { mode: 'ONLINE', meetingLink: 'https://meeting.example.cn/r/1' } }, context)
        .status,
    ).toBe('SCHEDULED');
  });
});
