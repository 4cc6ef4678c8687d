import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { RoutingCaseRecord, TrackedReferral } from '../application/routing-case.repository';

export interface RoutingCaseDocument extends Omit<RoutingCaseRecord, 'matterId'>, OutboxFields {
  /** The matter id: one routing case per matter. */
  _id: string;
}

const ReferralSchema = new Schema<TrackedReferral>(
  {
    referralId: { type: String, required: true },
    round: { type: Number, required: true },
    target: { type: String, required: true },
    priority: { type: String, required: true },
    reason: { type: String, required: true },
    legalBasis: { type: String, required: true },
    ruleId: { type: String, required: true },
    acknowledgeBy: { label: String, dueOn: String, provisional: Boolean, citation: String },
    issuedAt: { type: String, required: true },
    status: { type: String, required: true },
    statusReason: { type: String, default: '' },
    escalated: { type: Boolean, default: false },
    consultationAnswer: {
      type: new Schema(
        {
          answer: { type: String, required: true },
          basis: { type: String, required: true },
          answeredBy: { userId: String, name: String },
          answeredAt: { type: String, required: true },
          requestId: { type: String },
        },
        { _id: false },
      ),
      required: false,
    },
    sideReferral: {
      type: new Schema(
        {
          requestedBy: { type: String, required: true },
          accompaniesReferralId: { type: String, required: true },
          requestId: { type: String, required: true },
          requestedAt: { type: String, default: '' },
          attachmentTitle: { type: String, default: '' },
          attachmentNumber: { type: String, default: '' },
        },
        { _id: false },
      ),
      required: false,
    },
  },
  { _id: false },
);

export const RoutingCaseSchema = new Schema<RoutingCaseDocument>(
  {
    _id: { type: String, required: true },
    matterNumber: { type: String, required: true },
    countyCode: { type: String, required: true },
    registeredAt: { type: String, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    rounds: {
      type: [
        new Schema(
          { round: Number, decidedAt: String, ruleSetVersion: Number, firedRuleIds: [String] },
          { _id: false },
        ),
      ],
      default: [],
    },
    referrals: { type: [ReferralSchema], default: [] },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'routing_cases', versionKey: false, minimize: false },
);
RoutingCaseSchema.index({ countyCode: 1, registeredAt: 1 });
