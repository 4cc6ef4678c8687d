import type { DeadlineWatch } from '@onewindow/deadlines';
import { ACCEPTANCE_DECISION_DEADLINE, AWARD_DEADLINE } from '../domain/watched-case-deadlines';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
} from './arbitration-case.repository';

const STEP_REASONS: Record<Extract<ArbitrationEvent, { type: 'ProceedingsStep' }>['kind'], string> = {
  AWARD_PERIOD_EXTENDED: '经批准延长仲裁期限',
  PROCEEDINGS_SUSPENDED: '中止审理，中止期间不计入仲裁期限',
  PROCEEDINGS_RESUMED: '恢复审理，仲裁期限重新确定',
  APPLICATION_WITHDRAWN: '申请人撤回仲裁申请',
};

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
          // The award deadline in force is replaced (extension, resumption), stopped (suspension) or ended
          // (withdrawal): the one before is cancelled with the step's reason.
          await this.watch.cancel(AWARD_DEADLINE, event.previousAwardSubject, STEP_REASONS[event.kind]);
          if (event.awardDue) {
            await this.watch.register(AWARD_DEADLINE, {
              countyCode: record.countyCode,
              matterId: record.matterId,
              matterNumber: record.matterNumber,
              subjectId: record.awardDeadlineSubject!,
              dueOn: event.awardDue.dueOn,
              provisional: event.awardDue.provisional,
              legalBasis: event.awardDue.citation,
            });
          }
          break;
        default:
          break;
      }
    }
  }

  private async register(kind: string, record: ArbitrationCaseRecord, due: CaseDeadline): Promise<void> {
    await this.watch.register(kind, {
      countyCode: record.countyCode,
      matterId: record.matterId,
      matterNumber: record.matterNumber,
      subjectId: record.caseId,
      dueOn: due.dueOn,
      provisional: due.provisional,
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
