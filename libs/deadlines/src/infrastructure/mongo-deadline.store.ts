import type { Model } from 'mongoose';
import type { IsoDate } from '@onewindow/calendar';
import { outboxEntry, type OutboxRelay } from '@onewindow/messaging';
import type { DeadlineScanPass, DeadlineStore, StoredDeadline } from '../application/deadline-store';
import type { Deadline, DeadlineEventType } from '../domain/deadline';
import { deadlineEvent } from './deadline-events';
import type { DeadlineDocument } from './deadline.schema';
import { DueDayIndex } from './due-day-index';

/**
 * A service's deadlines in its own database: a document per deadline with its events in the same
 * write (the outbox), and the days the scan must look at in `deadlines_due` (DueDayIndex).
 */
export class MongoDeadlineStore implements DeadlineStore {
  private readonly due: DueDayIndex;

  constructor(
    private readonly model: Model<DeadlineDocument>,
    private readonly relay: OutboxRelay,
    /** The service's deadlines topic, e.g. onewindow.arbitration.deadlines.v1. */
    private readonly topic: string,
    private readonly source: string,
  ) {
    this.due = new DueDayIndex(model.db, 'deadlines_due');
  }

  async find(deadlineId: string): Promise<StoredDeadline | undefined> {
    const found = await this.model
      .findById(deadlineId, { outbox: 0, outboxPending: 0 })
      .lean<DeadlineDocument>()
      .exec();
    if (!found) return undefined;
    const { _id, version, ...fields } = found;
    return { deadline: { deadlineId: _id, ...fields }, version };
  }

  async insert(
    deadline: Deadline,
    events: readonly DeadlineEventType[],
    watchDays: readonly IsoDate[],
  ): Promise<'inserted' | 'duplicate'> {
    for (const day of watchDays) await this.due.add(deadline.deadlineId, day);
    const { deadlineId, ...fields } = deadline;
    return this.relay.insertWithOutbox(
      this.model,
      { _id: deadlineId, ...fields, version: 1 },
      this.outboxOf(deadline, events),
    );
  }

  save(deadline: Deadline, expectedVersion: number, events: readonly DeadlineEventType[]): Promise<boolean> {
    const { deadlineId, ...fields } = deadline;
    return this.relay.saveWithOutbox(this.model, deadlineId, expectedVersion, fields, this.outboxOf(deadline, events));
  }

  async dueThrough(today: IsoDate): Promise<DeadlineScanPass> {
    const pass = await this.due.dueThrough(today);
    return { deadlineIds: pass.ids, lookedAt: () => this.due.lookedAt(pass) };
  }

  private outboxOf(deadline: Deadline, events: readonly DeadlineEventType[]) {
    return events.map((type) =>
      outboxEntry(this.topic, {
        ...deadlineEvent(deadline, type),
        source: this.source,
        subject: deadline.matterId || deadline.subjectId,
      }),
    );
  }
}
