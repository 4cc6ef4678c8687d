import type { Connection } from 'mongoose';
import { documentWriteLock } from '@onewindow/persistence';
import type { HearingRoomCalendar } from '../application/arbitration-case.repository';
import type { RoomBooking } from '../domain';

/**
 * Each room's hearings of a day in one document (`${county}:${room}:${day}`), read and written by `_id`
 * under the document write lock: the clash check and the booking cannot interleave with another's.
 */
export class MongoHearingRoomCalendar implements HearingRoomCalendar {
  constructor(private readonly connection: Connection) {}

  private get days() {
    return this.connection.collection<{ _id: string; bookings: RoomBooking[] }>('hearing_room_days');
  }

  async book(
    countyCode: string,
    booking: RoomBooking,
    day: string,
    check: (others: readonly RoomBooking[]) => void,
  ): Promise<void> {
    const _id = `${countyCode}:${booking.roomId}:${day}`;
    await documentWriteLock.run(`${this.connection.name}.hearing_room_days:${_id}`, async () => {
      const others = ((await this.days.findOne({ _id }))?.bookings ?? []).filter(
        (other) => other.hearingId !== booking.hearingId,
      );
      check(others);
      await this.days.updateOne({ _id }, { $set: { bookings: [...others, booking] } }, { upsert: true });
    });
  }
}
