import { Model } from 'mongoose';
import type { MediatorRoll, MediatorRollEntry } from '../application/mediation-case.repository';
import type { MediatorRollDocument } from './mediation-case.schema';

const rollId = (countyCode: string, staffUserId: string) => `${countyCode}:${staffUserId}`;

function toEntry({ _id: _ignored, ...entry }: MediatorRollDocument): MediatorRollEntry {
  return { ...entry, openCaseIds: entry.openCaseIds ?? [] };
}

/** The mediator roll, one document per county and mediator, read by county (a roll is tens of people). */
export class MongoMediatorRoll implements MediatorRoll {
  constructor(private readonly model: Model<MediatorRollDocument>) {}

  async list(countyCode: string): Promise<MediatorRollEntry[]> {
    const docs = await this.model.find({ countyCode }).sort({ staffUserId: 1 }).lean<MediatorRollDocument[]>().exec();
    return docs.map(toEntry);
  }

  async enrol(entry: Omit<MediatorRollEntry, 'openCaseIds'>): Promise<MediatorRollEntry> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: rollId(entry.countyCode, entry.staffUserId) },
        { $set: entry, $setOnInsert: { openCaseIds: [] } },
        { upsert: true, new: true },
      )
      .lean<MediatorRollDocument>()
      .exec();
    return toEntry(doc!);
  }

  async recordOpenCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void> {
    await this.model
      .updateMany(
        { _id: { $in: staffUserIds.map((id) => rollId(countyCode, id)) } },
        { $addToSet: { openCaseIds: caseId } },
      )
      .exec();
  }

  async recordClosedCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void> {
    await this.model
      .updateMany(
        { _id: { $in: staffUserIds.map((id) => rollId(countyCode, id)) } },
        { $pull: { openCaseIds: caseId } },
      )
      .exec();
  }
}
