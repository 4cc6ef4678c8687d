import type { DeadlineWatch } from '@onewindow/deadlines';
import type { InspectionCaseRecord, InspectionEvent, NumberSequence } from '../domain';
import type { InspectionCaseListing, InspectionCaseRepository } from './inspection-case.repository';

/**
 * A case's saved events drive its watched deadlines: each event names what it does to them (the domain
 * decides: register, meet, cancel), carried out after the case is saved, so a deadline never exists for
 * a change that was not made. The office's own case has no matter: its deadlines name none, and show the
 * case's registration number.
 */
export class InspectionDeadlines {
  constructor(private readonly watch: DeadlineWatch) {}

  async follow(record: InspectionCaseRecord, events: readonly InspectionEvent[]): Promise<void> {
    const ids = {
      countyCode: record.countyCode,
      matterId: record.matterId,
      matterNumber: record.matterNumber || record.registrationNumber,
    };
    for (const event of events) {
      for (const move of event.watch ?? []) {
        if (move.action === 'register') {
          await this.watch.register(move.kind, {
            ...ids,
            subjectId: move.subjectId,
            dueOn: move.dueOn,
            provisional: move.provisional,
            ...(move.legalBasis ? { legalBasis: move.legalBasis } : {}),
          });
        } else if (move.action === 'meet') {
          await this.watch.meet(move.kind, move.subjectId, move.reason);
        } else {
          await this.watch.cancel(move.kind, move.subjectId, move.reason);
        }
      }
    }
  }
}

/** The case repository, with every save followed by the case's deadlines (the use cases stay as they are). */
export class DeadlineFollowingInspectionRepository implements InspectionCaseRepository {
  constructor(
    private readonly cases: InspectionCaseRepository,
    private readonly deadlines: InspectionDeadlines,
  ) {}

  nextNumber(sequence: NumberSequence, countyCode: string, year: number) {
    return this.cases.nextNumber(sequence, countyCode, year);
  }

  async saveAndAnnounce(record: InspectionCaseRecord, events: InspectionEvent[]) {
    const saved = await this.cases.saveAndAnnounce(record, events);
    // A repeat registers the same deadlines again (same subjects and days), which changes nothing and
    // covers a crash right after the first save.
    await this.deadlines.follow(record, events);
    return saved;
  }

  async saveChanges(record: InspectionCaseRecord, expectedVersion: number, events: InspectionEvent[]) {
    await this.cases.saveChanges(record, expectedVersion, events);
    await this.deadlines.follow(record, events);
  }

  findById(caseId: string) {
    return this.cases.findById(caseId);
  }

  findLatestByMatter(matterId: string) {
    return this.cases.findLatestByMatter(matterId);
  }

  list(listing: InspectionCaseListing) {
    return this.cases.list(listing);
  }
}
