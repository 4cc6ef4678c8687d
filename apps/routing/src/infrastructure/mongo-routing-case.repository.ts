import { Model } from 'mongoose';
import { EventTypes, matterContentToProto, routing, toProtoEnum, Topics } from '@onewindow/contracts';
import { OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import type { ReferralTarget } from '../domain';
import { matterIdOfReferral } from '../domain/referral-lifecycle';
import type { RoutingCaseRecord, RoutingCaseRepository, RoutingEvent } from '../application/routing-case.repository';
import type { RoutingCaseDocument } from './routing-case.schema';
import { principalReferrals } from '../domain/matter-closure';
import { issuanceOf, referralToProto } from './referral.mapping';

export const ROUTING_EVENT_SOURCE = '/onewindow/routing';

function encode(
  routingCase: RoutingCaseRecord,
  event: RoutingEvent,
  at: string,
): { type: string; payload: Uint8Array } {
  if (event.type === 'MatterConcluded') {
    return {
      type: EventTypes.matterConcluded,
      payload: routing.MatterConcluded.encode({
        matterId: routingCase.matterId,
        matterNumber: routingCase.matterNumber,
        countyCode: routingCase.countyCode,
        concludedAt: at,
        referrals: principalReferrals(routingCase.referrals).map(referralToProto),
      }).finish(),
    };
  }
  const tracked = routingCase.referrals.find((r) => r.referralId === event.referralId)!;
  const referral = referralToProto(tracked);
  const about = { matterId: routingCase.matterId, countyCode: routingCase.countyCode, referral };
  switch (event.type) {
    case 'ReferralIssued':
      return {
        type: EventTypes.referralIssued,
        payload: routing.ReferralIssued.encode({
          ...about,
          matterNumber: routingCase.matterNumber,
          ...issuanceOf(routingCase.rounds, tracked),
          content: matterContentToProto(routingCase.content),
        }).finish(),
      };
    case 'ReferralAcknowledged': {
      // A consultation answered is acknowledged and resolved in one step: this event tells the acceptance.
      const acknowledged = event.status
        ? {
            ...about,
            referral: {
              ...referral,
              status: toProtoEnum(event.status, 'REFERRAL_STATUS_', routing.ReferralStatus),
              statusReason: '',
              consultationAnswer: undefined,
            },
          }
        : about;
      return {
        type: EventTypes.referralAcknowledged,
        payload: routing.ReferralAcknowledged.encode({ ...acknowledged, acknowledgedAt: at }).finish(),
      };
    }
    case 'ReferralOutcomeReported':
      return {
        type: EventTypes.referralOutcomeReported,
        payload: routing.ReferralOutcomeReported.encode({ ...about, reportedAt: at }).finish(),
      };
    case 'ReferralEscalated':
      return {
        type: EventTypes.referralEscalated,
        payload: routing.ReferralEscalated.encode({ ...about, escalatedAt: at, reason: event.reason }).finish(),
      };
  }
}

function toRecord({
  _id,
  outbox: _outbox,
  outboxPending: _pending,
  ...fields
}: RoutingCaseDocument): RoutingCaseRecord {
  return { matterId: _id, ...fields };
}

export class MongoRoutingCaseRepository implements RoutingCaseRepository {
  constructor(
    private readonly model: Model<RoutingCaseDocument>,
    private readonly relay: OutboxRelay,
  ) {}

  private outboxOf(routingCase: RoutingCaseRecord, events: RoutingEvent[]): OutboxEntry[] {
    const at = new Date();
    return events.map((event) =>
      outboxEntry(Topics.routingReferrals, {
        ...encode(routingCase, event, at.toISOString()),
        source: ROUTING_EVENT_SOURCE,
        subject: routingCase.matterId,
        time: at,
      }),
    );
  }

  async create(routingCase: RoutingCaseRecord, events: RoutingEvent[]): Promise<'saved' | 'already-routed'> {
    const { matterId, ...fields } = routingCase;
    const inserted = await this.relay.insertWithOutbox(
      this.model,
      { _id: matterId, ...fields },
      this.outboxOf(routingCase, events),
    );
    return inserted === 'inserted' ? 'saved' : 'already-routed';
  }

  async save(routingCase: RoutingCaseRecord, expectedVersion: number, events: RoutingEvent[]): Promise<void> {
    const { matterId, version: _version, ...fields } = routingCase;
    const saved = await this.relay.saveWithOutbox(
      this.model,
      matterId,
      expectedVersion,
      fields,
      this.outboxOf(routingCase, events),
    );
    if (!saved) throw new ConcurrencyConflictError('routing case', matterId, expectedVersion);
  }

  private async find(filter: object, sort: Record<string, 1 | -1> = {}): Promise<RoutingCaseRecord[]> {
    const docs = await this.model.find(filter, { outbox: 0 }).sort(sort).lean<RoutingCaseDocument[]>().exec();
    return docs.map(toRecord);
  }

  async findByMatter(matterId: string) {
    const doc = await this.model.findById(matterId, { outbox: 0 }).lean<RoutingCaseDocument>().exec();
    return doc ? toRecord(doc) : undefined;
  }

  async findByReferral(referralId: string) {
    const routingCase = await this.findByMatter(matterIdOfReferral(referralId));
    return routingCase?.referrals.some((r) => r.referralId === referralId) ? routingCase : undefined;
  }

  async findWithReferralsTo(targets: readonly ReferralTarget[], countyCodes: readonly string[], matterId?: string) {
    if (matterId) {
      // One matter's (its detail screen, the worker's tracking page): read by _id, the one lookup every store indexes.
      const found = await this.findByMatter(matterId);
      return found && countyCodes.includes(found.countyCode) && found.referrals.some((r) => targets.includes(r.target))
        ? [found]
        : [];
    }
    return this.find(
      {
        countyCode: { $in: countyCodes },
        'referrals.target': { $in: targets },
      },
      { registeredAt: 1, _id: 1 },
    );
  }

  findRegisteredBetween(countyCode: string, since: string, until: string) {
    return this.find({ countyCode, registeredAt: { $gte: since, $lt: until } });
  }
}
