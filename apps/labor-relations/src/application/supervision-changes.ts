import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { type IsoDate, todayInChina } from '@onewindow/calendar';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { assertCounty, assertText, InvalidSupervisionInputError, type SupervisionKind } from '../domain';
import { requireMaySupervise } from './supervision-access';
import {
  type EmployerRecord,
  type NumberSequence,
  OPEN_STATUSES,
  SUPERVISION_MATTER_REPOSITORY,
  type SupervisionEventRecord,
  type SupervisionMatterRecord,
  type SupervisionMatterRepository,
} from './supervision-matter.repository';

export class SupervisionMatterNotFoundError extends Error {
  constructor(supervisionId: string) {
    super(`no supervision matter ${supervisionId || '(none given)'}`);
    this.name = 'SupervisionMatterNotFoundError';
  }
}

/** A concluded matter takes no further step; the office's answer has gone to routing. */
export class SupervisionConcludedError extends Error {
  constructor(record: SupervisionMatterRecord) {
    super(`supervision matter ${record.number || record.supervisionId} was concluded on ${record.concludedOn}`);
    this.name = 'SupervisionConcludedError';
  }
}

/** A request id used before for another kind of matter (ALREADY_EXISTS would hide the first one). */
export class RequestIdReusedError extends InvalidSupervisionInputError {}

const NUMBER_LABELS: Record<NumberSequence, string> = {
  supervision: '劳监',
  'layoff-receipt': '劳监登',
  guidance: '劳监指',
  'inspection-referral': '劳监移',
};

export interface MatterChange {
  record: SupervisionMatterRecord;
  events: SupervisionEventRecord[];
}

/** The office's own matter's id, the same for the same county and request id (idempotent creation). */
export function ownSupervisionId(countyCode: string, requestId: string): string {
  const hex = createHash('sha256').update(`labor-relations:${countyCode}:${requestId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function employerOf(employer: Partial<EmployerRecord> | undefined, field = 'employer'): EmployerRecord {
  assertText(employer?.name, `${field}.name`, { max: 200 });
  const optional = (value: unknown, name: string) => {
    if (value === undefined || value === '') return '';
    assertText(value, `${field}.${name}`, { max: 200 });
    return (value as string).trim();
  };
  return {
    name: employer!.name!.trim(),
    unifiedSocialCreditCode: optional(employer!.unifiedSocialCreditCode, 'unifiedSocialCreditCode'),
    address: optional(employer!.address, 'address'),
    legalRepresentative: optional(employer!.legalRepresentative, 'legalRepresentative'),
  };
}

/**
 * Loads a matter, lets a use case change it, and saves the change with its events in one write, refusing
 * a change made from a version other than the one the caller saw (ABORTED: read it again).
 */
@Injectable()
export class SupervisionChanges {
  constructor(@Inject(SUPERVISION_MATTER_REPOSITORY) private readonly matters: SupervisionMatterRepository) {}

  async load(supervisionId: string): Promise<SupervisionMatterRecord> {
    const record = supervisionId ? await this.matters.findById(supervisionId) : undefined;
    if (!record) throw new SupervisionMatterNotFoundError(supervisionId);
    return record;
  }

  async documentNumber(sequence: NumberSequence, countyCode: string, issuedOn: IsoDate): Promise<string> {
    const year = Number(issuedOn.slice(0, 4));
    const next = await this.matters.nextNumber(sequence, countyCode, year);
    return `${countyCode}-${NUMBER_LABELS[sequence]}-${year}-${String(next).padStart(6, '0')}`;
  }

  /** `authorise` runs before anything else is looked at; `change` sees an open matter at the caller's version. */
  async change(
    caller: Caller,
    supervisionId: string,
    expectedVersion: number,
    change: (record: SupervisionMatterRecord) => Promise<MatterChange> | MatterChange,
  ): Promise<SupervisionMatterRecord> {
    const record = await this.load(supervisionId);
    requireMaySupervise(caller, record.countyCode);
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
      throw new InvalidSupervisionInputError(
        'expectedVersion',
        'give the version of the matter as you read it (its `version`)',
      );
    }
    if (expectedVersion !== record.version) {
      throw new ConcurrencyConflictError('supervision matter', supervisionId, expectedVersion);
    }
    if (!OPEN_STATUSES.includes(record.status)) throw new SupervisionConcludedError(record);
    const changed = await change(record);
    if (changed.events.length === 0) return record;
    await this.matters.saveChanges(changed.record, record.version, changed.events);
    return { ...changed.record, version: record.version + 1 };
  }

  /**
   * The office's own matter (no referral), made once per county and request id: a repeated request gets
   * the matter the first made; `build` sees a new, numbered record to fill in.
   */
  async openOwn(
    caller: Caller,
    request: {
      countyCode: string;
      requestId: string;
      kind: SupervisionKind;
      employer: Partial<EmployerRecord> | undefined;
    },
    now: Date,
    build: (record: SupervisionMatterRecord) => Promise<MatterChange> | MatterChange,
  ): Promise<SupervisionMatterRecord> {
    assertCounty(request.countyCode, 'countyCode');
    requireMaySupervise(caller, request.countyCode);
    assertText(request.requestId, 'requestId', { max: 200 });
    const supervisionId = ownSupervisionId(request.countyCode, request.requestId);
    const existing = await this.matters.findById(supervisionId);
    if (existing) return this.sameRequest(existing, request.kind);
    const employer = employerOf(request.employer);
    const openedOn = todayInChina(now);
    const number = await this.documentNumber('supervision', request.countyCode, openedOn);
    const built = await build({
      supervisionId,
      referralId: '',
      matterId: '',
      matterNumber: '',
      requestId: request.requestId,
      countyCode: request.countyCode,
      kind: request.kind,
      status: 'UNDER_REVIEW',
      number,
      employer,
      openedOn,
      conclusionReason: '',
      guidance: [],
      correctBy: '',
      inspectionCaseId: '',
      concludedOn: '',
      documents: [],
      version: 1,
    });
    if ((await this.matters.saveAndAnnounce(built.record, built.events)) === 'already-recorded') {
      // Two requests with the same id raced: the one that was stored first answers both.
      return this.sameRequest((await this.matters.findById(supervisionId))!, request.kind);
    }
    return built.record;
  }

  private sameRequest(existing: SupervisionMatterRecord, kind: SupervisionKind): SupervisionMatterRecord {
    if (existing.kind !== kind) {
      throw new RequestIdReusedError(
        'requestId',
        `was used for ${existing.number} (${existing.kind ?? 'no kind'}); give a new request id for another matter`,
      );
    }
    return existing;
  }
}
