import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, isIsoDate, todayInChina } from '@onewindow/calendar';
import { compileRuleSet, MatterContent, parseRuleSetJson, RuleSetInvalidError } from '../domain';
import { DecideRouting } from './decide-routing';
import { RuleSetRejectedError } from './rule-set-registry';
import { ROUTING_CASE_REPOSITORY, RoutingCaseRepository } from './routing-case.repository';
import type { ReferralTarget } from '../domain';

export interface SimulationExample {
  matterId: string;
  matterNumber: string;
  liveTargets: ReferralTarget[];
  candidateTargets: ReferralTarget[];
}

export interface SimulationReport {
  mattersReplayed: number;
  routedDifferently: number;
  examples: SimulationExample[];
  candidateVersion: number;
}

const MAX_EXAMPLES = 10;
const startOfChinaDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

/**
 * Replays the matters a county registered in a period against a candidate rule set (试算): how many
 * would go elsewhere than they went, with examples, before the candidate is published.
 */
@Injectable()
export class SimulateRuleSetUseCase {
  constructor(
    private readonly decideRouting: DecideRouting,
    @Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository,
  ) {}

  async execute(
    countyCode: string,
    text: string,
    since: string,
    until: string,
    now = new Date(),
  ): Promise<SimulationReport> {
    const end = until || addCalendarDays(todayInChina(now), 1);
    const problems = [
      ...(isIsoDate(since) ? [] : [{ at: 'since', description: `"${since}" is not a YYYY-MM-DD date` }]),
      ...(isIsoDate(end) ? [] : [{ at: 'until', description: `"${until}" is not a YYYY-MM-DD date` }]),
    ];
    let candidate;
    try {
      const ruleSet = parseRuleSetJson(text).find((r) => r.countyCode === countyCode);
      if (!ruleSet)
        problems.push({ at: 'countyCodes', description: `the candidate has no rules for county ${countyCode}` });
      else candidate = compileRuleSet(ruleSet);
    } catch (error) {
      if (!(error instanceof RuleSetInvalidError)) throw error;
      problems.push(...error.problems.map((description) => ({ at: 'rules', description })));
    }
    if (problems.length > 0 || !candidate) throw new RuleSetRejectedError(problems);

    const replayed = await this.cases.findRegisteredBetween(countyCode, startOfChinaDay(since), startOfChinaDay(end));
    const report: SimulationReport = {
      mattersReplayed: replayed.length,
      routedDifferently: 0,
      examples: [],
      candidateVersion: candidate.version,
    };
    for (const routingCase of replayed) {
      const liveTargets = routingCase.referrals.filter((r) => r.round === 1).map((r) => r.target);
      const registeredAt = new Date(routingCase.registeredAt);
      const decided = this.decideRouting.decideWith(candidate, routingCase.content as MatterContent, {
        registeredAt,
        now: registeredAt,
      });
      const candidateTargets = decided.referrals.map((r) => r.target);
      if (candidateTargets.join() === liveTargets.join()) continue;
      report.routedDifferently += 1;
      if (report.examples.length < MAX_EXAMPLES) {
        report.examples.push({
          matterId: routingCase.matterId,
          matterNumber: routingCase.matterNumber,
          liveTargets,
          candidateTargets,
        });
      }
    }
    return report;
  }
}
