import { Controller } from '@nestjs/common';
import { isKnownCounty } from '@onewindow/county';
import { matterContentFromProto, routing } from '@onewindow/contracts';
import { referralToProto } from '../infrastructure/referral.mapping';
import { invalidArgument } from '@onewindow/service-runtime';
import { DecideRouting } from '../application/decide-routing';
import type { MatterContent } from '../domain';

@Controller()
@routing.RoutingServiceControllerMethods()
export class RoutingGrpcController implements routing.RoutingServiceController {
  constructor(private readonly decideRouting: DecideRouting) {}

  /** Dry run (试算): what the live rules would do with this content; nothing is stored or published. */
  evaluateMatter(request: routing.EvaluateMatterRequest): routing.EvaluateMatterResponse {
    const content = matterContentFromProto(request.content);
    if (!isKnownCounty(content.countyCode)) {
      throw invalidArgument('unknown county', [
        { field: 'content.countyCode', description: `"${content.countyCode}" is not a county this center serves` },
      ]);
    }
    const decided = this.decideRouting.decide(content as MatterContent, new Date());
    return {
      decision: {
        countyCode: content.countyCode,
        ruleSetVersion: decided.ruleSetVersion,
        firedRuleIds: decided.firedRuleIds,
        referrals: decided.referrals.map((referral) => referralToProto({ ...referral, referralId: '' })),
      },
    };
  }
}
