import { Inject, Injectable } from '@nestjs/common';
import {
  ARBITRATION_CASE_REPOSITORY,
  ArbitrationCaseRecord,
  ArbitrationCaseRepository,
} from './arbitration-case.repository';

export class CaseNotFoundError extends Error {
  constructor(what: string) {
    super(`no arbitration case ${what}`);
    this.name = 'CaseNotFoundError';
  }
}

@Injectable()
export class FindCasesUseCase {
  constructor(@Inject(ARBITRATION_CASE_REPOSITORY) private readonly cases: ArbitrationCaseRepository) {}

  async byId(caseId: string): Promise<ArbitrationCaseRecord> {
    const found = caseId ? await this.cases.findById(caseId) : undefined;
    if (!found) throw new CaseNotFoundError(`with id ${caseId || '(none given)'}`);
    return found;
  }

  async byMatter(matterId: string): Promise<ArbitrationCaseRecord> {
    const found = matterId ? await this.cases.findLatestByMatter(matterId) : undefined;
    if (!found) throw new CaseNotFoundError(`for matter ${matterId || '(none given)'}`);
    return found;
  }
}
