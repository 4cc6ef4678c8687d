import { CHINA_HOLIDAY_SCHEDULE, type HolidaySchedule, type IsoDate, todayInChina } from '@onewindow/calendar';
import {
  assertDeadlineKind,
  cancelDeadline,
  type Deadline,
  deadlineIdOf,
  type DeadlineKind,
  type DeadlineMove,
  type DeadlineRegistration,
  InvalidDeadlineError,
  meetDeadline,
  observeDeadline,
  registerDeadline,
  watchDaysOf,
} from '../domain/deadline';
import type { DeadlineStore } from './deadline-store';

export interface DeadlineWatchOptions {
  schedule?: HolidaySchedule;
  /**
   * What the service does about a breach (e.g. escalate to the duty supervisor), before it is recorded:
   * if it throws, the breach is not recorded and the next scan tries again, so it must be idempotent.
   */
  beforeBreach?: (deadline: Deadline, today: IsoDate) => Promise<void>;
}

export interface DeadlineScanResult {
  warned: number;
  breached: number;
}

/** Attempts at a move before giving up on a deadline someone keeps changing under it. */
const MAX_ATTEMPTS = 5;

/**
 * One service's deadlines: it registers each with its kind (label, legal basis, warning period), the
 * scan warns and records breaches, and the service says when one is met or cancelled. Every move is
 * announced on the service's deadlines topic in the same write that records it.
 */
export class DeadlineWatch {
  private readonly kinds: ReadonlyMap<string, DeadlineKind>;
  private readonly schedule: HolidaySchedule;
  private readonly beforeBreach?: DeadlineWatchOptions['beforeBreach'];

  constructor(
    private readonly service: string,
    kinds: readonly DeadlineKind[],
    private readonly store: DeadlineStore,
    options: DeadlineWatchOptions = {},
  ) {
    kinds.forEach(assertDeadlineKind);
    this.kinds = new Map(kinds.map((kind) => [kind.kind, kind]));
    this.schedule = options.schedule ?? CHINA_HOLIDAY_SCHEDULE;
    this.beforeBreach = options.beforeBreach;
  }

  /** Starts watching; registering the same kind and subject again returns the deadline already watched. */
  async register(kind: string, registration: DeadlineRegistration, now = new Date()): Promise<Deadline> {
    const deadline = registerDeadline(
      this.service,
      this.kindOf(kind),
      registration,
      now,
      todayInChina(now),
      this.schedule,
    );
    if ((await this.store.insert(deadline, ['DeadlineRegistered'], watchDaysOf(deadline))) === 'inserted') {
      return deadline;
    }
    return (await this.store.find(deadline.deadlineId))!.deadline;
  }

  /** What was due was done. Unknown or already ended: nothing changes. */
  meet(kind: string, subjectId: string, reason: string, now = new Date()): Promise<Deadline | undefined> {
    return this.move(deadlineIdOf(this.kindOf(kind).kind, subjectId), (d) => meetDeadline(d, now, reason));
  }

  /** No longer due. Unknown or already ended: nothing changes. */
  cancel(kind: string, subjectId: string, reason: string, now = new Date()): Promise<Deadline | undefined> {
    return this.move(deadlineIdOf(this.kindOf(kind).kind, subjectId), (d) => cancelDeadline(d, now, reason));
  }

  /** Warns about and records the breach of every deadline whose day has come, reading only those. */
  async scan(now = new Date()): Promise<DeadlineScanResult> {
    const today = todayInChina(now);
    const pass = await this.store.dueThrough(today);
    const result: DeadlineScanResult = { warned: 0, breached: 0 };
    for (const deadlineId of pass.deadlineIds) {
      const stored = await this.store.find(deadlineId);
      if (!stored) continue;
      const observed = observeDeadline(stored.deadline, today, now);
      if (observed.events.includes('DeadlineBreached')) await this.beforeBreach?.(observed.deadline, today);
      await this.move(
        deadlineId,
        (d) => observeDeadline(d, today, now),
        (events) => {
          if (events.includes('DeadlineWarned')) result.warned += 1;
          if (events.includes('DeadlineBreached')) result.breached += 1;
        },
      );
    }
    // Only after every deadline of those days was dealt with: a pass that failed is looked at again.
    await pass.lookedAt();
    return result;
  }

  private kindOf(kind: string): DeadlineKind {
    const found = this.kinds.get(kind);
    if (!found) throw new InvalidDeadlineError('kind', `${this.service} has no deadline kind ${kind}`);
    return found;
  }

  /** Applies `change` to the stored deadline, reading it again when someone else wrote it first. */
  private async move(
    deadlineId: string,
    change: (deadline: Deadline) => DeadlineMove,
    announced?: (events: DeadlineMove['events']) => void,
  ): Promise<Deadline | undefined> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.store.find(deadlineId);
      if (!stored) return undefined;
      const { deadline, events } = change(stored.deadline);
      if (events.length === 0) return deadline;
      if (await this.store.save(deadline, stored.version, events)) {
        announced?.(events);
        return deadline;
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new Error(
          `deadline ${deadlineId} changed under ${MAX_ATTEMPTS} attempts in a row; the next scan tries again`,
        );
      }
    }
  }
}
