import { Injectable } from '@nestjs/common';
import { Model, QueryFilter } from 'mongoose';
import { todayInChina } from '@onewindow/calendar';
import { documentKey, documentWriteLock, nextSequence, updateWhere } from '@onewindow/persistence';
import { intake, matterContentToProto, Topics, EventTypes } from '@onewindow/contracts';
import { OutboxRelay, outboxEntry } from '@onewindow/messaging';
import {
  storedContentAsShownNow,
  type MatterFacts,
  type PersonalData,
  type SatisfactionRating,
  type SealedReporter,
} from '../domain';
import { stageOf, type TimelineEntry } from '../domain/timeline';
import type {
  MatterFilter,
  MatterPage,
  MatterRecord,
  MatterRegisteredEvent,
  MatterRepository,
  ProjectedFacts,
  StatisticsScope,
} from '../application/matter.repository';
import { MATTER_EVENT_SOURCE } from '../application/register-matter.use-case';
import type { MatterDocument, SealedPersonalData } from './matter.schema';
import type { PersonalDataCipher } from './personal-data-cipher';

// What a MatterRecord is read from: never the sealed numbers, the index or the outbox.
const RECORD_FIELDS = {
  number: 1,
  countyCode: 1,
  registeredAt: 1,
  requestKey: 1,
  content: 1,
  timeline: 1,
  satisfaction: 1,
  version: 1,
} as const;

type RecordFields = Pick<MatterDocument, '_id' | keyof typeof RECORD_FIELDS>;

function toRecord({ _id, satisfaction, content, ...fields }: RecordFields): MatterRecord {
  const registeredOn = todayInChina(new Date(fields.registeredAt));
  return {
    id: _id,
    ...fields,
    content: storedContentAsShownNow(content, registeredOn),
    ...(satisfaction ? { satisfaction } : {}),
  };
}

/** A search term taken literally: '(' or '.' in a company name mean themselves. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

@Injectable()
export class MongoMatterRepository implements MatterRepository {
  constructor(
    private readonly model: Model<MatterDocument>,
    private readonly relay: OutboxRelay,
    private readonly cipher: PersonalDataCipher,
  ) {}

  nextSequence(countyCode: string, year: number): Promise<number> {
    return nextSequence(this.model.db, `matter-number:${countyCode}:${year}`);
  }

  /** Called inside `exclusively` for the matter, as the relay requires of a save. */
  async insert(
    record: MatterRecord,
    personalData: PersonalData,
    event: MatterRegisteredEvent,
  ): Promise<'inserted' | 'duplicate-request'> {
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
    const { id, ...fields } = record;
    const document: Omit<MatterDocument, 'acceptedOn' | 'sameDayAcceptanceRequired' | 'outbox'> = {
      _id: id,
      ...fields,
      personalData: this.sealed(personalData, id),
      identityNumberIndex: this.cipher.identityNumberIndex(personalData.identityNumber),
      stage: stageOf(record.timeline),
      referralTargets: [],
    };
    // The number's entry first: if the process dies before the matter is saved, the number leads
    // nowhere (not found), never to the wrong matter.
    await this.numbers.insertOne({ _id: record.number, matterId: id });
    const inserted = await this.relay.insertWithOutbox(this.model, document, [registered]);
    return inserted === 'inserted' ? 'inserted' : 'duplicate-request';
  }

  exclusively<T>(matterId: string, work: () => Promise<T>): Promise<T> {
    return documentWriteLock.run(documentKey(this.model, matterId), work);
  }

  /**
   * Matter number → matter id, one document per number: the store answers a lookup by `_id` from its
   * index, where a query on the matters' `number` field would read every matter on FerretDB.
   */
  private get numbers() {
    return this.model.db.collection<{ _id: string; matterId: string }>('matter_numbers');
  }

  async findById(id: string) {
    const doc = await this.model.findById(id, RECORD_FIELDS).lean<RecordFields>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  async findByNumber(number: string) {
    const entry = await this.numbers.findOne({ _id: number });
    const matter = entry ? await this.findById(entry.matterId) : undefined;
    // A number drawn by a registration that lost a race for its request id leads to the winner: not this number's matter.
    return matter?.number === number ? matter : undefined;
  }

  async list(filter: MatterFilter, pageSize: number, afterNumber?: string): Promise<MatterPage> {
    const docs = await this.model
      .find(this.conditions(filter, afterNumber), RECORD_FIELDS)
      .sort({ number: -1 })
      .limit(pageSize + 1)
      .lean<RecordFields[]>()
      .exec();
    const page = docs.slice(0, pageSize).map(toRecord);
    return { matters: page, nextAfter: docs.length > pageSize ? page[page.length - 1]!.number : undefined };
  }

  private conditions(filter: MatterFilter, afterNumber?: string): QueryFilter<MatterDocument> {
    const all: QueryFilter<MatterDocument>[] = [{ countyCode: { $in: [...filter.counties] } }];
    if (afterNumber) all.push({ number: { $lt: afterNumber } });
    if (filter.stage) all.push({ stage: filter.stage });
    if (filter.kind) all.push({ 'content.kind': filter.kind });
    if (filter.identityNumber) {
      all.push({ identityNumberIndex: this.cipher.identityNumberIndex(filter.identityNumber) });
    }
    if (filter.query) {
      const text = literally(filter.query);
      all.push({
        $or: [
          { number: { $regex: `^${text}` } },
          { 'content.applicant.name': { $regex: text, $options: 'i' } },
          { 'content.employer.name': { $regex: text, $options: 'i' } },
        ],
      });
    }
    return { $and: all };
  }

  private sealed(personalData: PersonalData, matterId: string): SealedPersonalData {
    return {
      identityNumber: this.cipher.seal(personalData.identityNumber, matterId, 'applicant.identityNumber'),
      phone: this.cipher.seal(personalData.phone, matterId, 'applicant.phone'),
      birthDate: this.cipher.seal(personalData.birthDate, matterId, 'applicant.birthDate'),
      witnessContacts: personalData.witnessContacts.map((contact, index) =>
        this.cipher.seal(contact, matterId, `witnesses[${index}].contact`),
      ),
      ...(personalData.reporter
        ? { reporter: this.cipher.seal(JSON.stringify(personalData.reporter), matterId, 'reporter') }
        : {}),
    };
  }

  async personalData(matterId: string): Promise<PersonalData | undefined> {
    const doc = await this.model
      .findOne({ _id: matterId }, { personalData: 1, content: 1 })
      .lean<Pick<MatterDocument, 'personalData' | 'content'>>()
      .exec();
    // A matter saved before personal data was sealed has none to give.
    if (!doc?.personalData) return undefined;
    const { personalData: sealed, content } = doc;
    return {
      identityNumber: this.cipher.open(sealed.identityNumber, matterId, 'applicant.identityNumber'),
      phone: this.cipher.open(sealed.phone, matterId, 'applicant.phone'),
      // A matter stored before these were sealed still has them whole in its content.
      birthDate: sealed.birthDate
        ? this.cipher.open(sealed.birthDate, matterId, 'applicant.birthDate')
        : content.applicant.birthDate,
      witnessContacts: sealed.witnessContacts
        ? sealed.witnessContacts.map((contact, index) =>
            this.cipher.open(contact, matterId, `witnesses[${index}].contact`),
          )
        : content.witnesses.map((witness) => witness.contact),
      ...(sealed.reporter
        ? { reporter: JSON.parse(this.cipher.open(sealed.reporter, matterId, 'reporter')) as SealedReporter }
        : {}),
    };
  }

  appendTimeline(matterId: string, entry: TimelineEntry, facts: ProjectedFacts = {}) {
    return documentWriteLock.run(documentKey(this.model, matterId), async () => {
      const doc = await this.model
        .findOne({ _id: matterId }, { timeline: 1 })
        .lean<Pick<MatterDocument, 'timeline'>>()
        .exec();
      if (!doc) return 'matter-not-found' as const;
      // Checked here as well as in the filter: FerretDB 1.24 does not apply $ne to array elements.
      if (doc.timeline.some((recorded) => recorded.eventId === entry.eventId)) return 'already-recorded' as const;
      const appended = await updateWhere(
        this.model,
        matterId,
        // Checked above as well: FerretDB 1.24 does not apply $ne to array elements in a filter.
        { 'timeline.eventId': { $ne: entry.eventId } },
        {
          $push: { timeline: entry, ...(facts.referralTarget ? { referralTargets: facts.referralTarget } : {}) },
          $set: {
            stage: stageOf([...doc.timeline, entry]),
            // Together, so a second acceptance (a re-referred matter) cannot keep the first one's flag.
            ...(facts.acceptedOn
              ? { acceptedOn: facts.acceptedOn, sameDayAcceptanceRequired: facts.sameDayAcceptanceRequired === true }
              : {}),
          },
          $inc: { version: 1 },
        },
        doc,
      );
      return appended ? ('appended' as const) : ('already-recorded' as const);
    });
  }

  rate(matterId: string, rating: SatisfactionRating) {
    return documentWriteLock.run(documentKey(this.model, matterId), async () => {
      const rated = await updateWhere(
        this.model,
        matterId,
        { satisfaction: { $exists: false } },
        { $set: { satisfaction: rating }, $inc: { version: 1 } },
      );
      return rated ? ('rated' as const) : ('already-rated' as const);
    });
  }

  async *factsForStatistics(scope: StatisticsScope): AsyncIterable<MatterFacts> {
    const registeredAt = {
      ...(scope.registeredFrom ? { $gte: scope.registeredFrom } : {}),
      ...(scope.registeredBefore ? { $lt: scope.registeredBefore } : {}),
    };
    const cursor = this.model
      .find(
        {
          countyCode: { $in: [...scope.counties] },
          ...(Object.keys(registeredAt).length > 0 ? { registeredAt } : {}),
        },
        {
          registeredAt: 1,
          'content.claims.category': 1,
          referralTargets: 1,
          acceptedOn: 1,
          sameDayAcceptanceRequired: 1,
        },
      )
      .lean<
        Pick<
          MatterDocument,
          'registeredAt' | 'content' | 'referralTargets' | 'acceptedOn' | 'sameDayAcceptanceRequired'
        >
      >()
      .cursor();
    for await (const doc of cursor) {
      yield {
        registeredAt: doc.registeredAt,
        claimCategories: doc.content.claims.map((claim) => claim.category),
        referralTargets: doc.referralTargets ?? [],
        ...(doc.acceptedOn
          ? { acceptedOn: doc.acceptedOn, sameDayAcceptanceRequired: doc.sameDayAcceptanceRequired === true }
          : {}),
      };
    }
  }
}
