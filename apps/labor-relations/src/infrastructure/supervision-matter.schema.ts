import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { SupervisionMatterRecord } from '../application/supervision-matter.repository';

export interface SupervisionMatterDocument extends Omit<SupervisionMatterRecord, 'supervisionId'>, OutboxFields {
  _id: string;
}

// The rules' own values (the layoff report, the findings) are kept as the rules made them.
export const SupervisionMatterSchema = new Schema<SupervisionMatterDocument>(
  {
    _id: { type: String, required: true },
    referralId: { type: String, default: '' },
    matterId: { type: String, default: '' },
    matterNumber: { type: String, default: '' },
    requestId: { type: String, default: '' },
    countyCode: { type: String, required: true },
    kind: { type: String },
    status: { type: String, required: true },
    number: { type: String, required: true },
    employer: { type: Schema.Types.Mixed, required: true },
    openedOn: { type: String, required: true },
    layoff: { type: Schema.Types.Mixed },
    findings: { type: Schema.Types.Mixed },
    conclusion: { type: String },
    conclusionReason: { type: String, default: '' },
    guidance: { type: [String], default: [] },
    correctBy: { type: String, default: '' },
    inspectionCaseId: { type: String, default: '' },
    concludedOn: { type: String, default: '' },
    documents: { type: Schema.Types.Mixed, default: [] },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'supervision_matters', versionKey: false, minimize: false },
);
// The queues: a county's matters of one status in the order opened (equality on both, then the range);
// the kind filter narrows the same read.
SupervisionMatterSchema.index({ countyCode: 1, status: 1, openedOn: 1, _id: 1 });
SupervisionMatterSchema.index({ countyCode: 1, status: 1, kind: 1, openedOn: 1, _id: 1 });
