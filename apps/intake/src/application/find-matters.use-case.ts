import { Inject, Injectable } from '@nestjs/common';
import { type Caller, maySeePersonalData, PERSONAL_DATA_ROLES } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { MATTER_KINDS, MatterKind, parseIdentityNumber, parseMatterNumber, type FieldViolation } from '../domain';
import { isMatterStage, MATTER_STAGES } from '../domain/timeline';
import { requireMatter, requireStaff } from './matter-access';
import { InvalidMatterRequestError } from './register-matter.use-case';
import { MATTER_REPOSITORY, MatterFilter, MatterPage, MatterRecord, MatterRepository } from './matter.repository';

export class MatterNotFoundError extends Error {
  constructor(what: string) {
    super(`no matter ${what}`);
    this.name = 'MatterNotFoundError';
  }
}

/** The matter is not in a state to take the request; nothing was changed. */
export class MatterStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatterStateError';
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 50;

/** A search as it comes off the wire; empty strings mean "any". */
export interface MatterSearch {
  countyCode: string;
  stage: string;
  kind: string;
  query: string;
  identityNumber: string;
  pageSize: number;
  pageToken: string;
}

@Injectable()
export class FindMattersUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  /** The matter, when it is in the caller's counties (the service checks it, whatever the gateway did). */
  async byIdOrNumber(caller: Caller, matterId: string, matterNumber: string): Promise<MatterRecord> {
    const found = matterId
      ? await this.matters.findById(matterId)
      : matterNumber
        ? await this.matters.findByNumber(matterNumber)
        : undefined;
    if (!found)
      throw new MatterNotFoundError(matterId ? `with id ${matterId}` : `numbered ${matterNumber || '(none given)'}`);
    requireMatter(caller, found);
    return found;
  }

  /** The caller's counties' matters (or one of them), filtered, highest matter number first. */
  async list(caller: Caller, search: MatterSearch): Promise<MatterPage> {
    const { filter, problems } = readSearch(search);
    if (problems.length > 0) throw new InvalidMatterRequestError(problems);
    requireStaff(caller, 'search matters');
    if (search.countyCode) requireCounty(caller, search.countyCode);
    // A hit tells the searcher that this worker came to the center: a use of the whole number (个人信息).
    if (filter.identityNumber && !maySeePersonalData(caller)) {
      throw permissionDenied(
        `searching by identity number uses personal data: it needs one of the posts ${PERSONAL_DATA_ROLES.join(', ')}; ` +
          `posts ${caller.roles.join(', ')} may search by matter number or name`,
      );
    }
    const size = search.pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(search.pageSize, MAX_PAGE_SIZE);
    return this.matters.list(
      { ...filter, counties: search.countyCode ? [search.countyCode] : caller.counties },
      size,
      search.pageToken || undefined,
    );
  }
}

function readSearch(search: MatterSearch): { filter: Omit<MatterFilter, 'counties'>; problems: FieldViolation[] } {
  const problems: FieldViolation[] = [];
  const filter: Omit<MatterFilter, 'counties'> = {};
  if (search.countyCode && !isKnownCounty(search.countyCode)) {
    problems.push({ field: 'countyCode', description: `"${search.countyCode}" is not a county this center serves` });
  }
  if (search.stage) {
    if (isMatterStage(search.stage)) filter.stage = search.stage;
    else problems.push({ field: 'stage', description: `must be one of ${MATTER_STAGES.join(', ')}` });
  }
  if (search.kind) {
    if ((MATTER_KINDS as readonly string[]).includes(search.kind)) filter.kind = search.kind as MatterKind;
    else problems.push({ field: 'kind', description: `must be one of ${MATTER_KINDS.join(', ')}` });
  }
  const query = search.query.trim();
  if ([...query].length > MAX_QUERY_LENGTH) {
    problems.push({ field: 'query', description: `must be at most ${MAX_QUERY_LENGTH} characters` });
  } else if (query) {
    filter.query = query;
  }
  if (search.identityNumber) {
    const identity = parseIdentityNumber(search.identityNumber.trim());
    // The reason names what is wrong, never the number itself: search terms end up in logs.
    if (identity.ok) filter.identityNumber = identity.value.number;
    else problems.push({ field: 'identityNumber', description: `is not a valid identity number: ${identity.reason}` });
  }
  if (search.pageToken && !parseMatterNumber(search.pageToken).ok) {
    problems.push({ field: 'pageToken', description: 'not a page token this service issued' });
  }
  if (search.pageSize < 0) problems.push({ field: 'pageSize', description: 'must not be negative' });
  return { filter, problems };
}
