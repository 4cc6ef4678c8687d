import { createHash } from 'node:crypto';
import type { Connection } from 'mongoose';
import { addCalendarDays, compareIsoDates, type IsoDate } from '@onewindow/calendar';
import { documentWriteLock } from '@onewindow/persistence';

/** Days looked at in one pass at most: a service stopped for longer catches up over several passes. */
const MAX_DAYS_PER_PASS = 31;
const CURSOR_ID = 'looked-through';

interface DueBucket {
  _id: string;
  ids?: string[];
  /** On the cursor document: every day up to and including this one has been looked at. */
  day?: IsoDate;
}

/**
 * Which records need looking at on a given day, kept as documents keyed by day and a shard of the
 * record's id (`2026-12-03/4`): a periodic pass reads the days that have come since it last looked,
 * by `_id`, instead of querying every record — FerretDB answers nothing else from an index (see “The
 * store” in docs/architecture.md). What a pass reads grows with the records due on those days, never
 * with the records stored.
 *
 * Entries are never removed one by one: a record that no longer needs the look is skipped when it is
 * read, and a day's buckets are dropped once looked at. The cursor only moves back (`$min`) when a
 * record is filed under a day already looked at, so that day is looked at again.
 */
export class DueDayIndex {
  /** The cursor is known to be at or before this day: entries due after it need not touch the cursor. */
  private cursorAtOrBefore?: IsoDate;
  private readonly markedDays = new Set<IsoDate>();

  /** `collection`: one per kind of record filed, e.g. `acknowledgement_due`, `deadlines_due`. */
  constructor(
    private readonly connection: Connection,
    private readonly collection: string,
  ) {}

  private get buckets() {
    return this.connection.collection<DueBucket>(this.collection);
  }

  private write<T>(id: string, change: () => Promise<T>): Promise<T> {
    return documentWriteLock.run(`${this.connection.name}.${this.collection}:${id}`, change);
  }

  /** Called before the record is saved: a crash in between leaves an entry that is skipped, never a lost one. */
  async add(id: string, due: IsoDate): Promise<void> {
    const bucketId = `${due}/${shardOf(id)}`;
    await this.write(bucketId, () =>
      this.buckets.updateOne({ _id: bucketId }, { $addToSet: { ids: id } }, { upsert: true }),
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

  /** Records filed under a day up to and including `lastDay` and not yet looked at. */
  async dueThrough(lastDay: IsoDate): Promise<DuePass> {
    const cursor = await this.buckets.findOne({ _id: CURSOR_ID });
    if (!cursor?.day) return { ids: [], markedDays: [] };
    const ids = new Set<string>();
    const markedDays: IsoDate[] = [];
    let day = cursor.day;
    for (let n = 0; n < MAX_DAYS_PER_PASS && compareIsoDates(addCalendarDays(day, 1), lastDay) <= 0; n++) {
      day = addCalendarDays(day, 1);
      if (!(await this.buckets.findOne({ _id: day }, { projection: { _id: 1 } }))) continue;
      markedDays.push(day);
      const shards = await Promise.all(
        SHARDS.map((shard) => this.buckets.findOne({ _id: `${day}/${shard}` }, { projection: { ids: 1 } })),
      );
      shards.forEach((bucket) => bucket?.ids?.forEach((id) => ids.add(id)));
    }
    return day === cursor.day ? { ids: [], markedDays } : { ids: [...ids], markedDays, from: cursor.day, through: day };
  }

  /** After the pass has dealt with every record `dueThrough` gave. */
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
  ids: string[];
  /** The days that had entries. */
  markedDays: IsoDate[];
  /** The cursor when the pass began, and the last day it looked at; absent when no day had come. */
  from?: IsoDate;
  through?: IsoDate;
}

/** 16 buckets a day, so each stays small (a few hundred ids on a very busy day). */
const SHARDS = Array.from({ length: 16 }, (_, i) => i.toString(16));
const shardOf = (id: string) => createHash('md5').update(id).digest('hex').slice(0, 1);
