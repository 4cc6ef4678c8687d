import { Inject, Injectable } from '@nestjs/common';
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
    const size = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    return this.matters.listByCounty(countyCode, size, afterNumber);
  }
}
