import type { MatterContent } from '../domain';
import type { TimelineEntry } from '../domain/timeline';

export interface MatterRecord {
  id: string;
  number: string;
  countyCode: string;
  registeredAt: string;
  /** The client's request id, or the matter id when none was given: repeats return the first matter. */
  requestKey: string;
  content: MatterContent;
  timeline: TimelineEntry[];
  version: number;
}

/** Published with the matter in one write (outbox), so registration and its event cannot part. */
export interface MatterRegisteredEvent {
  matterId: string;
  matterNumber: string;
  registeredAt: string;
  content: MatterContent;
}

export interface MatterPage {
  matters: MatterRecord[];
  /** The last matter number on this page, when there may be more. */
  nextAfter?: string;
}

export interface MatterRepository {
  nextSequence(countyCode: string, year: number): Promise<number>;
  /** 'duplicate-request' when a matter with the same request key already exists. */
  insert(record: MatterRecord, event: MatterRegisteredEvent): Promise<'inserted' | 'duplicate-request'>;
  findById(id: string): Promise<MatterRecord | undefined>;
  findByNumber(number: string): Promise<MatterRecord | undefined>;
  findByRequestKey(requestKey: string): Promise<MatterRecord | undefined>;
  listByCounty(countyCode: string, pageSize: number, afterNumber?: string): Promise<MatterPage>;
  /** Appends once per event id; 'matter-not-found' when there is no such matter. */
  appendTimeline(matterId: string, entry: TimelineEntry): Promise<'appended' | 'already-recorded' | 'matter-not-found'>;
}

export const MATTER_REPOSITORY = Symbol('MatterRepository');
