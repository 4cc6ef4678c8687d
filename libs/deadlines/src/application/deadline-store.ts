import type { IsoDate } from '@onewindow/calendar';
import type { Deadline, DeadlineEventType } from '../domain/deadline';

export interface StoredDeadline {
  deadline: Deadline;
  version: number;
}

/** The days a scan has come to, and the deadlines filed under them (see DueDayIndex). */
export interface DeadlineScanPass {
  deadlineIds: string[];
  lookedAt(): Promise<void>;
}

/** Where a service keeps its deadlines; each write carries the events it announces, in one write. */
export interface DeadlineStore {
  find(deadlineId: string): Promise<StoredDeadline | undefined>;
  /** Files the deadline under the days the scan must look at it, then inserts it: 'duplicate' if it exists. */
  insert(
    deadline: Deadline,
    events: readonly DeadlineEventType[],
    watchDays: readonly IsoDate[],
  ): Promise<'inserted' | 'duplicate'>;
  /** False when someone else changed it since `expectedVersion`. */
  save(deadline: Deadline, expectedVersion: number, events: readonly DeadlineEventType[]): Promise<boolean>;
  /** Deadlines filed under days up to and including `today` not yet looked at. */
  dueThrough(today: IsoDate): Promise<DeadlineScanPass>;
}
