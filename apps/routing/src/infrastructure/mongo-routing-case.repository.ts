import { Model } from 'mongoose';
import { EventTypes, matterContentToProto, routing, Topics } from '@onewindow/contracts';
import { OutboxEntry, OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { ConcurrencyConflictError, documentKey, documentWriteLock, isDuplicateKeyError } from '@onewindow/persistence';
import type { ReferralTarget } from '../domain';
import { nextAcknowledgeDue } from '../domain/referral-lifecycle';
import type { RoutingCaseRecord, RoutingCaseRepository, RoutingEvent } from '../application/routing-case.repository';
import type { RoutingCaseDocument } from './routing-case.schema';
import { referralToProto } from './referral.mapping';

export const ROUTING_EVENT_SOURCE = '/onewindow/routing';

function encode(
  routingCase: RoutingCaseRecord,
  event: RoutingEvent,
  at: string,
): { type: string; payload: Uint8Array } {
  const referral = referralToProto(routingCase.referrals.find((r) => r.referralId === event.referralId)!);
  const about = { matterId: routingCase.matterId, countyCode: routingCase.countyCode, referral };
  switch (event.type) {
    case 'ReferralIssued': {
      const round = routingCase.rounds.find((r) => r.round === referral.round)!;
      return {
        type: EventTypes.referralIssued,
        payload: routing.ReferralIssued.encode({
          ...about,
          matterNumber: routingCase.matterNumber,
          ruleSetVersion: round.ruleSetVersion,
          firedRuleIds: round.firedRuleIds,
          issuedAt: round.decidedAt,
          content: matterContentToProto(routingCase.content),
        }).finish(),
      };
    }
    case 'ReferralAcknowledged':
      return {
        type: EventTypes.referralAcknowledged,
        payload: routing.ReferralAcknowledged.encode({ ...about, acknowledgedAt: at }).finish(),
      };
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
  nextAcknowledgeDue: _due,
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
    try {
      await this.model.create({
        _id: matterId,
        ...fields,
        nextAcknowledgeDue: nextAcknowledgeDue(routingCase.referrals),
        outbox: this.outboxOf(routingCase, events),
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'already-routed';
      throw error;
    }
    void this.relay.nudge();
    return 'saved';
  }

  async save(routingCase: RoutingCaseRecord, expectedVersion: number, events: RoutingEvent[]): Promise<void> {
    const { matterId, version: _version, ...fields } = routingCase;
    const result = await documentWriteLock.run(documentKey(this.model, matterId), () =>
      this.model
        .updateOne(
          { _id: matterId, version: expectedVersion },
          {
            $set: {
              ...fields,
              nextAcknowledgeDue: nextAcknowledgeDue(routingCase.referrals),
              version: expectedVersion + 1,
            },
            $push: { outbox: { $each: this.outboxOf(routingCase, events) } },
          },
        )
        .exec(),
    );
    if (result.matchedCount === 0) throw new ConcurrencyConflictError('routing case', matterId, expectedVersion);
    void this.relay.nudge();
  }

  private async find(filter: object, sort: Record<string, 1 | -1> = {}): Promise<RoutingCaseRecord[]> {
    const docs = await this.model.find(filter, { outbox: 0 }).sort(sort).lean<RoutingCaseDocument[]>().exec();
    return docs.map(toRecord);
  }

  async findByMatter(matterId: string) {
    return (await this.find({ _id: matterId }))[0];
  }

  async findByReferral(referralId: string) {
    return (await this.find({ 'referrals.referralId': referralId }))[0];
  }

  findWithOverdueReferrals(today: string) {
    return this.find({ nextAcknowledgeDue: { $lt: today } });
  }

  findWithReferralsTo(targets: readonly ReferralTarget[], countyCodes: readonly string[], matterId?: string) {
    return this.find(
      {
        countyCode: { $in: countyCodes },
        'referrals.target': { $in: targets },
        ...(matterId ? { _id: matterId } : {}),
      },
      { registeredAt: 1, _id: 1 },
    );
  }

  findRegisteredBetween(countyCode: string, since: string, until: string) {
    return this.find({ countyCode, registeredAt: { $gte: since, $lt: until } });
  }
}
