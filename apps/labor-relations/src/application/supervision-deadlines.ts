import { compareIsoDates, todayInChina } from '@onewindow/calendar';
import type { DeadlineWatch } from '@onewindow/deadlines';
import type { ServiceClock } from '@onewindow/service-runtime';
import { GUIDANCE_FOLLOW_UP_DEADLINE, LAYOFF_PLANNED_DAY_DEADLINE } from '../domain/watched-supervision-deadlines';
import type {
  NumberSequence,
  SupervisionEventRecord,
  SupervisionListing,
  SupervisionMatterRecord,
  SupervisionMatterRepository,
} from './supervision-matter.repository';

const CONCLUDING_EVENTS = ['监管结论', '指导意见书', '移送劳动保障监察', '无需报告'];

/**
 * A matter's saved events drive its watched deadlines: a registered layoff report watches its first planned
 * layoff day (for information), a 指导意见书 its correct-by day (复查), and the end of the matter cancels the
 * layoff day. Registered after the matter is saved: a deadline never exists for a change that was not made.
 */
export class SupervisionDeadlines {
  constructor(
    private readonly watch: DeadlineWatch,
    private readonly clock: ServiceClock,
  ) {}

  async follow(record: SupervisionMatterRecord, events: readonly SupervisionEventRecord[]): Promise<void> {
    // The office's own matters have no intake matter: the deadline shows the supervision matter's number.
    const ids = {
      countyCode: record.countyCode,
      matterId: record.matterId,
      matterNumber: record.matterNumber || record.number,
      subjectId: record.supervisionId,
    };
    for (const event of events) {
      if (event.kind === '裁员报告已登记' && record.layoff?.plannedOn) {
        if (compareIsoDates(record.layoff.plannedOn, todayInChina(this.clock.now())) >= 0) {
          await this.watch.register(LAYOFF_PLANNED_DAY_DEADLINE, { ...ids, dueOn: record.layoff.plannedOn });
        }
      }
      if (event.kind === '指导意见书' && record.correctBy) {
        await this.watch.register(GUIDANCE_FOLLOW_UP_DEADLINE, { ...ids, dueOn: record.correctBy });
      }
      if (CONCLUDING_EVENTS.includes(event.kind)) {
        await this.watch.cancel(LAYOFF_PLANNED_DAY_DEADLINE, record.supervisionId, `监管事项已办结（${event.kind}）`);
      }
    }
  }
}

/** The matter repository, with every save followed by the matter's deadlines (the use cases stay as they are). */
export class DeadlineFollowingSupervisionRepository implements SupervisionMatterRepository {
  constructor(
    private readonly matters: SupervisionMatterRepository,
    private readonly deadlines: SupervisionDeadlines,
  ) {}

  nextNumber(sequence: NumberSequence, countyCode: string, year: number) {
    return this.matters.nextNumber(sequence, countyCode, year);
  }

  async saveAndAnnounce(record: SupervisionMatterRecord, events: SupervisionEventRecord[]) {
    const saved = await this.matters.saveAndAnnounce(record, events);
    if (saved === 'saved') await this.deadlines.follow(record, events);
    return saved;
  }

  async saveChanges(record: SupervisionMatterRecord, expectedVersion: number, events: SupervisionEventRecord[]) {
    await this.matters.saveChanges(record, expectedVersion, events);
    await this.deadlines.follow(record, events);
  }

  findById(supervisionId: string) {
    return this.matters.findById(supervisionId);
  }

  findLatestByMatter(matterId: string) {
    return this.matters.findLatestByMatter(matterId);
  }

  list(listing: SupervisionListing) {
    return this.matters.list(listing);
  }
}
