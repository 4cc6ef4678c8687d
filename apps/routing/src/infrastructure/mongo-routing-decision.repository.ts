import { Model } from 'mongoose';
import { EventTypes, matterContentToProto, routing, Topics } from '@onewindow/contracts';
import { OutboxRelay, outboxEntry } from '@onewindow/messaging';
import { isDuplicateKeyError } from '@onewindow/persistence';
import type { RoutingDecisionRecord, RoutingDecisionRepository } from '../application/routing-decision.repository';
import type { RoutingDecisionDocument } from './routing-decision.schema';
import { referralToProto } from './referral.mapping';

export const ROUTING_EVENT_SOURCE = '/onewindow/routing';

export class MongoRoutingDecisionRepository implements RoutingDecisionRepository {
  constructor(
    private readonly model: Model<RoutingDecisionDocument>,
    private readonly relay: OutboxRelay,
  ) {}

  async saveAndAnnounce(record: RoutingDecisionRecord): Promise<'saved' | 'already-decided'> {
    const content = matterContentToProto(record.content);
    const outbox = record.referrals.map((referral) =>
      outboxEntry(Topics.routingReferrals, {
        type: EventTypes.referralIssued,
        source: ROUTING_EVENT_SOURCE,
        subject: record.matterId,
        time: new Date(record.decidedAt),
        payload: routing.ReferralIssued.encode({
          matterId: record.matterId,
          matterNumber: record.matterNumber,
          countyCode: record.countyCode,
          referral: referralToProto(referral),
          ruleSetVersion: record.ruleSetVersion,
          firedRuleIds: record.firedRuleIds,
          issuedAt: record.decidedAt,
          content,
        }).finish(),
      }),
    );
    try {
      await this.model.create({
        _id: record.matterId,
        matterNumber: record.matterNumber,
        countyCode: record.countyCode,
        decidedAt: record.decidedAt,
        ruleSetVersion: record.ruleSetVersion,
        firedRuleIds: record.firedRuleIds,
        referrals: record.referrals,
        version: 1,
        outbox,
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'already-decided';
      throw error;
    }
    void this.relay.nudge();
    return 'saved';
  }
}
