import type { InspectionCaseRecord, InspectionEvent, InspectionStatus, NumberSequence } from '../domain';

export interface InspectionCaseListing {
  countyCodes: readonly string[];
  statuses: readonly InspectionStatus[];
  after?: { receivedOn: string; caseId: string };
  limit: number;
}

export interface InspectionCaseRepository {
  nextNumber(sequence: NumberSequence, countyCode: string, year: number): Promise<number>;
  /** 'already-recorded' when the case exists (a redelivered referral, a repeated opening). */
  saveAndAnnounce(record: InspectionCaseRecord, events: InspectionEvent[]): Promise<'saved' | 'already-recorded'>;
  /** ConcurrencyConflictError when the case changed since `expectedVersion`. */
  saveChanges(record: InspectionCaseRecord, expectedVersion: number, events: InspectionEvent[]): Promise<void>;
  findById(caseId: string): Promise<InspectionCaseRecord | undefined>;
  findLatestByMatter(matterId: string): Promise<InspectionCaseRecord | undefined>;
  list(listing: InspectionCaseListing): Promise<InspectionCaseRecord[]>;
}

export const INSPECTION_CASE_REPOSITORY = Symbol('InspectionCaseRepository');
