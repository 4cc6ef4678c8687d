// Counts for the supervisor dashboard (值班主任看板): what workers claim, which paths their matters
// took (1+X 分流), and the same-day acceptance rate (当日受理率): of the applications the seed says
// must be accepted the same day — wage arrears, work injury, major collective disputes — how many
// arbitration accepted on the day the matter was registered.
import { addCalendarDays, todayInChina, type IsoDate } from '@onewindow/calendar';

/** What the dashboard needs to know of one matter. */
export interface MatterFacts {
  registeredAt: string;
  claimCategories: readonly string[];
  /** One entry per referral issued, in order; a target referred to twice shows twice. */
  referralTargets: readonly string[];
  /** When arbitration accepted the application (受理通知书), a China date. */
  acceptedOn?: IsoDate;
  /** Arbitration accepted it under 当日受理 (wage arrears, work injury, major collective dispute). */
  sameDayAcceptanceRequired?: boolean;
}

export interface CountBy {
  key: string;
  count: number;
}

export interface MatterStatistics {
  mattersTotal: number;
  byCategory: CountBy[];
  byPath: CountBy[];
  /** accepted: matters accepted that had to be accepted the same day; sameDay: those accepted on registration day. */
  sameDayAcceptance: { accepted: number; sameDay: number };
}

/** Adds matters one at a time, so a county's whole history never has to sit in memory. */
export class MatterStatisticsTally {
  private mattersTotal = 0;
  private readonly categories = new Map<string, number>();
  private readonly paths = new Map<string, number>();
  private accepted = 0;
  private sameDay = 0;

  add(matter: MatterFacts): void {
    this.mattersTotal += 1;
    for (const category of new Set(matter.claimCategories)) increment(this.categories, category);
    for (const target of matter.referralTargets) increment(this.paths, target);
    // An acceptance outside 当日受理 (decided within the statutory period) is no measure of it.
    if (matter.acceptedOn && matter.sameDayAcceptanceRequired) {
      this.accepted += 1;
      if (matter.acceptedOn === todayInChina(new Date(matter.registeredAt))) this.sameDay += 1;
    }
  }

  result(): MatterStatistics {
    return {
      mattersTotal: this.mattersTotal,
      byCategory: largestFirst(this.categories),
      byPath: largestFirst(this.paths),
      sameDayAcceptance: { accepted: this.accepted, sameDay: this.sameDay },
    };
  }
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

const largestFirst = (counts: Map<string, number>): CountBy[] =>
  [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/**
 * The instants bounding registrations on China dates `from`…`to` (both inclusive), for comparing
 * with registeredAt (an RFC 3339 instant in UTC): from ≤ registeredAt < before.
 */
export function registrationInstants(from?: IsoDate, to?: IsoDate): { from?: string; before?: string } {
  const startOfChinaDay = (date: IsoDate) => new Date(`${date}T00:00:00+08:00`).toISOString();
  return {
    ...(from ? { from: startOfChinaDay(from) } : {}),
    ...(to ? { before: startOfChinaDay(addCalendarDays(to, 1)) } : {}),
  };
}
