import type { DeadlineWatch } from '@onewindow/deadlines';
import { ACCEPTANCE_DECISION_DEADLINE, AWARD_DEADLINE } from '../domain/watched-case-deadlines';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
} from './arbitration-case.repository';

/**
 * A case's saved events drive its watched deadlines: an application awaiting the decision starts the
 * acceptance clock, the decision meets it, acceptance starts the award clock. Registered after the case
 * is saved: the deadline never exists for a change that was not made.
 */
export class CaseDeadlines {
  constructor(private readonly watch: DeadlineWatch) {}

  async follow(record: ArbitrationCaseRecord, events: readonly ArbitrationEvent[]): Promise<void> {
    for (const event of events) {
      switch (event.type) {
        case 'ApplicationReceived':
          if (event.decisionDue) await this.register(ACCEPTANCE_DECISION_DEADLINE, record, event.decisionDue);
          break;
        case 'ApplicationAccepted':
          await this.watch.meet(
            ACCEPTANCE_DECISION_DEADLINE,
            record.caseId,
            `受理通知书 ${record.acceptanceNoticeNumber}`,
          );
          await this.register(AWARD_DEADLINE, record, event.awardDue);
          break;
        case 'ApplicationNotAccepted':
          await this.watch.meet(ACCEPTANCE_DECISION_DEADLINE, record.caseId, '出具不予受理通知书');
          break;
        case 'ProceedingsStep':
          for (const move of event.deadlineMoves) {
            if (move.action === 'register') await this.register(move.kind, record, move.due, move.subjectId);
            else await this.watch[move.action](move.kind, move.subjectId, move.reason);
          }
          break;
        default:
          break;
      }
    }
  }

  private async register(
    kind: string,
    record: ArbitrationCaseRecord,
    due: CaseDeadline,
    subjectId = record.caseId,
  ): Promise<void> {
    await this.watch.register(kind, {
      countyCode: record.countyCode,
      matterId: record.matterId,
      matterNumber: record.matterNumber,
      subjectId,
      dueOn: due.dueOn,
      provisional: due.provisional,
      // A period a step moved (an extension, a resumption) keeps the basis it was moved on.
      ...(subjectId !== record.caseId ? { legalBasis: due.citation } : {}),
    });
  }
}

/** The case repository, with every save followed by the case's deadlines (the use cases stay as they are). */
export class DeadlineFollowingCaseRepository implements ArbitrationCaseRepository {
  constructor(
    private readonly cases: ArbitrationCaseRepository,
    private readonly deadlines: CaseDeadlines,
  ) {}

  exists(caseId: string) {
    return this.cases.exists(caseId);
  }

  nextNumber(...args: Parameters<ArbitrationCaseRepository['nextNumber']>) {
    return this.cases.nextNumber(...args);
  }

  async saveAndAnnounce(record: ArbitrationCaseRecord, events: ArbitrationEvent[]) {
    const saved = await this.cases.saveAndAnnounce(record, events);
    // A redelivered referral: registering again changes nothing, and covers a crash right after the save.
    await this.deadlines.follow(record, events);
    return saved;
  }

  async saveChanges(record: ArbitrationCaseRecord, expectedVersion: number, events: ArbitrationEvent[]) {
    await this.cases.saveChanges(record, expectedVersion, events);
    await this.deadlines.follow(record, events);
  }

  findById(caseId: string) {
    return this.cases.findById(caseId);
  }

  findLatestByMatter(matterId: string) {
    return this.cases.findLatestByMatter(matterId);
  }

  list(...args: Parameters<ArbitrationCaseRepository['list']>) {
    return this.cases.list(...args);
  }
}
