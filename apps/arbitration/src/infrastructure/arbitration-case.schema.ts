import { Schema } from 'mongoose';
import { OutboxFields, OutboxSchemaFields } from '@onewindow/messaging';
import type { ArbitrationCaseRecord } from '../application/arbitration-case.repository';

export interface ArbitrationCaseDocument extends Omit<ArbitrationCaseRecord, 'caseId'>, OutboxFields {
  _id: string;
}

const DeadlineSchema = new Schema(
  { id: String, label: String, dueOn: String, provisional: Boolean, citation: String },
  { _id: false },
);

const MissingItemSchema = new Schema({ field: String, description: String }, { _id: false });

export const ArbitrationCaseSchema = new Schema<ArbitrationCaseDocument>(
  {
    _id: { type: String, required: true },
    matterId: { type: String, required: true },
    matterNumber: { type: String, required: true },
    countyCode: { type: String, required: true, index: true },
    referralId: { type: String, required: true },
    status: { type: String, required: true },
    receivedOn: { type: String, required: true },
    missingItems: { type: [MissingItemSchema], default: [] },
    receiptNumber: { type: String, default: '' },
    acceptanceNoticeNumber: { type: String, default: '' },
    acceptedOn: { type: String, default: '' },
    nonAcceptanceReasonCode: { type: String, default: '' },
    nonAcceptanceReason: { type: String, default: '' },
    remedy: { type: String, default: '' },
    deadlines: { type: [DeadlineSchema], default: [] },
    notes: { type: [String], default: [] },
    // Cases stored before documents were kept have no parties and no documents to download.
    parties: {
      type: new Schema(
        {
          applicantName: String,
          respondentName: String,
          claims: { type: [new Schema({ description: String, amountFen: Number }, { _id: false })], default: [] },
        },
        { _id: false },
      ),
      default: () => ({ applicantName: '', respondentName: '', claims: [] }),
    },
    documents: {
      type: [
        new Schema(
          {
            kind: String,
            title: String,
            number: String,
            issuedOn: String,
            deadline: DeadlineSchema,
            // A 补正通知书 keeps what it asked for; each document the days of the material it answers.
            missingItems: { type: [MissingItemSchema], default: undefined },
            applicationReceivedOn: String,
            supplementReceivedOn: String,
            // A document of the proceedings: what it is about (a hearing, an award's document) and, for a
            // 组庭通知书, the seats it named.
            subject: String,
            seats: { type: Schema.Types.Mixed },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    // The application as it stands (de-identified), for a supplement's review; absent on older cases.
    application: { type: Schema.Types.Mixed },
    // Each supplement (补正) as submitted, de-identified: the history, and how a repeated request is known.
    supplements: {
      type: [
        new Schema(
          {
            requestId: String,
            submittedOn: String,
            submittedBy: String,
            noticeNumber: String,
            supplied: { type: [MissingItemSchema], default: [] },
            content: { type: Schema.Types.Mixed },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    // The award period as its steps left it (extension, suspension, resumption), and its deadline's subject.
    awardPeriod: { type: Schema.Types.Mixed },
    awardDeadlineSubject: { type: String },
    withdrawalReason: { type: String },
    // 送达 and 答辩, as the rules recorded them.
    applicationCopyService: { type: Schema.Types.Mixed },
    defence: { type: Schema.Types.Mixed },
    // 电子送达: the agreement and the link last sent (hashes only), found by the token's hash.
    electronicService: { type: Schema.Types.Mixed },
    tribunal: { type: Schema.Types.Mixed },
    hearings: { type: Schema.Types.Mixed },
    mediationStatement: { type: Schema.Types.Mixed },
    retractedMediationStatements: { type: Schema.Types.Mixed },
    awards: { type: Schema.Types.Mixed },
    advanceEnforcement: { type: Schema.Types.Mixed },
    decidedInAbsence: { type: Schema.Types.Mixed },
    version: { type: Number, required: true },
    ...OutboxSchemaFields,
  },
  { collection: 'arbitration_cases', versionKey: false },
);
// The queues: a county's cases in the order received.
ArbitrationCaseSchema.index({ countyCode: 1, receivedOn: 1 });
// 电子送达: the respondent's link is found by its token's hash (never a scan).
ArbitrationCaseSchema.index({ 'electronicService.tokenHash': 1 });
