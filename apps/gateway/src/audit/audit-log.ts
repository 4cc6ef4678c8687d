import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type QueryFilter, type Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditPage } from '@onewindow/gateway-api';
import { GATEWAY_STORE } from '../gateway-store';
import { encodePageToken, type AuditSearchCriteria } from './audit-search';

/** One thing someone did, as the caller of record() states it; id and time are the log's. */
export type AuditRecord = Omit<AuditEntry, 'id' | 'at' | 'detail'> & { detail?: string };

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
  },
  { collection: 'audit_log', versionKey: false },
);
AuditSchema.index({ at: -1, _id: -1 });
AuditSchema.index({ actor: 1, at: -1 });
AuditSchema.index({ target: 1, at: -1 });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The audit log (审计日志, collection audit_log): who did what, to what, when and from where.
 * Append-only by construction: this class inserts and finds, and nothing in the gateway updates or
 * deletes an entry; in production the gateway's database user is granted insert and find only.
 */
@Injectable()
export class AuditLog {
  private readonly entries: Model<AuditDocument>;

  constructor(@Inject(GATEWAY_STORE) store: Connection) {
    this.entries = store.model<AuditDocument>('AuditEntry', AuditSchema);
  }

  async record(entry: AuditRecord): Promise<void> {
    await this.entries.create({ ...entry, detail: entry.detail ?? '', _id: randomUUID(), at: new Date() });
  }

  /**
   * Newest first, within `counties`; entries tied to no county (sign-in attempts for unknown usernames)
   * are every auditor's concern and always included.
   */
  async search(criteria: AuditSearchCriteria, counties: readonly string[]): Promise<AuditPage> {
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
      entries: page.map(({ _id, at, ...fields }) => ({ id: _id, at: at.toISOString(), ...fields })),
      nextPageToken: docs.length > criteria.pageSize && last ? encodePageToken({ at: last.at, id: last._id }) : '',
    };
  }
}
