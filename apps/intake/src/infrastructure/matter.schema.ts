import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { SatisfactionRating } from '../domain';
import type { MatterStage, TimelineEntry } from '../domain/timeline';
import type { MatterRecord } from '../application/matter.repository';
import type { SealedValue } from './personal-data-cipher';

export interface SealedPersonalData {
  identityNumber: SealedValue;
  phone: SealedValue;
  birthDate?: SealedValue;
  witnessContacts?: SealedValue[];
  /** A report's reporter (name, domicile, occupation as JSON), sealed as one value. */
  reporter?: SealedValue;
}

export interface MatterDocument extends Omit<MatterRecord, 'id'>, OutboxFields {
  _id: string;
  /**
   * The whole values, sealed; `content` holds them de-identified. A matter stored before birth dates
   * and witnesses' contacts were sealed has them in `content` instead (storedContentAsShownNow).
   */
  personalData: SealedPersonalData;
  /** Blind index of the identity number: finds a worker's matters without storing the number. */
  identityNumberIndex: string;
  /** stageOf(timeline), kept for filtering lists; recomputed whenever the timeline changes. */
  stage: MatterStage;
  /** One entry per referral issued, from routing's events: the paths the matter took. */
  referralTargets: string[];
  /** The date on arbitration's acceptance notice, once accepted. */
  acceptedOn?: string;
  /** Set with acceptedOn: whether 当日受理 applied. Absent on matters accepted before it was recorded. */
  sameDayAcceptanceRequired?: boolean;
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

const SealedValueSchema = new Schema<SealedValue>(
  {
    keyId: { type: String, required: true },
    iv: { type: String, required: true },
    ciphertext: { type: String, required: true },
    tag: { type: String, required: true },
  },
  { _id: false },
);

const SatisfactionSchema = new Schema<SatisfactionRating>(
  {
    score: { type: Number, required: true },
    comment: { type: String, default: '' },
    ratedAt: { type: String, required: true },
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
    // Validated whole by the domain before it is saved; stored as the domain shape, de-identified.
    content: { type: Schema.Types.Mixed, required: true },
    personalData: {
      type: new Schema(
        {
          identityNumber: { type: SealedValueSchema, required: true },
          phone: { type: SealedValueSchema, required: true },
          birthDate: { type: SealedValueSchema },
          witnessContacts: { type: [SealedValueSchema], default: undefined },
          reporter: { type: SealedValueSchema },
        },
        { _id: false },
      ),
      required: true,
    },
    identityNumberIndex: { type: String, required: true, index: true },
    stage: { type: String, required: true },
    referralTargets: { type: [String], default: [] },
    acceptedOn: { type: String },
    sameDayAcceptanceRequired: { type: Boolean },
    timeline: { type: [TimelineEntrySchema], default: [] },
    satisfaction: { type: SatisfactionSchema },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'matters', versionKey: false, minimize: false },
);
MatterSchema.index({ countyCode: 1, number: -1 });
