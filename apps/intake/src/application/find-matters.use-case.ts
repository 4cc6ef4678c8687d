import { Inject, Injectable } from '@nestjs/common';
import { isKnownCounty } from '@onewindow/county';
import { parseMatterNumber } from '../domain';
import { InvalidMatterRequestError } from './register-matter.use-case';
import { MATTER_REPOSITORY, MatterPage, MatterRecord, MatterRepository } from './matter.repository';

export class MatterNotFoundError extends Error {
  constructor(what: string) {
    super(`no matter ${what}`);
    this.name = 'MatterNotFoundError';
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@Injectable()
export class FindMattersUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  async byIdOrNumber(matterId: string, matterNumber: string): Promise<MatterRecord> {
    const found = matterId
      ? await this.matters.findById(matterId)
      : matterNumber
        ? await this.matters.findByNumber(matterNumber)
        : undefined;
    if (!found)
      throw new MatterNotFoundError(matterId ? `with id ${matterId}` : `numbered ${matterNumber || '(none given)'}`);
    return found;
  }

  async list(countyCode: string, pageSize: number, afterNumber?: string): Promise<MatterPage> {
    const problems = [
      ...(isKnownCounty(countyCode)
        ? []
        : [{ field: 'countyCode', description: `"${countyCode}" is not a county this center serves` }]),
      ...(afterNumber === undefined || parseMatterNumber(afterNumber).ok
        ? []
        : [{ field: 'pageToken', description: 'not a page token this service issued' }]),
      ...(pageSize < 0 ? [{ field: 'pageSize', description: 'must not be negative' }] : []),
    ];
    if (problems.length > 0) throw new InvalidMatterRequestError(problems);
    const size = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    return this.matters.listByCounty(countyCode, size, afterNumber);
  }
}
