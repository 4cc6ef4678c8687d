import type { DeadlineWatch } from '@onewindow/deadlines';
import {
  ACCEPTANCE_DECISION_DEADLINE,
  APPLICATION_COPY_SERVICE_DEADLINE,
  AWARD_DEADLINE,
  CHALLENGE_DECISION_DEADLINE,
  TRIBUNAL_NOTICE_DEADLINE,
} from '../domain/watched-case-deadlines';
import type {
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  ArbitrationEvent,
  CaseDeadline,
} from './arbitration-case.repository';

/** The clocks acceptance starts besides the award's, by the case deadline's id (deadlinesAfterAcceptance). */
const STARTED_ON_ACCEPTANCE: readonly { deadlineId: string; kind: string }[] = [
  // 送达仲裁申请书副本 within 5 days (劳动争议调解仲裁法 Art. 30), met by RecordApplicationCopyService.
  { deadlineId: 'arbitration.respondent-copy-service', kind: APPLICATION_COPY_SERVICE_DEADLINE },
  // 组庭通知 within 5 days (Art. 32), met by ComposeTribunal with its notice day.
  { deadlineId: 'arbitration.tribunal-composition-notice', kind: TRIBUNAL_NOTICE_DEADLINE },
];

const ENDED_CASE_REASONS: Partial<Record<ArbitrationCaseRecord['status'], string>> = {
  WITHDRAWN: '案件已撤回仲裁申请（或按撤回处理），不再需要',
  MEDIATED: '仲裁调解书已生效，案件调解结案，不再需要',
  AWARDED: '已作出裁决，案件审结，不再需要',
};

/**
 * A case's saved events drive its watched deadlines: an application awaiting the decision starts the
 * acceptance clock, the decision meets it, acceptance starts the award clock and those of the service and
 * the tribunal notice; a step that ends the case stops whichever of those is still open. Registered after
 * the case is saved: the deadline never exists for a change that was not made.
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
          for (const started of STARTED_ON_ACCEPTANCE) {
            const due = record.deadlines.find((deadline) => deadline.id === started.deadlineId);
            if (due) await this.register(started.kind, record, due);
          }
          break;
        case 'ApplicationNotAccepted':
          await this.watch.meet(ACCEPTANCE_DECISION_DEADLINE, record.caseId, '出具不予受理通知书');
          break;
        case 'ProceedingsStep':
          for (const move of event.deadlineMoves) {
            if (move.action === 'register') await this.register(move.kind, record, move.due, move.subjectId);
            else await this.watch[move.action](move.kind, move.subjectId, move.reason);
          }
          await this.stopWhenEnded(record);
          break;
        default:
          break;
      }
    }
  }

  /** A case that ended (withdrawn, mediated, awarded) owes no service, tribunal notice or challenge decision. */
  private async stopWhenEnded(record: ArbitrationCaseRecord): Promise<void> {
    const reason = ENDED_CASE_REASONS[record.status];
    if (!reason) return;
    if (!record.applicationCopyService) {
      await this.watch.cancel(APPLICATION_COPY_SERVICE_DEADLINE, record.caseId, reason);
    }
    if (!record.tribunal?.notifiedOn) await this.watch.cancel(TRIBUNAL_NOTICE_DEADLINE, record.caseId, reason);
    for (const [index, challenge] of (record.tribunal?.challenges ?? []).entries()) {
      if (challenge.status === 'PENDING') {
        await this.watch.cancel(CHALLENGE_DECISION_DEADLINE, challengeDeadlineSubject(record.caseId, index), reason);
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

/** The subject a challenge's decision deadline is watched under: one per challenge of the case. */
export const challengeDeadlineSubject = (caseId: string, challengeIndex: number) =>
  `${caseId}#challenge-${challengeIndex + 1}`;

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
