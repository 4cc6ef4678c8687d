import { Inject, Injectable } from '@nestjs/common';
import { type Caller, hasAnyRole } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { type InspectionCaseRecord, type InspectionStatus, OPEN_STATUSES } from '../domain';
import { INSPECTION_READER_ROLES, requireMayRead } from './case-access';
import { InspectionCaseChanges } from './inspection-case-changes';
import { INSPECTION_CASE_REPOSITORY, type InspectionCaseRepository } from './inspection-case.repository';

export class InvalidInspectionListingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidInspectionListingError';
  }
}

export class InspectionCaseNotFoundForMatterError extends Error {
  constructor(matterId: string) {
    super(`matter ${matterId || '(none given)'} has no inspection case`);
    this.name = 'InspectionCaseNotFoundForMatterError';
  }
}

const MAX_PAGE = 100;

const encodeToken = (record: InspectionCaseRecord) =>
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
  throw new InvalidInspectionListingError('page_token', 'is not a token this listing gave');
}

/** Reading cases: one case, the matter's latest, a county's queue (oldest received first). */
@Injectable()
export class FindInspectionCasesUseCase {
  constructor(
    @Inject(INSPECTION_CASE_REPOSITORY) private readonly cases: InspectionCaseRepository,
    private readonly changes: InspectionCaseChanges,
  ) {}

  async get(caller: Caller, caseId: string): Promise<InspectionCaseRecord> {
    const record = await this.changes.load(caseId);
    requireMayRead(caller, record.countyCode);
    return record;
  }

  async byMatter(caller: Caller, matterId: string): Promise<InspectionCaseRecord> {
    const record = matterId ? await this.cases.findLatestByMatter(matterId) : undefined;
    if (!record) throw new InspectionCaseNotFoundForMatterError(matterId);
    requireMayRead(caller, record.countyCode);
    return record;
  }

  async list(
    caller: Caller,
    request: { countyCodes: string[]; status?: InspectionStatus; pageSize: number; pageToken: string },
  ) {
    if (!hasAnyRole(caller, INSPECTION_READER_ROLES)) {
      throw permissionDenied('inspection queues are for the INSPECTOR post and the duty SUPERVISOR');
    }
    request.countyCodes.forEach((code, i) => {
      if (!isKnownCounty(code)) {
        throw new InvalidInspectionListingError(`county_codes[${i}]`, `"${code}" is not a county this center serves`);
      }
      requireCounty(caller, code);
    });
    const pageSize = request.pageSize || 50;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidInspectionListingError('page_size', `must be 1 to ${MAX_PAGE}; got ${String(request.pageSize)}`);
    }
    const after = decodeToken(request.pageToken);
    const cases = await this.cases.list({
      countyCodes: request.countyCodes.length > 0 ? request.countyCodes : caller.counties,
      statuses: request.status ? [request.status] : OPEN_STATUSES,
      ...(after ? { after } : {}),
      limit: pageSize + 1,
    });
    const page = cases.slice(0, pageSize);
    return { cases: page, nextPageToken: cases.length > pageSize ? encodeToken(page.at(-1)!) : '' };
  }
}
