import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole, MATTER_READER_ROLES } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { requireMaySee } from './case-access';
import { MediationCaseChanges } from './mediation-case-changes';
import {
  MEDIATION_CASE_REPOSITORY,
  type MediationCaseRecord,
  type MediationCaseRepository,
  type MediationStatus,
  OPEN_STATUSES,
} from './mediation-case.repository';

export class InvalidMediationListingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidMediationListingError';
  }
}

export interface MediationListingRequest {
  countyCodes: string[];
  /** none: the open cases */
  status?: MediationStatus;
  assignedTo?: string;
  pageSize: number;
  pageToken: string;
}

const MAX_PAGE = 100;

const encodeToken = (record: MediationCaseRecord) =>
  Buffer.from(JSON.stringify({ receivedOn: record.receivedOn, caseId: record.caseId })).toString('base64url');

function decodeToken(token: string): { receivedOn: string; caseId: string } | undefined {
  if (!token) return undefined;
  try {
    const position = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof position['receivedOn'] === 'string' && typeof position['caseId'] === 'string') {
      return { receivedOn: position['receivedOn'], caseId: position['caseId'] };
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidMediationListingError('pageToken', 'is not a token this listing gave');
}

/** Reading mediations: one case, the matter's, a county's queue (oldest received first). */
@Injectable()
export class FindMediationCasesUseCase {
  constructor(
    @Inject(MEDIATION_CASE_REPOSITORY) private readonly cases: MediationCaseRepository,
    private readonly changes: MediationCaseChanges,
  ) {}

  async get(caller: Caller, caseId: string): Promise<MediationCaseRecord> {
    const record = await this.changes.load(caseId);
    requireMaySee(caller, record);
    return record;
  }

  async byMatter(caller: Caller, matterId: string): Promise<MediationCaseRecord> {
    const record = matterId ? await this.cases.findLatestByMatter(matterId) : undefined;
    if (!record) throw new MediationCaseNotFoundForMatterError(matterId);
    requireMaySee(caller, record);
    return record;
  }

  async list(caller: Caller, request: MediationListingRequest) {
    if (!hasAnyRole(caller, MATTER_READER_ROLES)) {
      throw permissionDenied('mediation queues are for the posts that work on matters');
    }
    request.countyCodes.forEach((code, i) => {
      if (!isKnownCounty(code)) {
        throw new InvalidMediationListingError(`countyCodes[${i}]`, `"${code}" is not a county this center serves`);
      }
      requireCounty(caller, code);
    });
    const pageSize = request.pageSize || 50;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidMediationListingError('pageSize', `must be 1 to ${MAX_PAGE}; got ${String(request.pageSize)}`);
    }
    const after = decodeToken(request.pageToken);
    const cases = await this.cases.list({
      countyCodes: request.countyCodes.length > 0 ? request.countyCodes : caller.counties,
      statuses: request.status ? [request.status] : OPEN_STATUSES,
      ...(request.assignedTo ? { assignedTo: request.assignedTo } : {}),
      ...(after ? { after } : {}),
      limit: pageSize + 1,
    });
    const page = cases.slice(0, pageSize);
    return { cases: page, nextPageToken: cases.length > pageSize ? encodeToken(page.at(-1)!) : '' };
  }
}

export class MediationCaseNotFoundForMatterError extends Error {
  constructor(matterId: string) {
    super(`matter ${matterId || '(none given)'} has no mediation case`);
    this.name = 'MediationCaseNotFoundForMatterError';
  }
}
