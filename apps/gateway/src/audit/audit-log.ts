import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Schema, type Connection, type QueryFilter, type Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditPage } from '@onewindow/gateway-api';
import { Clock } from '../auth/clock';
import { GATEWAY_STORE } from '../gateway-store';
import { encodePageToken, type AuditSearchCriteria } from './audit-search';
import { RefusalWindows, type RefusalWindow } from './refusal-windows';

/** One thing someone did, as the caller of record() states it; id and time are the log's. */
export type AuditRecord = Omit<AuditEntry, 'id' | 'at' | 'detail' | 'count'> & { detail?: string };

interface AuditDocument extends Omit<AuditEntry, 'id' | 'at'> {
  _id: string;
  at: Date;
}

const AuditSchema = new Schema<AuditDocument>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    roles: { type: [String], required: true },
    action: { type: String, required: true },
    target: { type: String, default: '' },
    countyCode: { type: String, default: '' },
    ip: { type: String, default: '' },
    userAgent: { type: String, default: '' },
    outcome: { type: String, required: true, enum: ['SUCCEEDED', 'REFUSED', 'FAILED'] },
    detail: { type: String, default: '' },
    count: { type: Number, default: 1 },
  },
  { collection: 'audit_log', versionKey: false },
);
AuditSchema.index({ at: -1, _id: -1 });
AuditSchema.index({ actor: 1, at: -1 });
AuditSchema.index({ target: 1, at: -1 });

/** Bounds the memory refusal counting takes, whoever floods the gateway with how many callers. */
const OPEN_REFUSAL_WINDOWS = 10_000;

/** The rest of a window's refusals, after the first already on the log: one entry with their count. */
const remainderOf = ({ first, more, lastAt }: RefusalWindow) => ({ ...first, at: lastAt, count: more });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The audit log (审计日志, collection audit_log): who did what, to what, when and from where.
 * Append-only by construction: this class inserts and finds, and nothing in the gateway updates or
 * deletes an entry; in production the gateway's database user is granted insert and find only.
 */
@Injectable()
export class AuditLog implements BeforeApplicationShutdown {
  private readonly entries: Model<AuditDocument>;
  private readonly refusals = new RefusalWindows(OPEN_REFUSAL_WINDOWS);
  private readonly logger = new Logger('audit');
  // Writes the count of a minute that ended with no refusal after it.
  private readonly sweeper = setInterval(() => void this.closeEndedWindows(), 10_000).unref();

  constructor(
    @Inject(GATEWAY_STORE) store: Connection,
    private readonly clock: Clock,
  ) {
    this.entries = store.model<AuditDocument>('AuditEntry', AuditSchema);
  }

  /** Appends an entry; a refusal is counted into its caller's, route's and minute's window instead (RefusalWindows). */
  async record(entry: AuditRecord): Promise<void> {
    const at = this.clock.now();
    if (entry.outcome !== 'REFUSED') return this.insert([{ ...entry, at, count: 1 }]);
    const { opens, closed } = this.refusals.add(entry, at);
    await this.insert([...(opens ? [{ ...entry, at, count: 1 }] : []), ...closed.map(remainderOf)]);
  }

  private async insert(entries: (AuditRecord & { at: Date; count: number })[]): Promise<void> {
    if (entries.length === 0) return;
    await this.entries.insertMany(
      entries.map((entry) => ({ ...entry, detail: entry.detail ?? '', _id: randomUUID() })),
    );
  }

  private async closeEndedWindows(): Promise<void> {
    await this.insert(this.refusals.closeBefore(this.clock.now()).map(remainderOf)).catch((error: unknown) =>
      this.logger.error(`refusal counts not written: ${String(error)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.insert(this.refusals.closeAll().map(remainderOf));
  }

  /**
   * Newest first, within `counties`; entries tied to no county (sign-in attempts for unknown usernames)
   * are every auditor's concern and always included.
   */
  async search(criteria: AuditSearchCriteria, counties: readonly string[]): Promise<AuditPage> {
    // The counts of minutes already over are on the log before anyone reads it.
    await this.closeEndedWindows();
    const filter: QueryFilter<AuditDocument> = { countyCode: { $in: [...counties, ''] } };
    if (criteria.actor) filter.actor = criteria.actor;
    if (criteria.target) filter.target = criteria.target;
    if (criteria.action) filter.action = { $regex: `^${escapeRegExp(criteria.action)}(\\.|$)` };
    if (criteria.from || criteria.before) {
      filter.at = {
        ...(criteria.from ? { $gte: criteria.from } : {}),
        ...(criteria.before ? { $lt: criteria.before } : {}),
      };
    }
    if (criteria.after) {
      const { at, id } = criteria.after;
      filter.$or = [{ at: { $lt: at } }, { at, _id: { $lt: id } }];
    }
    const docs = await this.entries
      .find(filter)
      .sort({ at: -1, _id: -1 })
      .limit(criteria.pageSize + 1)
      .lean<AuditDocument[]>()
      .exec();
    const page = docs.slice(0, criteria.pageSize);
    const last = page[page.length - 1];
    return {
      entries: page.map(({ _id, at, count, ...fields }) => ({
        id: _id,
        at: at.toISOString(),
        ...fields,
        count: count ?? 1,
      })),
      nextPageToken: docs.length > criteria.pageSize && last ? encodePageToken({ at: last.at, id: last._id }) : '',
    };
  }
}
