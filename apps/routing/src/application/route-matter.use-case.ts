import { Inject, Injectable } from '@nestjs/common';
import type { MatterContentData } from '@onewindow/contracts';
import type { MatterContent } from '../domain';
import { DecideRouting } from './decide-routing';
import { ROUTING_DECISION_REPOSITORY, RoutingDecisionRepository } from './routing-decision.repository';

export interface RegisteredMatter {
  matterId: string;
  matterNumber: string;
  registeredAt: string;
  /** As intake validated and published it; routing reads the facts it needs and forwards the rest. */
  content: MatterContentData;
}

/** Routes a newly registered matter (分流) and announces each referral. */
@Injectable()
export class RouteMatterUseCase {
  constructor(
    private readonly decideRouting: DecideRouting,
    @Inject(ROUTING_DECISION_REPOSITORY) private readonly decisions: RoutingDecisionRepository,
  ) {}

  async execute(matter: RegisteredMatter, now = new Date()): Promise<void> {
    const decided = this.decideRouting.decide(matter.content as MatterContent, new Date(matter.registeredAt));
    await this.decisions.saveAndAnnounce({
      matterId: matter.matterId,
      matterNumber: matter.matterNumber,
      countyCode: matter.content.countyCode,
      decidedAt: now.toISOString(),
      ruleSetVersion: decided.ruleSetVersion,
      firedRuleIds: decided.firedRuleIds,
      // Stable ids: a redelivered registration yields the same referrals, never a second set.
      referrals: decided.referrals.map((referral, index) => ({
        ...referral,
        referralId: `${matter.matterId}/${index + 1}`,
      })),
      content: matter.content,
    });
  }
}
