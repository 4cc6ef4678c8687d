import { Schema } from 'mongoose';
import { OutboxEntry, OutboxEntrySchema } from '@onewindow/messaging';
import type { IssuedReferral, RoutingDecisionRecord } from '../application/routing-decision.repository';

export interface RoutingDecisionDocument extends Omit<RoutingDecisionRecord, 'matterId' | 'content'> {
  /** The matter id: one routing decision per matter. */
  _id: string;
  version: number;
  outbox: OutboxEntry[];
}

const ReferralSchema = new Schema<IssuedReferral>(
  {
    referralId: { type: String, required: true },
    target: { type: String, required: true },
    priority: { type: String, required: true },
    reason: { type: String, required: true },
    legalBasis: { type: String, required: true },
    ruleId: { type: String, required: true },
    acknowledgeBy: {
      label: String,
      dueOn: String,
      provisional: Boolean,
      citation: String,
    },
  },
  { _id: false },
);

export const RoutingDecisionSchema = new Schema<RoutingDecisionDocument>(
  {
    _id: { type: String, required: true },
    matterNumber: { type: String, required: true },
    countyCode: { type: String, required: true, index: true },
    decidedAt: { type: String, required: true },
    ruleSetVersion: { type: Number, required: true },
    firedRuleIds: { type: [String], default: [] },
    referrals: { type: [ReferralSchema], default: [] },
    version: { type: Number, required: true },
    outbox: { type: [OutboxEntrySchema], default: [] },
  },
  { collection: 'routing_decisions', versionKey: false },
);
