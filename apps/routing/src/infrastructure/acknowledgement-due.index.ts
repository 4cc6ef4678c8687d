import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import { addCalendarDays, type IsoDate } from '@onewindow/calendar';
import { documentWriteLock } from '@onewindow/persistence';

/** Days looked at in one pass at most: a routing service stopped for longer catches up over several passes. */
const MAX_DAYS_PER_PASS = 31;
const CURSOR_ID = 'looked-through';

interface DueBucket {
  _id: string;
  matterIds?: string[];
  /** On the cursor document: every day up to and including this one has been looked at. */
  day?: IsoDate;
}

/**
 * Which matters have a referral whose acknowledge-by date falls on a given day, kept as documents
 * keyed by day and a shard of the matter id (`2026-12-03/4`): the escalation pass reads the days
 * that have ended since it last looked, by `_id`, instead of querying every routing case. What it
 * reads grows with the referrals due on those days, never with the cases stored.
 *
 * Entries are never removed one by one: an acknowledged referral's entry is skipped when its case is
 * read, and a day's buckets are dropped once looked at. The cursor only moves back (`$min`) when a
 * case is saved with a referral already overdue, so that day is looked at again.
 */
export class AcknowledgementDueIndex {
  /** The cursor is known to be at or before this day: saves due after it need not touch the cursor. */
  private cursorAtOrBefore?: IsoDate;
  private readonly markedDays = new Set<IsoDate>();

  constructor(private readonly connection: Connection) {}

  private get buckets() {
    return this.connection.collection<DueBucket>('acknowledgement_due');
  }

  private write<T>(id: string, change: () => Promise<T>): Promise<T> {
    return documentWriteLock.run(`${this.connection.name}.acknowledgement_due:${id}`, change);
  }

  /** Called before the case is saved: a crash in between leaves an entry that is skipped, never a lost one. */
  async add(matterId: string, due: IsoDate): Promise<void> {
    const id = `${due}/${shardOf(matterId)}`;
    await this.write(id, () =>
      this.buckets.updateOne({ _id: id }, { $addToSet: { matterIds: matterId } }, { upsert: true }),
    );
    // A marker per day, so a pass skips the days nothing fell due on with one read each.
    if (!this.markedDays.has(due)) {
      await this.buckets.updateOne({ _id: due }, { $set: { day: due } }, { upsert: true });
      this.markedDays.add(due);
    }
    const dayBefore = addCalendarDays(due, -1);
    if (this.cursorAtOrBefore !== undefined && this.cursorAtOrBefore <= dayBefore) return;
    await this.write(CURSOR_ID, () =>
      this.buckets.updateOne({ _id: CURSOR_ID }, { $min: { day: dayBefore } }, { upsert: true }),
    );
    this.cursorAtOrBefore = dayBefore;
  }

  /** Matters with a referral due on a day that has ended (before `today`) and not yet looked at. */
  async dueBefore(today: IsoDate): Promise<DuePass> {
    const cursor = await this.buckets.findOne({ _id: CURSOR_ID });
    if (!cursor?.day) return { matterIds: [], markedDays: [] };
    const matterIds = new Set<string>();
    const markedDays: IsoDate[] = [];
    let day = cursor.day;
    for (let n = 0; n < MAX_DAYS_PER_PASS && addCalendarDays(day, 1) < today; n++) {
      day = addCalendarDays(day, 1);
      if (!(await this.buckets.findOne({ _id: day }, { projection: { _id: 1 } }))) continue;
      markedDays.push(day);
      const shards = await Promise.all(
        SHARDS.map((shard) => this.buckets.findOne({ _id: `${day}/${shard}` }, { projection: { matterIds: 1 } })),
      );
      shards.forEach((bucket) => bucket?.matterIds?.forEach((id) => matterIds.add(id)));
    }
    return day === cursor.day
      ? { matterIds: [], markedDays }
      : { matterIds: [...matterIds], markedDays, from: cursor.day, through: day };
  }

  /** After the pass has dealt with every matter `dueBefore` gave. */
  async lookedAt({ from, through, markedDays }: DuePass): Promise<void> {
    if (!from || !through) return;
    await this.write(CURSOR_ID, async () => {
      // A save moved the cursor back during the pass: leave it there, the next pass looks again.
      const cursor = await this.buckets.findOne({ _id: CURSOR_ID });
      if (cursor?.day === from) await this.buckets.updateOne({ _id: CURSOR_ID }, { $set: { day: through } });
    });
    this.cursorAtOrBefore = undefined;
    for (const ended of markedDays) {
      await Promise.all(SHARDS.map((shard) => this.buckets.deleteOne({ _id: `${ended}/${shard}` })));
      await this.buckets.deleteOne({ _id: ended });
      this.markedDays.delete(ended);
    }
  }
}

export interface DuePass {
  matterIds: string[];
  /** The days that had entries. */
  markedDays: IsoDate[];
  /** The cursor when the pass began, and the last day it looked at; absent when no day had ended. */
  from?: IsoDate;
  through?: IsoDate;
}

/** 16 buckets a day, so each stays small (a few hundred ids on a very busy day). */
const SHARDS = Array.from({ length: 16 }, (_, i) => i.toString(16));
const shardOf = (matterId: string) => createHash('md5').update(matterId).digest('hex').slice(0, 1);
