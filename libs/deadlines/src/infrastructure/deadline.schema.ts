import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { Deadline } from '../domain/deadline';

export interface DeadlineDocument extends Omit<Deadline, 'deadlineId'>, OutboxFields {
  _id: string;
  version: number;
}

/** A service's deadlines, one document each, read and written by `_id` only (the scan finds them through DueDayIndex). */
export const DeadlineSchema = new Schema<DeadlineDocument>(
  {
    _id: { type: String, required: true },
    countyCode: { type: String, required: true },
    // Empty for a case an office opened itself, with no matter behind it (matterNumber is then the case's).
    matterId: { type: String, default: '' },
    matterNumber: { type: String, required: true },
    service: { type: String, required: true },
    kind: { type: String, required: true },
    label: { type: String, required: true },
    legalBasis: { type: String, required: true },
    subjectId: { type: String, required: true },
    dueOn: { type: String, required: true },
    warnOn: { type: String, required: true },
    provisional: { type: Boolean, required: true },
    state: { type: String, required: true },
    registeredAt: { type: String, required: true },
    warnedAt: String,
    breachedAt: String,
    endedAt: String,
    endReason: String,
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'deadlines', versionKey: false },
);
