import { Schema, type Model } from 'mongoose';
import { type Deadline, type DeadlineState, movesForward, needsAttention } from '@onewindow/deadlines';
import {
  ConcurrencyConflictError,
  documentWriteLock,
  isDuplicateKeyError,
  retryOnConflict,
  updateWhere,
} from '@onewindow/persistence';
import type { DeadlineAlertStore } from '../application/deadline-alerts';

export interface CountyAlertsDocument {
  _id: string;
  version: number;
  alerts: Deadline[];
}

export interface SeenDeadlineDocument {
  _id: string;
  state: DeadlineState;
}

export const CountyAlertsSchema = new Schema<CountyAlertsDocument>(
  // Each alert is the deadline as its last event carried it.
  { _id: String, version: Number, alerts: { type: [Schema.Types.Mixed] as never, default: [] } },
  { collection: 'deadline_alerts', versionKey: false },
);
export const SeenDeadlineSchema = new Schema<SeenDeadlineDocument>(
  { _id: String, state: String },
  { collection: 'deadline_states', versionKey: false },
);

/**
 * One document per county with its open warnings and breaches (bounded by what is open, not by every
 * deadline ever registered), and the last state seen of each deadline, so a repeated or late event
 * cannot bring back an alert that ended. Both read and written by `_id` only.
 */
export class MongoDeadlineAlertStore implements DeadlineAlertStore {
  constructor(
    private readonly counties: Model<CountyAlertsDocument>,
    private readonly seen: Model<SeenDeadlineDocument>,
  ) {}

  async record(deadline: Deadline): Promise<void> {
    const seen = await this.seen.findById(deadline.deadlineId).lean().exec();
    if (!movesForward(seen?.state, deadline.state)) return;
    await retryOnConflict(() => this.replaceAlert(deadline));
    // After the county's list: a crash in between replays the event, and replacing is idempotent.
    await this.seen
      .updateOne({ _id: deadline.deadlineId }, { $set: { state: deadline.state } }, { upsert: true })
      .exec();
  }

  async openIn(countyCodes: readonly string[]): Promise<Deadline[]> {
    const found = await Promise.all(countyCodes.map((code) => this.counties.findById(code).lean().exec()));
    return found.flatMap((county) => county?.alerts ?? []);
  }

  private replaceAlert(deadline: Deadline): Promise<void> {
    const id = deadline.countyCode;
    return documentWriteLock.run(`${this.counties.db.name}.deadline_alerts:${id}`, async () => {
      const county = await this.counties.findById(id).lean().exec();
      const alerts = (county?.alerts ?? []).filter((alert) => alert.deadlineId !== deadline.deadlineId);
      if (needsAttention(deadline)) alerts.push(deadline);
      if (!county) {
        try {
          await this.counties.create({ _id: id, version: 1, alerts });
          return;
        } catch (error) {
          // Another replica created it first: read it again.
          if (isDuplicateKeyError(error)) throw new ConcurrencyConflictError('deadline alerts', id, 0);
          throw error;
        }
      }
      const written = await updateWhere(
        this.counties,
        id,
        { version: county.version },
        { $set: { alerts, version: county.version + 1 } },
        county as unknown as Record<string, unknown>,
      );
      if (!written) throw new ConcurrencyConflictError('deadline alerts', id, county.version);
    });
  }
}
