import type { IsoDate } from '@onewindow/calendar';
import type { Deadline, DeadlineWatch } from '@onewindow/deadlines';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { type MediationOutcome, outcomeOfPerformance, outcomeOfPeriod } from '../domain';
import {
  caseOfDeadlineSubject,
  INSTALMENT_DEADLINE,
  MEDIATION_PERIOD_DEADLINE,
} from '../domain/watched-mediation-deadlines';
import { MediationCaseChanges } from './mediation-case-changes';
import type { MediationCaseRecord, MediationCaseRepository } from './mediation-case.repository';
import { performanceOf } from './performance.use-case';

/**
 * What a breached deadline does to its case, before the breach is recorded (DeadlineWatch's
 * beforeBreach, so a failure here is tried again at the next scan):
 * - the period lapsed without an agreement in force (劳动争议调解仲裁法 Art. 14 para 3): the mediation
 *   fails, routing sends the matter to arbitration, the worker gets the 调解终止通知书;
 * - an instalment's day passed unpaid (Art. 15): the same, for non-performance.
 * A case that ended meanwhile, or a deadline an extension replaced, changes nothing.
 */
export class MediationClock {
  constructor(
    private readonly cases: MediationCaseRepository,
    private readonly changes: MediationCaseChanges,
  ) {}

  async onBreach(deadline: Deadline, today: IsoDate): Promise<void> {
    const outcomeOf = (record: MediationCaseRecord): MediationOutcome | undefined => {
      if (deadline.kind === MEDIATION_PERIOD_DEADLINE) {
        if (record.periodDeadlineSubject !== deadline.subjectId || record.status === 'AGREEMENT_IN_FORCE')
          return undefined;
        return outcomeOfPeriod(record.period, today, record.agreement);
      }
      if (deadline.kind === INSTALMENT_DEADLINE && record.status === 'AGREEMENT_IN_FORCE') {
        return outcomeOfPerformance(performanceOf(record, today)!);
      }
      return undefined;
    };
    const caseId = caseOfDeadlineSubject(deadline.subjectId);
    for (let attempt = 1; ; attempt++) {
      const record = await this.cases.findById(caseId);
      if (!record || !['AWAITING_CONSENT', 'IN_MEDIATION', 'AGREEMENT_IN_FORCE'].includes(record.status)) return;
      const outcome = outcomeOf(record);
      if (!outcome) return;
      try {
        await this.changes.change(
          caseId,
          record.version,
          () => undefined,
          (current) => this.changes.conclude(current, outcome, today),
        );
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= 5) throw error;
      }
    }
  }
}

/** Looks at the mediation clocks as of `now` (the timer does it every minute; tests and tools on demand). */
export class MediationReview {
  constructor(private readonly watch: DeadlineWatch) {}

  review(now: Date) {
    return this.watch.scan(now);
  }
}
