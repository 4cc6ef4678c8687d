import type { AuditRecord } from './audit-log';

/** The refusals of one caller on one route with one outcome within one clock minute. */
export interface RefusalWindow {
  first: AuditRecord;
  minute: number;
  /** Refusals after the first, not yet on the log. */
  more: number;
  lastAt: Date;
}

const minuteOf = (at: Date) => Math.floor(at.getTime() / 60_000);

/**
 * Refusals counted per (caller, route, outcome, minute) in memory, so a flood of refused requests
 * becomes a few audit entries with counts instead of one entry each. The first refusal of a window
 * goes on the log at once (an attack shows while it runs, and a crash loses only the count of the
 * rest); the rest of the minute become one more entry when the window closes. At most `capacity`
 * windows are open: opening one more closes the oldest early.
 */
export class RefusalWindows {
  private readonly open = new Map<string, RefusalWindow>();

  constructor(private readonly capacity: number) {}

  /** Counts a refusal: `opens` when it is the first of its window (to be written now), with any windows it closed. */
  add(entry: AuditRecord, at: Date): { opens: boolean; closed: RefusalWindow[] } {
    const key = JSON.stringify([entry.actor, entry.action, entry.target, entry.outcome, entry.countyCode]);
    const minute = minuteOf(at);
    const current = this.open.get(key);
    if (current && current.minute === minute) {
      current.more += 1;
      current.lastAt = at;
      return { opens: false, closed: [] };
    }
    const closed: RefusalWindow[] = [];
    if (current) {
      this.open.delete(key);
      closed.push(current);
    } else if (this.open.size >= this.capacity) {
      const [oldestKey, oldest] = this.open.entries().next().value!;
      this.open.delete(oldestKey);
      closed.push(oldest);
    }
    this.open.set(key, { first: entry, minute, more: 0, lastAt: at });
    return { opens: true, closed: closed.filter((window) => window.more > 0) };
  }

  /** Closes every window of a minute before `at`'s; those with refusals still to write are returned. */
  closeBefore(at: Date): RefusalWindow[] {
    const minute = minuteOf(at);
    const closed: RefusalWindow[] = [];
    for (const [key, window] of this.open) {
      if (window.minute >= minute) continue;
      this.open.delete(key);
      if (window.more > 0) closed.push(window);
    }
    return closed;
  }

  /** Closes every window (at shutdown). */
  closeAll(): RefusalWindow[] {
    const closed = [...this.open.values()].filter((window) => window.more > 0);
    this.open.clear();
    return closed;
  }
}
