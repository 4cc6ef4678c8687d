import type { Connection } from 'mongoose';
import { documentWriteLock } from '@onewindow/persistence';
import type { BookedHearing, HearingRoomCalendar } from '../application/arbitration-case.repository';
import type { RoomBooking } from '../domain';

/**
 * Each room's hearings of a day in one document (`${county}:${room}:${day}`), read and written by `_id`
 * under the document write lock: the clash check and the booking cannot interleave with another's.
 */
export class MongoHearingRoomCalendar implements HearingRoomCalendar {
  constructor(private readonly connection: Connection) {}

  private get days() {
    return this.connection.collection<{ _id: string; bookings: BookedHearing[] }>('hearing_room_days');
  }

  private lockOf(_id: string): string {
    return `${this.connection.name}.hearing_room_days:${_id}`;
  }

  async book(
    countyCode: string,
    booking: RoomBooking & { readonly caseId: string },
    day: string,
    check: (others: readonly RoomBooking[]) => void,
  ): Promise<void> {
    const _id = dayKey(countyCode, booking.roomId, day);
    await documentWriteLock.run(this.lockOf(_id), async () => {
      const others = ((await this.days.findOne({ _id }))?.bookings ?? []).filter(
        (other) => other.hearingId !== booking.hearingId,
      );
      check(others);
      await this.days.updateOne({ _id }, { $set: { bookings: [...others, booking] } }, { upsert: true });
    });
  }

  async release(countyCode: string, roomId: string, day: string, hearingId: string): Promise<void> {
    const _id = dayKey(countyCode, roomId, day);
    // Under the same lock as a booking: a booking of the freed time waits for the release, never sees it half done.
    await documentWriteLock.run(this.lockOf(_id), async () => {
      const bookings = (await this.days.findOne({ _id }))?.bookings ?? [];
      const left = bookings.filter((booking) => booking.hearingId !== hearingId);
      if (left.length !== bookings.length) await this.days.updateOne({ _id }, { $set: { bookings: left } });
    });
  }

  async bookingsOn(countyCode: string, roomId: string, days: readonly string[]): Promise<BookedHearing[]> {
    if (days.length === 0) return [];
    const found = await this.days.find({ _id: { $in: days.map((day) => dayKey(countyCode, roomId, day)) } }).toArray();
    return found.flatMap((document) => document.bookings ?? []);
  }
}

const dayKey = (countyCode: string, roomId: string, day: string) => `${countyCode}:${roomId}:${day}`;
