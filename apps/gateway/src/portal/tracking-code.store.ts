import { Inject, Injectable } from '@nestjs/common';
import { Schema, type Connection, type Model } from 'mongoose';
import { GATEWAY_STORE } from '../gateway-store';
import type { IssuedTrackingCode } from './tracking-code';

interface TrackingCodeDocument {
  _id: string; // the matter number: one live code per matter
  countyCode: string;
  codeHash: string;
  issuedAt: Date;
  expiresAt: Date;
  attempts: number;
}

const trackingCodeSchema = new Schema<TrackingCodeDocument>(
  {
    _id: { type: String, required: true },
    countyCode: { type: String, required: true },
    codeHash: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    attempts: { type: Number, required: true },
  },
  { collection: 'tracking_codes', versionKey: false },
);

@Injectable()
export class TrackingCodeStore {
  private readonly model: Model<TrackingCodeDocument>;

  constructor(@Inject(GATEWAY_STORE) store: Connection) {
    this.model = store.model<TrackingCodeDocument>('TrackingCode', trackingCodeSchema);
  }

  async find(matterNumber: string): Promise<IssuedTrackingCode | undefined> {
    const doc = await this.model.findById(matterNumber).lean<TrackingCodeDocument>().exec();
    return doc ? { matterNumber: doc._id, ...doc } : undefined;
  }

  /** A new code replaces the old one and its count of tries. */
  async replace(code: IssuedTrackingCode, countyCode: string): Promise<void> {
    const { matterNumber, ...fields } = code;
    await this.model.replaceOne({ _id: matterNumber }, { ...fields, countyCode }, { upsert: true }).exec();
  }

  async countAttempt(matterNumber: string): Promise<void> {
    await this.model.updateOne({ _id: matterNumber }, { $inc: { attempts: 1 } }).exec();
  }

  /** A code opens one tracking session only. */
  async spend(matterNumber: string): Promise<void> {
    await this.model.deleteOne({ _id: matterNumber }).exec();
  }
}
