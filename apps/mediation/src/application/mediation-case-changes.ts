import { Inject, Injectable } from '@nestjs/common';
import type { IsoDate } from '@onewindow/calendar';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import type { common } from '@onewindow/contracts';
import { InvalidMediationInputError, type MediationOutcome, type MediationPeriod } from '../domain';
import {
  MEDIATION_CASE_REPOSITORY,
  type MediationCaseRecord,
  type MediationCaseRepository,
  type MediationEvent,
  MEDIATOR_ROLL,
  type MediatorRoll,
  type NumberSequence,
  OPEN_STATUSES,
} from './mediation-case.repository';

export class MediationCaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`no mediation case ${caseId || '(none given)'}`);
    this.name = 'MediationCaseNotFoundError';
  }
}

/** A case that has ended (调解终结) takes no further step; the office's answer has gone to routing. */
export class MediationConcludedError extends Error {
  constructor(record: MediationCaseRecord) {
    super(
      `mediation case ${record.caseId} has ended (${record.status}${record.concludedOn ? ` on ${record.concludedOn}` : ''})`,
    );
    this.name = 'MediationConcludedError';
  }
}

const NUMBER_LABELS: Record<NumberSequence, string> = {
  recommendation: '调建',
  agreement: '调协',
  'failure-notice': '调终',
};

export interface CaseChange {
  record: MediationCaseRecord;
  events: MediationEvent[];
}

/**
 * Loads a case, lets a use case change it, and saves the change with its events in one write, refusing
 * a change made from a version other than the one the caller saw (ABORTED: read it again).
 */
@Injectable()
export class MediationCaseChanges {
  constructor(
    @Inject(MEDIATION_CASE_REPOSITORY) private readonly cases: MediationCaseRepository,
    @Inject(MEDIATOR_ROLL) private readonly roll: MediatorRoll,
  ) {}

  async load(caseId: string): Promise<MediationCaseRecord> {
    const record = caseId ? await this.cases.findById(caseId) : undefined;
    if (!record) throw new MediationCaseNotFoundError(caseId);
    return record;
  }

  async documentNumber(sequence: NumberSequence, countyCode: string, issuedOn: string): Promise<string> {
    const year = Number(issuedOn.slice(0, 4));
    const next = await this.cases.nextNumber(sequence, countyCode, year);
    return `${countyCode}-${NUMBER_LABELS[sequence]}-${year}-${String(next).padStart(6, '0')}`;
  }

  /**
   * `authorise` runs before anything else is looked at; `change` sees an open case at the version the
   * caller named (the clock names the version it has just read).
   */
  async change(
    caseId: string,
    expectedVersion: number,
    authorise: (record: MediationCaseRecord) => void,
    change: (record: MediationCaseRecord) => Promise<CaseChange> | CaseChange,
    { mayChangeEnded = () => false }: { mayChangeEnded?: (record: MediationCaseRecord) => boolean } = {},
  ): Promise<MediationCaseRecord> {
    const record = await this.load(caseId);
    authorise(record);
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
      throw new InvalidMediationInputError(
        'expectedVersion',
        'give the version of the case as you read it (its `version`)',
      );
    }
    if (expectedVersion !== record.version) {
      throw new ConcurrencyConflictError('mediation case', caseId, expectedVersion);
    }
    if (!OPEN_STATUSES.includes(record.status) && !mayChangeEnded(record)) throw new MediationConcludedError(record);
    const changed = await change(record);
    if (changed.events.length === 0) return record;
    await this.cases.saveChanges(changed.record, record.version, changed.events);
    const saved = { ...changed.record, version: record.version + 1 };
    await this.followRoll(record, saved);
    return saved;
  }

  /** The roll counts each mediator's open cases (the load assignment balances). */
  private async followRoll(before: MediationCaseRecord, after: MediationCaseRecord): Promise<void> {
    const ids = (record: MediationCaseRecord) =>
      OPEN_STATUSES.includes(record.status) ? (record.assignment?.mediators ?? []).map((m) => m.staffUserId) : [];
    const [was, is] = [ids(before), ids(after)];
    const released = was.filter((id) => !is.includes(id));
    const joined = is.filter((id) => !was.includes(id));
    // Only the mediators whose load changed are written: most steps change no one's.
    if (joined.length > 0) await this.roll.recordOpenCase(after.caseId, after.countyCode, joined);
    if (released.length > 0) await this.roll.recordClosedCase(after.caseId, after.countyCode, released);
  }

  /**
   * The case ends with `outcome` (调解终结): routing is told by the office contract, and a failure is
   * also told to the worker in writing (调解终止通知书), with the way to arbitration.
   */
  async conclude(record: MediationCaseRecord, outcome: MediationOutcome, today: IsoDate): Promise<CaseChange> {
    const status = outcome.kind === 'RESOLVED' ? 'RESOLVED' : 'FAILED';
    const notice =
      outcome.kind === 'FAILED'
        ? {
            kind: 'FAILURE_NOTICE' as const,
            title: '调解终止通知书',
            number: await this.documentNumber('failure-notice', record.countyCode, today),
            issuedOn: today,
          }
        : undefined;
    return {
      record: {
        ...record,
        status,
        outcome,
        concludedOn: today,
        documents: notice ? [...record.documents, notice] : record.documents,
      },
      events: [
        {
          kind: 'CONCLUDED',
          summary:
            outcome.kind === 'RESOLVED'
              ? `调解结案：${outcome.reason}`
              : `调解终止（${notice!.title} ${notice!.number}）：${outcome.reason}；已退回分流，转仲裁处理`,
          ...(notice ? { documentNumber: notice.number } : {}),
          officeAnswer: 'CONCLUDED',
        },
      ],
    };
  }
}

/** The period in force as a deadline on the wire (events, the case view). */
export function periodOnTheWire(period: MediationPeriod): common.Deadline {
  return { label: period.label, dueOn: period.dueOn, provisional: period.provisional, citation: period.citation };
}
