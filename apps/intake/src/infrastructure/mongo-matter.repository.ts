import { Injectable } from '@nestjs/common';
import { Model } from 'mongoose';
import { documentKey, documentWriteLock, isDuplicateKeyError, nextSequence } from '@onewindow/persistence';
import { intake, matterContentToProto, Topics, EventTypes } from '@onewindow/contracts';
import { OutboxRelay, outboxEntry } from '@onewindow/messaging';
import type { TimelineEntry } from '../domain/timeline';
import type {
  MatterPage,
  MatterRecord,
  MatterRegisteredEvent,
  MatterRepository,
} from '../application/matter.repository';
import { MATTER_EVENT_SOURCE } from '../application/register-matter.use-case';
import type { MatterDocument } from './matter.schema';

function toRecord({ _id, outbox: _outbox, ...fields }: MatterDocument): MatterRecord {
  return { id: _id, ...fields };
}

@Injectable()
export class MongoMatterRepository implements MatterRepository {
  constructor(
    private readonly model: Model<MatterDocument>,
    private readonly relay: OutboxRelay,
  ) {}

  nextSequence(countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `matter-number:${countyCode}:${year}`);
  }

  async insert(record: MatterRecord, event: MatterRegisteredEvent): Promise<'inserted' | 'duplicate-request'> {
    const registered = outboxEntry(Topics.intakeMatters, {
      // The timeline's first entry and the published event share one id.
      id: record.timeline[0]!.eventId,
      type: EventTypes.matterRegistered,
      source: MATTER_EVENT_SOURCE,
      subject: event.matterId,
      time: new Date(event.registeredAt),
      payload: intake.MatterRegistered.encode({
        matterId: event.matterId,
        matterNumber: event.matterNumber,
        registeredAt: event.registeredAt,
        content: matterContentToProto(event.content),
      }).finish(),
    });
    try {
      const { id, ...fields } = record;
      await this.model.create({ _id: id, ...fields, outbox: [registered] });
    } catch (error) {
      if (isDuplicateKeyError(error, 'requestKey')) {
        return 'duplicate-request';
      }
      throw error;
    }
    void this.relay.nudge();
    return 'inserted';
  }

  private async findOne(filter: Partial<Pick<MatterDocument, '_id' | 'number' | 'requestKey'>>) {
    const doc = await this.model.findOne(filter, { outbox: 0 }).lean<MatterDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  findById(id: string) {
    return this.findOne({ _id: id });
  }

  findByNumber(number: string) {
    return this.findOne({ number });
  }

  findByRequestKey(requestKey: string) {
    return this.findOne({ requestKey });
  }

  async listByCounty(countyCode: string, pageSize: number, afterNumber?: string): Promise<MatterPage> {
    const filter = afterNumber ? { countyCode, number: { $lt: afterNumber } } : { countyCode };
    const docs = await this.model
      .find(filter, { outbox: 0 })
      .sort({ number: -1 })
      .limit(pageSize + 1)
      .lean<MatterDocument[]>()
      .exec();
    const page = docs.slice(0, pageSize).map(toRecord);
    return { matters: page, nextAfter: docs.length > pageSize ? page[page.length - 1]!.number : undefined };
  }

  async appendTimeline(matterId: string, entry: TimelineEntry) {
    const result = await documentWriteLock.run(documentKey(this.model, matterId), () =>
      this.model
        .updateOne(
          { _id: matterId, 'timeline.eventId': { $ne: entry.eventId } },
          { $push: { timeline: entry }, $inc: { version: 1 } },
        )
        .exec(),
    );
    if (result.modifiedCount === 1) return 'appended';
    const exists = await this.model.exists({ _id: matterId }).exec();
    return exists ? 'already-recorded' : 'matter-not-found';
  }
}
