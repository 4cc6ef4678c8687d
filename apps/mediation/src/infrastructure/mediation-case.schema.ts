import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { MediationCaseRecord, MediatorRollEntry } from '../application/mediation-case.repository';

export interface MediationCaseDocument extends Omit<MediationCaseRecord, 'caseId'>, OutboxFields {
  _id: string;
}

// The rules' own values (period, assignment, sessions, agreement, outcome) are kept as the rules made
// them: plain data the domain checks on every change, so the store does not second-guess their shape.
export const MediationCaseSchema = new Schema<MediationCaseDocument>(
  {
    _id: { type: String, required: true },
    referralId: { type: String, required: true },
    matterId: { type: String, required: true },
    matterNumber: { type: String, required: true },
    countyCode: { type: String, required: true },
    status: { type: String, required: true },
    receivedOn: { type: String, required: true },
    routingReason: { type: String, default: '' },
    recommendationNumber: { type: String, default: '' },
    workerName: { type: String, default: '' },
    employerName: { type: String, default: '' },
    claims: { type: Schema.Types.Mixed, default: [] },
    workerConsented: { type: Boolean, required: true },
    employerConsent: { type: Schema.Types.Mixed },
    period: { type: Schema.Types.Mixed, required: true },
    periodDeadlineSubject: { type: String, required: true },
    assignment: { type: Schema.Types.Mixed },
    conflicts: { type: Schema.Types.Mixed, default: [] },
    sessions: { type: Schema.Types.Mixed, default: [] },
    agreement: { type: Schema.Types.Mixed },
    agreementNumber: { type: String, default: '' },
    payments: { type: Schema.Types.Mixed, default: [] },
    courtApplications: { type: Schema.Types.Mixed, default: [] },
    outcome: { type: Schema.Types.Mixed },
    concludedOn: { type: String, default: '' },
    documents: { type: Schema.Types.Mixed, default: [] },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'mediation_cases', versionKey: false, minimize: false },
);
// The queues: a county's cases of one status in the order received (equality on both, then the range).
MediationCaseSchema.index({ countyCode: 1, status: 1, receivedOn: 1, _id: 1 });

export interface MediatorRollDocument extends Omit<MediatorRollEntry, never> {
  /** `${countyCode}:${staffUserId}` */
  _id: string;
}

export const MediatorRollSchema = new Schema<MediatorRollDocument>(
  {
    _id: { type: String, required: true },
    countyCode: { type: String, required: true },
    staffUserId: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true },
    active: { type: Boolean, required: true },
    // The cases open with this mediator: kept by set operations, so a repeated write counts once.
    openCaseIds: { type: [String], default: [] },
  },
  { collection: 'mediator_roll', versionKey: false },
);
MediatorRollSchema.index({ countyCode: 1, staffUserId: 1 });
