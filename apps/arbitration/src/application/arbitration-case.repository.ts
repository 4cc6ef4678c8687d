import type { MissingItem } from '../domain';

export type CaseStatus = 'AWAITING_SUPPLEMENT' | 'AWAITING_ACCEPTANCE_DECISION' | 'ACCEPTED' | 'NOT_ACCEPTED';

export interface CaseDeadline {
  id: string;
  label: string;
  dueOn: string;
  provisional: boolean;
  citation: string;
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
  /** Optimistic concurrency: every change states the version it read. */
  version: number;
}

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
  nextNumber(kind: 'receipt' | 'acceptance-notice', countyCode: string, year: number): Promise<number>;
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
