import { Schema } from 'mongoose';
import { OutboxEntry, OutboxEntrySchema } from '@onewindow/messaging';
import type { TimelineEntry } from '../domain/timeline';
import type { MatterRecord } from '../application/matter.repository';

export interface MatterDocument extends Omit<MatterRecord, 'id'> {
  _id: string;
  outbox: OutboxEntry[];
}

const DeadlineSchema = new Schema(
  { label: String, dueOn: String, provisional: Boolean, citation: String },
  { _id: false },
);

const TimelineEntrySchema = new Schema<TimelineEntry>(
  {
    eventId: { type: String, required: true },
    eventType: { type: String, required: true },
    source: { type: String, required: true },
    occurredAt: { type: String, required: true },
    summary: { type: String, required: true },
    deadlines: { type: [DeadlineSchema], default: [] },
    stage: { type: String },
  },
  { _id: false },
);

export const MatterSchema = new Schema<MatterDocument>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true, unique: true },
    countyCode: { type: String, required: true, index: true },
    registeredAt: { type: String, required: true },
    requestKey: { type: String, required: true, unique: true },
    // Validated whole by the domain before it is saved; stored as the domain shape.
    content: { type: Schema.Types.Mixed, required: true },
    timeline: { type: [TimelineEntrySchema], default: [] },
    version: { type: Number, required: true },
    outbox: { type: [OutboxEntrySchema], default: [] },
  },
  { collection: 'matters', versionKey: false, minimize: false },
);
MatterSchema.index({ countyCode: 1, number: -1 });
