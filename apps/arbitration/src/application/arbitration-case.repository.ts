import type { MissingItem } from '../domain';

export type CaseStatus = 'AWAITING_SUPPLEMENT' | 'AWAITING_ACCEPTANCE_DECISION' | 'ACCEPTED' | 'NOT_ACCEPTED';

export interface CaseDeadline {
  id: string;
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
}

/** The documents (文书) a case can have, each issued at most once. */
export const CASE_DOCUMENT_KINDS = [
  'RECEIPT',
  'ACCEPTANCE_NOTICE',
  'NON_ACCEPTANCE_NOTICE',
  'SUPPLEMENT_NOTICE',
] as const;
export type CaseDocumentKind = (typeof CASE_DOCUMENT_KINDS)[number];

/** A document as issued (发文登记): what it is, its number and day, and the deadline it announced then. */
export interface IssuedDocument {
  kind: CaseDocumentKind;
  /** 收件回执, 受理通知书, 不予受理通知书 (书面说明 for lack of jurisdiction) or 补正通知书 */
  title: string;
  number: string;
  issuedOn: string;
  /** Kept as issued: the case's own deadlines move on (a receipt's decision due gives way to the award's). */
  deadline?: CaseDeadline;
}

/** What the notices say of the parties and the claims, copied from the application when it arrives. */
export interface CaseParties {
  /** 申请人: the name only; identity and phone numbers stay sealed in intake (docs/security.md). */
  applicantName: string;
  /** 被申请人: the employer's name */
  respondentName: string;
  /** 仲裁请求, in the order applied for */
  claims: { description: string; amountFen: number }[];
}

/** An application for arbitration (仲裁申请) from the day it reached the commission. */
export interface ArbitrationCaseRecord {
  /** One case per referral: a redelivered referral lands on the same case. */
  caseId: string;
  matterId: string;
  matterNumber: string;
  countyCode: string;
  referralId: string;
  status: CaseStatus;
  receivedOn: string;
  missingItems: Omit<MissingItem, 'citation'>[];
  receiptNumber: string;
  acceptanceNoticeNumber: string;
  acceptedOn: string;
  nonAcceptanceReasonCode: string;
  nonAcceptanceReason: string;
  remedy: string;
  deadlines: CaseDeadline[];
  notes: string[];
  parties: CaseParties;
  documents: IssuedDocument[];
  /** Optimistic concurrency: every change states the version it read. */
  version: number;
}

/** One numbering sequence per kind of document, county and year. */
export type NumberSequence = 'receipt' | 'acceptance-notice' | 'non-acceptance-notice' | 'supplement-notice';

/** What the review announced, in order, published with the case in one write. */
export type ArbitrationEvent =
  | { type: 'SupplementRequested'; supplementBy: CaseDeadline }
  | { type: 'ApplicationReceived'; decisionDue?: CaseDeadline }
  | {
      type: 'ApplicationAccepted';
      awardDue: CaseDeadline;
      /** 当日受理 applied (wage arrears, work injury, major collective dispute): accepted on review. */
      sameDayRequired: boolean;
    }
  | { type: 'ApplicationNotAccepted' };

/** Where a listing stopped: cases are listed by the day received, then case id. */
export interface CasePosition {
  receivedOn: string;
  caseId: string;
}

export interface CaseListing {
  countyCodes: readonly string[];
  status?: CaseStatus;
  /** Only cases after this one. */
  after?: CasePosition;
  limit: number;
}

export interface ArbitrationCaseRepository {
  exists(caseId: string): Promise<boolean>;
  nextNumber(kind: NumberSequence, countyCode: string, year: number): Promise<number>;
  /** 'already-recorded' when the case exists (a redelivered referral). */
  saveAndAnnounce(record: ArbitrationCaseRecord, events: ArbitrationEvent[]): Promise<'saved' | 'already-recorded'>;
  /** Saves a change made from `expectedVersion`; ConcurrencyConflictError when someone changed it since. */
  saveChanges(record: ArbitrationCaseRecord, expectedVersion: number, events: ArbitrationEvent[]): Promise<void>;
  findById(caseId: string): Promise<ArbitrationCaseRecord | undefined>;
  /** The newest case of the matter (a matter re-referred to arbitration has several). */
  findLatestByMatter(matterId: string): Promise<ArbitrationCaseRecord | undefined>;
  /** Cases in the order received (received on, then case id), at most `limit`. */
  list(listing: CaseListing): Promise<ArbitrationCaseRecord[]>;
}

export const ARBITRATION_CASE_REPOSITORY = Symbol('ArbitrationCaseRepository');
