import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isIsoDate } from '@onewindow/calendar';
import { isKnownCounty } from '@onewindow/county';
import { requireCounty } from '@onewindow/service-runtime';
import { MatterStatistics, MatterStatisticsTally, registrationInstants, type FieldViolation } from '../domain';
import { requireStaff } from './matter-access';
import { MATTER_REPOSITORY, MatterRepository } from './matter.repository';
import { InvalidMatterRequestError } from './register-matter.use-case';

export interface StatisticsRequest {
  countyCode: string;
  /** China dates, YYYY-MM-DD, both inclusive; '' for open-ended. */
  registeredFrom: string;
  registeredTo: string;
}

/** Counts for the supervisor dashboard, within the caller's counties. */
@Injectable()
export class MatterStatisticsUseCase {
  constructor(@Inject(MATTER_REPOSITORY) private readonly matters: MatterRepository) {}

  async execute(
    caller: Caller,
    request: StatisticsRequest,
  ): Promise<MatterStatistics & { counties: readonly string[] }> {
    const problems = requestProblems(request);
    if (problems.length > 0) throw new InvalidMatterRequestError(problems);
    requireStaff(caller, 'count matters');
    if (request.countyCode) requireCounty(caller, request.countyCode);
    const counties = request.countyCode ? [request.countyCode] : caller.counties;
    const period = registrationInstants(request.registeredFrom || undefined, request.registeredTo || undefined);
    const tally = new MatterStatisticsTally();
    for await (const matter of this.matters.factsForStatistics({
      counties,
      registeredFrom: period.from,
      registeredBefore: period.before,
    })) {
      tally.add(matter);
    }
    return { counties, ...tally.result() };
  }
}

function requestProblems({ countyCode, registeredFrom, registeredTo }: StatisticsRequest): FieldViolation[] {
  const problems: FieldViolation[] = [];
  if (countyCode && !isKnownCounty(countyCode)) {
    problems.push({ field: 'countyCode', description: `"${countyCode}" is not a county this center serves` });
  }
  for (const [field, value] of [
    ['registeredFrom', registeredFrom],
    ['registeredTo', registeredTo],
  ] as const) {
    if (value && !isIsoDate(value)) problems.push({ field, description: `"${value}" is not a date YYYY-MM-DD` });
  }
  if (isIsoDate(registeredFrom) && isIsoDate(registeredTo) && registeredFrom > registeredTo) {
    problems.push({ field: 'registeredTo', description: `is before registeredFrom (${registeredFrom})` });
  }
  return problems;
}
