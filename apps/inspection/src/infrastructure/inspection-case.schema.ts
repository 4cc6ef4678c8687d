import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { InspectionCaseRecord } from '../domain';

export interface InspectionCaseDocument extends Omit<InspectionCaseRecord, 'caseId'>, OutboxFields {
  _id: string;
}

// The rules' own values (parties, violations, the project, the orders) are kept as the rules made them:
// plain data the domain checks on every change, so the store does not second-guess their shape.
export const InspectionCaseSchema = new Schema<InspectionCaseDocument>(
  {
    _id: { type: String, required: true },
    referralId: { type: String, default: '' },
    matterId: { type: String, default: '' },
    matterNumber: { type: String, default: '' },
    countyCode: { type: String, required: true },
    source: { type: String, required: true },
    status: { type: String, required: true },
    registrationNumber: { type: String, required: true },
    filingNumber: { type: String, default: '' },
    parties: { type: Schema.Types.Mixed, required: true },
    violations: { type: Schema.Types.Mixed, default: [] },
    facts: { type: String, default: '' },
    origin: { type: String, default: '' },
    receivedOn: { type: String, required: true },
    acceptanceDue: { type: Schema.Types.Mixed, required: true },
    acceptanceRound: { type: Number, required: true },
    acceptance: { type: Schema.Types.Mixed, default: [] },
    filedOn: { type: String, default: '' },
    investigationDue: { type: Schema.Types.Mixed },
    investigationStatutoryDueOn: { type: String, default: '' },
    extensionApprovedBy: { type: String, default: '' },
    extensionReason: { type: String, default: '' },
    project: { type: Schema.Types.Mixed },
    liableParties: { type: Schema.Types.Mixed, default: [] },
    inquiries: { type: Schema.Types.Mixed, default: [] },
    evidence: { type: Schema.Types.Mixed, default: [] },
    employerHeard: { type: Schema.Types.Mixed },
    correctionOrder: { type: Schema.Types.Mixed },
    penalty: { type: Schema.Types.Mixed },
    arrearsListing: { type: Schema.Types.Mixed },
    conclusion: { type: String },
    conclusionReason: { type: String, default: '' },
    concludedOn: { type: String, default: '' },
    documents: { type: Schema.Types.Mixed, default: [] },
    firstContactResponsible: { type: Boolean, required: true },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'inspection_cases', versionKey: false, minimize: false },
);
// The queues: a county's cases of one status in the order received (equality on both, then the range).
InspectionCaseSchema.index({ countyCode: 1, status: 1, receivedOn: 1, _id: 1 });
