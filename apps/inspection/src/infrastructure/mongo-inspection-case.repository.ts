import { Model } from 'mongoose';
import { EventTypes, inspection, Topics } from '@onewindow/contracts';
import { type OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { officeAnswerEvent } from '@onewindow/office';
import { CasesByMatter, ConcurrencyConflictError, nextSequence } from '@onewindow/persistence';
import type { InspectionCaseListing, InspectionCaseRepository } from '../application/inspection-case.repository';
import type { InspectionCaseRecord, InspectionEvent, NumberSequence } from '../domain';
import type { InspectionCaseDocument } from './inspection-case.schema';

export const INSPECTION_EVENT_SOURCE = '/onewindow/inspection';

/** The order of the queues: by the day received, then the case id. */
const byPosition = (a: InspectionCaseRecord, b: InspectionCaseRecord) =>
  a.receivedOn.localeCompare(b.receivedOn) || a.caseId.localeCompare(b.caseId);

function toRecord({ _id, outbox: _outbox, ...rest }: InspectionCaseDocument): InspectionCaseRecord {
  return { caseId: _id, ...rest } as InspectionCaseRecord;
}

export class MongoInspectionCaseRepository implements InspectionCaseRepository {
  private readonly casesByMatter: CasesByMatter;

  constructor(
    private readonly model: Model<InspectionCaseDocument>,
    private readonly relay: OutboxRelay,
  ) {
    this.casesByMatter = new CasesByMatter(model.db, 'inspection_cases_by_matter');
  }

  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `inspection-${sequence}:${countyCode}:${year}`);
  }

  /** The case's events and, by the office contract, its answers to routing (keyed by the matter, or the case). */
  private outboxOf(record: InspectionCaseRecord, events: InspectionEvent[]): OutboxEntry[] {
    const now = new Date();
    const entry = (encoded: { type: string; payload: Uint8Array }) =>
      outboxEntry(Topics.inspectionCases, {
        ...encoded,
        source: INSPECTION_EVENT_SOURCE,
        subject: record.matterId || record.caseId,
        time: now,
      });
    const referral = { referralId: record.referralId, matterId: record.matterId, countyCode: record.countyCode };
    return events.flatMap((event) => [
      entry({
        type: EventTypes.inspectionCaseEvent,
        payload: inspection.InspectionCaseEvent.encode({
          caseId: record.caseId,
          matterId: record.matterId,
          countyCode: record.countyCode,
          kind: event.kind,
          summary: event.summary,
          deadlines: event.deadlines ?? [],
          documentNumber: event.documentNumber ?? '',
          occurredOn: now.toISOString(),
        }).finish(),
      }),
      ...(event.officeAnswer && record.referralId ? [entry(officeAnswerEvent(referral, event.officeAnswer, now))] : []),
    ]);
  }

  async saveAndAnnounce(
    record: InspectionCaseRecord,
    events: InspectionEvent[],
  ): Promise<'saved' | 'already-recorded'> {
    const { caseId, ...fields } = record;
    if (record.matterId) await this.casesByMatter.add(record.matterId, caseId);
    const inserted = await this.relay.insertWithOutbox(
      this.model,
      { _id: caseId, ...fields },
      this.outboxOf(record, events),
    );
    return inserted === 'inserted' ? 'saved' : 'already-recorded';
  }

  async saveChanges(record: InspectionCaseRecord, expectedVersion: number, events: InspectionEvent[]): Promise<void> {
    const { caseId, version: _version, ...fields } = record;
    const saved = await this.relay.saveWithOutbox(
      this.model,
      caseId,
      expectedVersion,
      fields,
      this.outboxOf(record, events),
    );
    if (!saved) throw new ConcurrencyConflictError('inspection case', caseId, expectedVersion);
  }

  async findById(caseId: string): Promise<InspectionCaseRecord | undefined> {
    const doc = await this.model.findById(caseId, { outbox: 0 }).lean<InspectionCaseDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  findLatestByMatter(matterId: string): Promise<InspectionCaseRecord | undefined> {
    return this.casesByMatter.latest(matterId, (caseId) => this.findById(caseId), byPosition);
  }

  /**
   * One indexed read per county and status (equality on both, the range on the day received), merged:
   * concluded cases piling up never slow an open queue down.
   */
  async list({ countyCodes, statuses, after, limit }: InspectionCaseListing): Promise<InspectionCaseRecord[]> {
    const pages = await Promise.all(
      countyCodes.flatMap((countyCode) =>
        statuses.map((status) =>
          this.model
            .find(
              {
                countyCode,
                status,
                ...(after
                  ? {
                      $or: [
                        { receivedOn: { $gt: after.receivedOn } },
                        { receivedOn: after.receivedOn, _id: { $gt: after.caseId } },
                      ],
                    }
                  : {}),
              },
              { outbox: 0 },
            )
            .sort({ receivedOn: 1, _id: 1 })
            .limit(limit)
            .lean<InspectionCaseDocument[]>()
            .exec(),
        ),
      ),
    );
    return pages.flat().map(toRecord).sort(byPosition).slice(0, limit);
  }
}
