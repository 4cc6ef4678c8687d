import type { Model, UpdateQuery } from 'mongoose';
import { documentWriteLock } from '@onewindow/persistence';
import type { MediatorRoll, MediatorRollEntry } from '../application/mediation-case.repository';
import type { MediatorRollDocument } from './mediation-case.schema';

const rollId = (countyCode: string, staffUserId: string) => `${countyCode}:${staffUserId}`;

function toEntry({ _id: _ignored, ...entry }: MediatorRollDocument): MediatorRollEntry {
  return { ...entry, openCaseIds: entry.openCaseIds ?? [] };
}

/**
 * The mediator roll, one document per county and mediator: listed by county (a roll is tens of people),
 * changed by `_id`.
 */
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

  recordOpenCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void> {
    return this.update(countyCode, staffUserIds, { $addToSet: { openCaseIds: caseId } });
  }

  recordClosedCase(caseId: string, countyCode: string, staffUserIds: readonly string[]): Promise<void> {
    return this.update(countyCode, staffUserIds, { $pull: { openCaseIds: caseId } });
  }

  /** One update by `_id` per mediator, under the document write lock (FerretDB does not isolate updates). */
  private async update(countyCode: string, staffUserIds: readonly string[], change: UpdateQuery<MediatorRollDocument>) {
    for (const staffUserId of staffUserIds) {
      const _id = rollId(countyCode, staffUserId);
      await documentWriteLock.run(`${this.model.db.name}.mediator_roll:${_id}`, () =>
        this.model.updateOne({ _id }, change).exec(),
      );
    }
  }
}
