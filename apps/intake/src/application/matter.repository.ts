import type { IsoDate } from '@onewindow/calendar';
import type { MatterContent, MatterFacts, MatterKind, PersonalData, SatisfactionRating } from '../domain';
import type { MatterStage, TimelineEntry } from '../domain/timeline';

export interface MatterRecord {
  id: string;
  number: string;
  countyCode: string;
  registeredAt: string;
  /** The client's request id, or the matter id when none was given: repeats return the first matter. */
  requestKey: string;
  /** With the applicant's identity and phone numbers masked; the whole numbers are sealed apart. */
  content: MatterContent;
  timeline: TimelineEntry[];
  satisfaction?: SatisfactionRating;
  version: number;
}

/** Published with the matter in one write (outbox), so registration and its event cannot part. */
export interface MatterRegisteredEvent {
  matterId: string;
  matterNumber: string;
  registeredAt: string;
  /** Masked, as in the record: events travel further than the store. */
  content: MatterContent;
}

/** Every condition given must hold. */
export interface MatterFilter {
  counties: readonly string[];
  stage?: MatterStage;
  kind?: MatterKind;
  /** A matter-number prefix, or part of the applicant's or employer's name; taken literally. */
  query?: string;
  /** The whole identity number, upper case. */
  identityNumber?: string;
}

export interface MatterPage {
  matters: MatterRecord[];
  /** The last matter number on this page, when there may be more. */
  nextAfter?: string;
}

/** What a projected event tells about the matter besides its timeline entry. */
export interface ProjectedFacts {
  /** ReferralIssued: the path the matter takes (for the dashboard). */
  referralTarget?: string;
  /** ApplicationAccepted: the date on the acceptance notice (受理通知书). */
  acceptedOn?: IsoDate;
  /** ApplicationAccepted: whether 当日受理 applied (wage arrears, work injury, major collective dispute). */
  sameDayAcceptanceRequired?: boolean;
}

export interface StatisticsScope {
  counties: readonly string[];
  /** Registered at or after this instant. */
  registeredFrom?: string;
  /** Registered before this instant. */
  registeredBefore?: string;
}

export interface MatterRepository {
  nextSequence(countyCode: string, year: number): Promise<number>;
  /**
   * Saves the matter with its personal data sealed; 'duplicate-request' when a matter with the same
   * request key already exists.
   */
  insert(
    record: MatterRecord,
    personalData: PersonalData,
    event: MatterRegisteredEvent,
  ): Promise<'inserted' | 'duplicate-request'>;
  findById(id: string): Promise<MatterRecord | undefined>;
  findByNumber(number: string): Promise<MatterRecord | undefined>;
  /** Runs `work` while no other writer of this process touches the matter (see documentWriteLock). */
  exclusively<T>(matterId: string, work: () => Promise<T>): Promise<T>;
  /** Highest matter number first; matter numbers are unique, so `afterNumber` pages across counties too. */
  list(filter: MatterFilter, pageSize: number, afterNumber?: string): Promise<MatterPage>;
  /** The whole numbers, unsealed. */
  personalData(matterId: string): Promise<PersonalData | undefined>;
  /** Appends once per event id; 'matter-not-found' when there is no such matter. */
  appendTimeline(
    matterId: string,
    entry: TimelineEntry,
    facts?: ProjectedFacts,
  ): Promise<'appended' | 'already-recorded' | 'matter-not-found'>;
  /** Records the rating unless one is there already. */
  rate(matterId: string, rating: SatisfactionRating): Promise<'rated' | 'already-rated'>;
  /** One matter at a time, read with only the fields the dashboard counts. */
  factsForStatistics(scope: StatisticsScope): AsyncIterable<MatterFacts>;
}

export const MATTER_REPOSITORY = Symbol('MatterRepository');
