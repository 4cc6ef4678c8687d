import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { requireCounty } from '@onewindow/service-runtime';
import type { SupervisionKind } from '../domain';
import { requireMayRead } from './supervision-access';
import { SupervisionChanges } from './supervision-changes';
import {
  OPEN_STATUSES,
  SUPERVISION_MATTER_REPOSITORY,
  type SupervisionMatterRecord,
  type SupervisionMatterRepository,
  type SupervisionStatus,
} from './supervision-matter.repository';

export class InvalidSupervisionListingError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvalidSupervisionListingError';
  }
}

export class SupervisionMatterNotFoundForMatterError extends Error {
  constructor(matterId: string) {
    super(`matter ${matterId || '(none given)'} never went to labor-relations supervision`);
    this.name = 'SupervisionMatterNotFoundForMatterError';
  }
}

export interface SupervisionListingRequest {
  countyCodes: string[];
  /** none: the open matters */
  status?: SupervisionStatus;
  kind?: SupervisionKind;
  pageSize: number;
  pageToken: string;
}

const MAX_PAGE = 100;

const encodeToken = (record: SupervisionMatterRecord) =>
  Buffer.from(JSON.stringify({ openedOn: record.openedOn, supervisionId: record.supervisionId })).toString('base64url');

function decodeToken(token: string): { openedOn: string; supervisionId: string } | undefined {
  if (!token) return undefined;
  try {
    const position = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof position['openedOn'] === 'string' && typeof position['supervisionId'] === 'string') {
      return { openedOn: position['openedOn'], supervisionId: position['supervisionId'] };
    }
  } catch {
    // falls through to the error below
  }
  throw new InvalidSupervisionListingError('pageToken', 'is not a token this listing gave');
}

/** Reading supervision matters: one, the matter's latest, a county's queue (oldest opened first). */
@Injectable()
export class FindSupervisionMattersUseCase {
  constructor(
    @Inject(SUPERVISION_MATTER_REPOSITORY) private readonly matters: SupervisionMatterRepository,
    private readonly changes: SupervisionChanges,
  ) {}

  async get(caller: Caller, supervisionId: string): Promise<SupervisionMatterRecord> {
    const record = await this.changes.load(supervisionId);
    requireMayRead(caller, record.countyCode);
    return record;
  }

  async byMatter(caller: Caller, matterId: string): Promise<SupervisionMatterRecord> {
    const record = matterId ? await this.matters.findLatestByMatter(matterId) : undefined;
    if (!record) throw new SupervisionMatterNotFoundForMatterError(matterId);
    requireMayRead(caller, record.countyCode);
    return record;
  }

  async list(caller: Caller, request: SupervisionListingRequest) {
    requireMayRead(caller);
    request.countyCodes.forEach((code, i) => {
      if (!isKnownCounty(code)) {
        throw new InvalidSupervisionListingError(`countyCodes[${i}]`, `"${code}" is not a county this center serves`);
      }
      requireCounty(caller, code);
    });
    const pageSize = request.pageSize || 50;
    if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE) {
      throw new InvalidSupervisionListingError('pageSize', `must be 1 to ${MAX_PAGE}; got ${String(request.pageSize)}`);
    }
    const after = decodeToken(request.pageToken);
    const matters = await this.matters.list({
      countyCodes: request.countyCodes.length > 0 ? request.countyCodes : caller.counties,
      statuses: request.status ? [request.status] : OPEN_STATUSES,
      ...(request.kind ? { kind: request.kind } : {}),
      ...(after ? { after } : {}),
      limit: pageSize + 1,
    });
    const page = matters.slice(0, pageSize);
    return { matters: page, nextPageToken: matters.length > pageSize ? encodeToken(page.at(-1)!) : '' };
  }
}
