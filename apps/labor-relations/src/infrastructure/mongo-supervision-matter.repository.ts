import { Model } from 'mongoose';
import { common, EventTypes, laborRelations, Topics, toProtoEnum } from '@onewindow/contracts';
import { type OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { type OfficeAnswer, officeAnswerEvent } from '@onewindow/office';
import { CasesByMatter, ConcurrencyConflictError, nextSequence } from '@onewindow/persistence';
import type {
  NumberSequence,
  SupervisionEventRecord,
  SupervisionListing,
  SupervisionMatterRecord,
  SupervisionMatterRepository,
} from '../application/supervision-matter.repository';
import { inspectionCategoryOf, problemsOf } from '../domain';
import type { SupervisionMatterDocument } from './supervision-matter.schema';

export const SUPERVISION_EVENT_SOURCE = '/onewindow/labor-relations';

/** The office contract's answer an event makes (libs/office), if any. */
function officeAnswerOf(record: SupervisionMatterRecord, event: SupervisionEventRecord): OfficeAnswer | undefined {
  if (event.officeAnswer === 'TAKEN') return { kind: 'TAKEN', officeCaseNumber: record.number };
  if (event.officeAnswer !== 'CONCLUDED') return undefined;
  switch (record.conclusion) {
    case 'NOT_REPORTABLE':
      // Nothing for the office to supervise: closed, not resolved (the worker's dispute goes on elsewhere).
      return { kind: 'CONCLUDED', outcome: 'CLOSED', reason: record.conclusionReason };
    case 'REFERRED_TO_INSPECTION':
      return { kind: 'CONCLUDED', outcome: 'TRANSFERRED', reason: record.conclusionReason, transferTo: 'INSPECTION' };
    case 'COMPLIANT':
    case 'GUIDANCE':
      return { kind: 'CONCLUDED', outcome: 'RESOLVED', reason: record.conclusionReason };
    default:
      return undefined;
  }
}

const byPosition = (a: SupervisionMatterRecord, b: SupervisionMatterRecord) =>
  a.openedOn.localeCompare(b.openedOn) || a.supervisionId.localeCompare(b.supervisionId);

function toRecord({ _id, outbox: _outbox, ...rest }: SupervisionMatterDocument): SupervisionMatterRecord {
  return { supervisionId: _id, ...rest };
}

export class MongoSupervisionMatterRepository implements SupervisionMatterRepository {
  /** A query on the matters' `matterId` would read every matter on FerretDB: the ids are listed per matter. */
  private readonly mattersByMatter: CasesByMatter;

  constructor(
    private readonly model: Model<SupervisionMatterDocument>,
    private readonly relay: OutboxRelay,
  ) {
    this.mattersByMatter = new CasesByMatter(model.db, 'supervision_matters_by_matter');
  }

  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `${sequence}:${countyCode}:${year}`);
  }

  /** The matter's events and, by the office contract, its answers to routing; keyed by matter, else by itself. */
  private outboxOf(record: SupervisionMatterRecord, events: SupervisionEventRecord[]): OutboxEntry[] {
    const now = new Date();
    const entry = (encoded: { type: string; payload: Uint8Array }) =>
      outboxEntry(Topics.laborRelationsSupervision, {
        ...encoded,
        source: SUPERVISION_EVENT_SOURCE,
        subject: record.matterId || record.supervisionId,
        time: now,
      });
    const referral = { referralId: record.referralId, matterId: record.matterId, countyCode: record.countyCode };
    return events.flatMap((event) => {
      const answer = record.referralId ? officeAnswerOf(record, event) : undefined;
      return [
        entry({
          type: EventTypes.supervisionEvent,
          payload: laborRelations.SupervisionEvent.encode({
            supervisionId: record.supervisionId,
            matterId: record.matterId,
            countyCode: record.countyCode,
            kind: event.kind,
            summary: event.summary,
            deadlines: event.deadlines ?? [],
            documentNumber: event.documentNumber ?? '',
            occurredOn: now.toISOString(),
          }).finish(),
        }),
        ...(answer ? [entry(officeAnswerEvent(referral, answer, now))] : []),
        ...(event.inspectionRequested
          ? [
              entry({
                type: EventTypes.inspectionRequested,
                payload: laborRelations.InspectionRequested.encode({
                  supervisionId: record.supervisionId,
                  countyCode: record.countyCode,
                  supervisionNumber: record.number,
                  employer: record.employer,
                  breaches: problemsOf(record),
                  category: toProtoEnum(inspectionCategoryOf(record.kind), 'CLAIM_CATEGORY_', common.ClaimCategory),
                  requestedOn: record.concludedOn,
                }).finish(),
              }),
            ]
          : []),
      ];
    });
  }

  async saveAndAnnounce(
    record: SupervisionMatterRecord,
    events: SupervisionEventRecord[],
  ): Promise<'saved' | 'already-recorded'> {
    const { supervisionId, ...fields } = record;
    if (record.matterId) await this.mattersByMatter.add(record.matterId, supervisionId);
    const inserted = await this.relay.insertWithOutbox(
      this.model,
      { _id: supervisionId, ...fields },
      this.outboxOf(record, events),
    );
    return inserted === 'inserted' ? 'saved' : 'already-recorded';
  }

  async saveChanges(
    record: SupervisionMatterRecord,
    expectedVersion: number,
    events: SupervisionEventRecord[],
  ): Promise<void> {
    const { supervisionId, version: _version, ...fields } = record;
    const saved = await this.relay.saveWithOutbox(
      this.model,
      supervisionId,
      expectedVersion,
      fields,
      this.outboxOf(record, events),
    );
    if (!saved) throw new ConcurrencyConflictError('supervision matter', supervisionId, expectedVersion);
  }

  async findById(supervisionId: string): Promise<SupervisionMatterRecord | undefined> {
    const doc = await this.model.findById(supervisionId, { outbox: 0 }).lean<SupervisionMatterDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  /** The matter's supervision matters are listed under its id (read by `_id`); the latest opened. */
  findLatestByMatter(matterId: string): Promise<SupervisionMatterRecord | undefined> {
    return this.mattersByMatter.latest(matterId, (id) => this.findById(id), byPosition);
  }

  /**
   * One indexed read per county and status (equality on both, and on the kind when asked; the range on
   * the day opened), merged: concluded matters piling up never slow an open queue down.
   */
  async list({ countyCodes, statuses, kind, after, limit }: SupervisionListing): Promise<SupervisionMatterRecord[]> {
    const pages = await Promise.all(
      countyCodes.flatMap((countyCode) =>
        statuses.map((status) =>
          this.model
            .find(
              {
                countyCode,
                status,
                ...(kind ? { kind } : {}),
                ...(after
                  ? {
                      $or: [
                        { openedOn: { $gt: after.openedOn } },
                        { openedOn: after.openedOn, _id: { $gt: after.supervisionId } },
                      ],
                    }
                  : {}),
              },
              { outbox: 0 },
            )
            .sort({ openedOn: 1, _id: 1 })
            .limit(limit)
            .lean<SupervisionMatterDocument[]>()
            .exec(),
        ),
      ),
    );
    return pages.flat().map(toRecord).sort(byPosition).slice(0, limit);
  }
}
