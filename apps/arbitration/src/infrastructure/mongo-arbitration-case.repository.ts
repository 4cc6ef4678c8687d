import { Model } from 'mongoose';
import { arbitration, common, EventTypes, Topics } from '@onewindow/contracts';
import { OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { officeAnswerEvent } from '@onewindow/office';
import { CasesByMatter, ConcurrencyConflictError, nextSequence } from '@onewindow/persistence';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
  CaseListing,
  NumberSequence,
} from '../application/arbitration-case.repository';
import { officeAnswersOf } from '../application/office-answers';
import type { ArbitrationCaseDocument } from './arbitration-case.schema';

export const ARBITRATION_EVENT_SOURCE = '/onewindow/arbitration';

const toDeadline = (deadline: CaseDeadline | undefined): common.Deadline | undefined =>
  deadline && {
    label: deadline.label,
    dueOn: deadline.dueOn,
    provisional: deadline.provisional,
    citation: deadline.citation,
  };

function encode(record: ArbitrationCaseRecord, event: ArbitrationEvent): { type: string; payload: Uint8Array } {
  const ids = { caseId: record.caseId, matterId: record.matterId, countyCode: record.countyCode };
  switch (event.type) {
    case 'SupplementRequested':
      return {
        type: EventTypes.supplementRequested,
        payload: arbitration.SupplementRequested.encode({
          ...ids,
          missingItems: record.missingItems,
          supplementBy: toDeadline(event.supplementBy),
          noticeNumber: event.noticeNumber,
          round: event.round,
        }).finish(),
      };
    case 'SupplementSubmitted':
      return {
        type: EventTypes.supplementSubmitted,
        payload: arbitration.SupplementSubmitted.encode({
          ...ids,
          submittedOn: event.submittedOn,
          noticeNumber: event.noticeNumber,
          supplied: event.supplied,
        }).finish(),
      };
    case 'ApplicationReceived':
      return {
        type: EventTypes.applicationReceived,
        payload: arbitration.ApplicationReceived.encode({
          ...ids,
          receiptNumber: record.receiptNumber,
          receivedOn: record.receivedOn,
          decisionDue: toDeadline(event.decisionDue),
        }).finish(),
      };
    case 'ApplicationAccepted':
      return {
        type: EventTypes.applicationAccepted,
        payload: arbitration.ApplicationAccepted.encode({
          ...ids,
          acceptanceNoticeNumber: record.acceptanceNoticeNumber,
          acceptedOn: record.acceptedOn,
          awardDue: toDeadline(event.awardDue),
          sameDayRequired: event.sameDayRequired,
        }).finish(),
      };
    case 'ProceedingsStep':
      return {
        type: EventTypes.proceedingsStep,
        payload: arbitration.ProceedingsStep.encode({
          ...ids,
          kind: event.kind,
          summary: event.summary,
          deadlines: event.shows.map((shown) => toDeadline(shown)!),
          occurredOn: new Date().toISOString(),
        }).finish(),
      };
    case 'ApplicationNotAccepted':
      return {
        type: EventTypes.applicationNotAccepted,
        payload: arbitration.ApplicationNotAccepted.encode({
          ...ids,
          reasonCode: record.nonAcceptanceReasonCode,
          reason: record.nonAcceptanceReason,
          remedy: record.remedy,
          decidedOn: record.receivedOn,
        }).finish(),
      };
  }
}

// A lean read skips the schema's defaults: a case stored before documents were kept has neither field.
const NO_PARTIES = { applicantName: '', respondentName: '', claims: [] };

function toRecord({ _id, outbox: _outbox, ...rest }: ArbitrationCaseDocument): ArbitrationCaseRecord {
  return {
    caseId: _id,
    ...rest,
    parties: rest.parties ?? NO_PARTIES,
    documents: rest.documents ?? [],
    supplements: rest.supplements ?? [],
  };
}

export class MongoArbitrationCaseRepository implements ArbitrationCaseRepository {
  private readonly casesByMatter: CasesByMatter;

  constructor(
    private readonly model: Model<ArbitrationCaseDocument>,
    private readonly relay: OutboxRelay,
  ) {
    this.casesByMatter = new CasesByMatter(model.db, 'cases_by_matter');
  }

  async exists(caseId: string): Promise<boolean> {
    return (await this.model.exists({ _id: caseId }).exec()) !== null;
  }

  nextNumber(kind: NumberSequence, countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `${kind}:${countyCode}:${year}`);
  }

  /** The case's notices and, by the office contract, its answers to routing (taken once, on the first write). */
  private outboxOf(record: ArbitrationCaseRecord, events: ArbitrationEvent[], alreadyTaken: boolean): OutboxEntry[] {
    const now = new Date();
    const entry = (encoded: { type: string; payload: Uint8Array }) =>
      outboxEntry(Topics.arbitrationCases, {
        ...encoded,
        source: ARBITRATION_EVENT_SOURCE,
        subject: record.matterId,
        time: now,
      });
    return events.flatMap((event) => [
      entry(encode(record, event)),
      ...officeAnswersOf(record, event, alreadyTaken).map((answer) => entry(officeAnswerEvent(record, answer, now))),
    ]);
  }

  async saveAndAnnounce(
    record: ArbitrationCaseRecord,
    events: ArbitrationEvent[],
  ): Promise<'saved' | 'already-recorded'> {
    const { caseId, ...fields } = record;
    await this.casesByMatter.add(record.matterId, caseId);
    const inserted = await this.relay.insertWithOutbox(
      this.model,
      { _id: caseId, ...fields },
      this.outboxOf(record, events, false),
    );
    return inserted === 'inserted' ? 'saved' : 'already-recorded';
  }

  async saveChanges(record: ArbitrationCaseRecord, expectedVersion: number, events: ArbitrationEvent[]): Promise<void> {
    const { caseId, version: _version, ...fields } = record;
    const saved = await this.relay.saveWithOutbox(
      this.model,
      caseId,
      expectedVersion,
      fields,
      this.outboxOf(record, events, true),
    );
    if (!saved) throw new ConcurrencyConflictError('arbitration case', caseId, expectedVersion);
  }

  async findById(caseId: string): Promise<ArbitrationCaseRecord | undefined> {
    const doc = await this.model.findById(caseId, { outbox: 0 }).lean<ArbitrationCaseDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  findLatestByMatter(matterId: string): Promise<ArbitrationCaseRecord | undefined> {
    // The last received, as a queue sorts them: by date received, then by id.
    return this.casesByMatter.latest(
      matterId,
      (caseId) => this.findById(caseId),
      (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.caseId.localeCompare(b.caseId),
    );
  }

  async list({ countyCodes, status, after, limit }: CaseListing): Promise<ArbitrationCaseRecord[]> {
    const docs = await this.model
      .find(
        {
          countyCode: { $in: countyCodes },
          ...(status ? { status } : {}),
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
      .lean<ArbitrationCaseDocument[]>()
      .exec();
    return docs.map(toRecord);
  }
}
