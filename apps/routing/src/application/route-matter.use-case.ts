import { Inject, Injectable } from '@nestjs/common';
import type { MatterContentData } from '@onewindow/contracts';
import type { MatterContent } from '../domain';
import { initialState, referralIdFor } from '../domain/referral-lifecycle';
import { DecideRouting } from './decide-routing';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  TrackedReferral,
} from './routing-case.repository';

export interface RegisteredMatter {
  matterId: string;
  matterNumber: string;
  registeredAt: string;
  /** As intake validated and published it; routing reads the facts it needs and forwards the rest. */
  content: MatterContentData;
}

/** Issues one round of referrals: stable ids (`<matter>/<n>`), so a repeated decision never doubles them. */
export function issueRound(
  routingCase: Pick<RoutingCaseRecord, 'matterId' | 'referrals'>,
  round: number,
  decided: ReturnType<DecideRouting['decide']>,
  at: Date,
): TrackedReferral[] {
  return decided.referrals.map((referral, index) => ({
    ...referral,
    referralId: referralIdFor(routingCase.matterId, routingCase.referrals.length + index + 1),
    round,
    issuedAt: at.toISOString(),
    ...initialState(),
    escalated: false,
  }));
}

/** Routes a newly registered matter (分流) by the rules live when it was registered, and announces each referral. */
@Injectable()
export class RouteMatterUseCase {
  constructor(
    private readonly decideRouting: DecideRouting,
    @Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository,
  ) {}

  async execute(matter: RegisteredMatter, now = new Date()): Promise<void> {
    const decided = this.decideRouting.decide(matter.content as MatterContent, {
      registeredAt: new Date(matter.registeredAt),
      now,
    });
    const routingCase: RoutingCaseRecord = {
      matterId: matter.matterId,
      matterNumber: matter.matterNumber,
      countyCode: matter.content.countyCode,
      registeredAt: matter.registeredAt,
      content: matter.content,
      rounds: [
        {
          round: 1,
          decidedAt: now.toISOString(),
          ruleSetVersion: decided.ruleSetVersion,
          firedRuleIds: decided.firedRuleIds,
        },
      ],
      referrals: [],
      version: 1,
    };
    routingCase.referrals = issueRound(routingCase, 1, decided, now);
    await this.cases.create(
      routingCase,
      routingCase.referrals.map((referral) => ({ type: 'ReferralIssued', referralId: referral.referralId })),
    );
  }
}
