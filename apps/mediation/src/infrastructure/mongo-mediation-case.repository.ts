import { Model } from 'mongoose';
import { EventTypes, mediation, Topics } from '@onewindow/contracts';
import { type OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { type OfficeAnswer, officeAnswerEvent, sideReferralRequestEvent } from '@onewindow/office';
import { CasesByMatter, ConcurrencyConflictError, nextSequence } from '@onewindow/persistence';
import type {
  MediationCaseListing,
  MediationCaseRecord,
  MediationCaseRepository,
  MediationEvent,
  NumberSequence,
} from '../application/mediation-case.repository';
import { officeAnswerFor } from '../domain';
import type { MediationCaseDocument } from './mediation-case.schema';

export const MEDIATION_EVENT_SOURCE = '/onewindow/mediation';

/** The office contract's answer an event makes (libs/office), if any. */
function officeAnswerOf(record: MediationCaseRecord, event: MediationEvent): OfficeAnswer | undefined {
  switch (event.officeAnswer) {
    case 'TAKEN':
      return { kind: 'TAKEN', officeCaseNumber: record.recommendationNumber || record.caseId };
    case 'DECLINED':
      return { kind: 'DECLINED', reason: record.outcome?.reason ?? '当事人不同意调解' };
    case 'CONCLUDED':
      return record.outcome ? officeAnswerFor(record.outcome, true) : undefined;
    default:
      return undefined;
  }
}

/** The order of the queues: by the day received, then the case id. */
const byPosition = (a: MediationCaseRecord, b: MediationCaseRecord) =>
  a.receivedOn.localeCompare(b.receivedOn) || a.caseId.localeCompare(b.caseId);

function toRecord({ _id, outbox: _outbox, ...rest }: MediationCaseDocument): MediationCaseRecord {
  return { caseId: _id, ...rest };
}

export class MongoMediationCaseRepository implements MediationCaseRepository {
  private readonly casesByMatter: CasesByMatter;

  constructor(
    private readonly model: Model<MediationCaseDocument>,
    private readonly relay: OutboxRelay,
  ) {
    this.casesByMatter = new CasesByMatter(model.db, 'mediation_cases_by_matter');
  }

  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `${sequence}:${countyCode}:${year}`);
  }

  /** The case's events and, by the office contract, its answers and side-referral requests to routing. */
  private outboxOf(record: MediationCaseRecord, events: MediationEvent[]): OutboxEntry[] {
    const now = new Date();
    const entry = (encoded: { type: string; payload: Uint8Array }) =>
      outboxEntry(Topics.mediationCases, {
        ...encoded,
        source: MEDIATION_EVENT_SOURCE,
        subject: record.matterId,
        time: now,
      });
    const referral = { referralId: record.referralId, matterId: record.matterId, countyCode: record.countyCode };
    return events.flatMap((event) => {
      const answer = officeAnswerOf(record, event);
      const court = event.courtApplication;
      return [
        entry({
          type: EventTypes.mediationCaseEvent,
          payload: mediation.MediationCaseEvent.encode({
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
        ...(answer ? [entry(officeAnswerEvent(referral, answer, now))] : []),
        ...(court
          ? [
              entry(
                sideReferralRequestEvent(
                  referral,
                  {
                    target: 'COURT',
                    reason: court.reason,
                    attachmentTitle: '调解协议书',
                    attachmentNumber: record.agreementNumber,
                    requestId: court.requestId,
                  },
                  now,
                ),
              ),
            ]
          : []),
      ];
    });
  }

  async saveAndAnnounce(record: MediationCaseRecord, events: MediationEvent[]): Promise<'saved' | 'already-recorded'> {
    const { caseId, ...fields } = record;
    await this.casesByMatter.add(record.matterId, caseId);
    const inserted = await this.relay.insertWithOutbox(
      this.model,
      { _id: caseId, ...fields },
      this.outboxOf(record, events),
    );
    return inserted === 'inserted' ? 'saved' : 'already-recorded';
  }

  async saveChanges(record: MediationCaseRecord, expectedVersion: number, events: MediationEvent[]): Promise<void> {
    const { caseId, version: _version, ...fields } = record;
    const saved = await this.relay.saveWithOutbox(
      this.model,
      caseId,
      expectedVersion,
      fields,
      this.outboxOf(record, events),
    );
    if (!saved) throw new ConcurrencyConflictError('mediation case', caseId, expectedVersion);
  }

  async findById(caseId: string): Promise<MediationCaseRecord | undefined> {
    const doc = await this.model.findById(caseId, { outbox: 0 }).lean<MediationCaseDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  findLatestByMatter(matterId: string): Promise<MediationCaseRecord | undefined> {
    return this.casesByMatter.latest(matterId, (caseId) => this.findById(caseId), byPosition);
  }

  /**
   * One indexed read per county and status (equality on both, the range on the day received), merged:
   * closed cases piling up never slow an open queue down.
   */
  async list({
    countyCodes,
    statuses,
    assignedTo,
    after,
    limit,
  }: MediationCaseListing): Promise<MediationCaseRecord[]> {
    if (assignedTo) {
      // A mediator's own queue: the roll keeps the cases open with them.
      const roll = this.model.db.collection<{ _id: string; openCaseIds: string[] }>('mediator_roll');
      const rolled = await Promise.all(countyCodes.map((county) => roll.findOne({ _id: `${county}:${assignedTo}` })));
      const openCaseIds = rolled.flatMap((entry) => entry?.openCaseIds ?? []);
      const cases = await Promise.all(openCaseIds.map((id) => this.findById(id)));
      return cases
        .filter((found): found is MediationCaseRecord => !!found && statuses.includes(found.status))
        .filter((found) => !after || byPosition(found, { ...found, ...after }) > 0)
        .sort(byPosition)
        .slice(0, limit);
    }
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
            .lean<MediationCaseDocument[]>()
            .exec(),
        ),
      ),
    );
    return pages.flat().map(toRecord).sort(byPosition).slice(0, limit);
  }

  async *everyCaseOf(countyCodes: readonly string[]): AsyncIterable<MediationCaseRecord> {
    const cursor = this.model
      .find({ countyCode: { $in: [...countyCodes] } }, { outbox: 0 })
      .lean<MediationCaseDocument>()
      .cursor();
    for await (const doc of cursor) yield toRecord(doc as MediationCaseDocument);
  }
}
