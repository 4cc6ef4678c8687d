import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { todayInChina } from '@onewindow/calendar';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { SERVICE_CLOCK, type ServiceClock } from '@onewindow/service-runtime';
import {
  type InspectionCaseRecord,
  InvalidInspectionInputError,
  NUMBER_LABELS,
  type NumberSequence,
  type StepContext,
  type StepPlan,
} from '../domain';
import { requireMayInspect } from './case-access';
import { INSPECTION_CASE_REPOSITORY, type InspectionCaseRepository } from './inspection-case.repository';

export class InspectionCaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`no inspection case ${caseId || '(none given)'}`);
    this.name = 'InspectionCaseNotFoundError';
  }
}

/**
 * Loads a case, lets a step plan its change, numbers the documents the plan issues (per county and year,
 * the same sequence helper mediation and arbitration use) and saves the change with its events in one
 * write, refusing a change made from a version other than the one the caller saw (ABORTED: read it again).
 */
@Injectable()
export class InspectionCaseChanges {
  constructor(
    @Inject(INSPECTION_CASE_REPOSITORY) private readonly cases: InspectionCaseRepository,
    @Inject(SERVICE_CLOCK) private readonly clock: ServiceClock,
  ) {}

  today(): string {
    return todayInChina(this.clock.now());
  }

  async load(caseId: string): Promise<InspectionCaseRecord> {
    const record = caseId ? await this.cases.findById(caseId) : undefined;
    if (!record) throw new InspectionCaseNotFoundError(caseId);
    return record;
  }

  async number(sequence: NumberSequence, countyCode: string, issuedOn: string): Promise<string> {
    const year = Number(issuedOn.slice(0, 4));
    const next = await this.cases.nextNumber(sequence, countyCode, year);
    return `${countyCode}-${NUMBER_LABELS[sequence]}-${year}-${String(next).padStart(6, '0')}`;
  }

  /** One step by an inspector of the case's county, at the version the caller read. */
  async step(
    caller: Caller,
    caseId: string,
    expectedVersion: number,
    plan: (record: InspectionCaseRecord, ctx: StepContext) => StepPlan,
  ): Promise<InspectionCaseRecord> {
    const record = await this.load(caseId);
    requireMayInspect(caller, record.countyCode);
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
      throw new InvalidInspectionInputError(
        'expected_version',
        'give the version of the case as you read it (its `version`)',
      );
    }
    if (expectedVersion !== record.version)
      throw new ConcurrencyConflictError('inspection case', caseId, expectedVersion);
    const ctx: StepContext = { today: this.today(), by: caller.userId };
    const planned = plan(record, ctx);
    const numbers: string[] = [];
    for (const sequence of planned.numbers) numbers.push(await this.number(sequence, record.countyCode, ctx.today));
    const changed = planned.apply(numbers);
    await this.cases.saveChanges(changed.record, record.version, changed.events);
    return { ...changed.record, version: record.version + 1 };
  }
}
