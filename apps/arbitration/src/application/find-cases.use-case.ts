import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isIsoDate } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import { requireCounty } from '@onewindow/service-runtime';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
  CasePosition,
  CaseStatus,
} from './arbitration-case.repository';
import { requireCallersCase } from './case-access';

export class CaseNotFoundError extends Error {
  constructor(what: string) {
    super(`no arbitration case ${what}`);
    this.name = 'CaseNotFoundError';
  }
}

/** A listing asked for with bad parameters; one entry per wrong field. */
export class InvalidCaseListingError extends Error {
  constructor(readonly problems: { field: string; description: string }[]) {
    super(`cannot list cases: ${problems.map((p) => `${p.field} ${p.description}`).join('; ')}`);
    this.name = 'InvalidCaseListingError';
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface CaseQuery {
  /** One of the caller's counties; all of them when empty. */
  countyCode: string;
  status?: CaseStatus;
  /** 0 for the default; more than the maximum gets the maximum. */
  pageSize: number;
  /** Empty for the first page. */
  pageToken: string;
}

export interface CasePage {
  cases: ArbitrationCaseRecord[];
  /** Empty on the last page. */
  nextPageToken: string;
}

// The token names the last case of a page; it carries nothing the caller could not see on that page.
const pageTokenOf = ({ receivedOn, caseId }: CasePosition) =>
  Buffer.from(JSON.stringify([receivedOn, caseId])).toString('base64url');

function positionOf(token: string): CasePosition | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return undefined;
    const [receivedOn, caseId] = parsed as unknown[];
    return typeof receivedOn === 'string' && isIsoDate(receivedOn) && typeof caseId === 'string' && caseId
      ? { receivedOn, caseId }
      : undefined;
  } catch {
    return undefined;
  }
}

@Injectable()
export class FindCasesUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  async byId(caller: Caller, caseId: string): Promise<ArbitrationCaseRecord> {
    const found = caseId ? await this.cases.findById(caseId) : undefined;
    if (!found) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
    requireCallersCase(caller, found);
    return found;
  }

  async byMatter(caller: Caller, matterId: string): Promise<ArbitrationCaseRecord> {
    const found = matterId ? await this.cases.findLatestByMatter(matterId) : undefined;
    if (!found) throw new CaseNotFoundError(`for matter ${matterId || '(none given)'}`);
    requireCallersCase(caller, found);
    return found;
  }

  /**
   * A page of the caller's counties' cases in the order received: the applications awaiting an
   * acceptance decision (待作出受理决定), or every case for a supervisor's overdue view.
   */
  async list(caller: Caller, query: CaseQuery): Promise<CasePage> {
    const after = query.pageToken ? positionOf(query.pageToken) : undefined;
    const problems = [
      ...(query.countyCode && !isKnownCounty(query.countyCode)
        ? [{ field: 'countyCode', description: `"${query.countyCode}" is not a county this center serves` }]
        : []),
      ...(query.pageToken && !after
        ? [{ field: 'pageToken', description: 'not a page token this service issued' }]
        : []),
      ...(query.pageSize < 0 ? [{ field: 'pageSize', description: 'must not be negative' }] : []),
    ];
    if (problems.length > 0) throw new InvalidCaseListingError(problems);
    if (query.countyCode) requireCounty(caller, query.countyCode);

    const size = query.pageSize === 0 ? DEFAULT_PAGE_SIZE : Math.min(query.pageSize, MAX_PAGE_SIZE);
    const found = await this.cases.list({
      countyCodes: query.countyCode ? [query.countyCode] : caller.counties,
      status: query.status,
      after,
      limit: size + 1,
    });
    const cases = found.slice(0, size);
    const last = cases[cases.length - 1];
    return { cases, nextPageToken: found.length > size && last ? pageTokenOf(last) : '' };
  }
}
