import { Inject, Injectable } from '@nestjs/common';
import { type Caller, PORTAL_ROLE } from '@onewindow/access';
import type { ReferralTarget } from '../domain';
import type { ReferralStatus } from '../domain/referral-lifecycle';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  TrackedReferral,
} from './routing-case.repository';
import { portalConsultationScope, referralScope } from './routing-access';

export interface ReferralQuery {
  /** One of the caller's counties; all of them when empty. */
  countyCode: string;
  /** All the targets the caller may see when empty. */
  targets: ReferralTarget[];
  status?: ReferralStatus;
  /** Only those escalated to the duty supervisor (督办). */
  escalatedOnly: boolean;
  /** One matter's referrals; every matter's when empty. */
  matterId: string;
}

/** The referrals a caller may see in its counties: a queue (待签收), the escalations, or one matter's. */
@Injectable()
export class ListReferralsUseCase {
  constructor(@Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository) {}

  async execute(
    caller: Caller,
    query: ReferralQuery,
  ): Promise<{ routingCase: RoutingCaseRecord; referral: TrackedReferral }[]> {
    const portal = caller.roles.includes(PORTAL_ROLE) ? portalConsultationScope(caller, query) : undefined;
    const { counties, targets } = portal ?? referralScope(caller, query);
    const cases = await this.cases.findWithReferralsTo(targets, counties, query.matterId || undefined);
    return cases
      .filter((routingCase) => !portal || routingCase.matterNumber === portal.matterNumber)
      .flatMap((routingCase) =>
        routingCase.referrals
          .filter(
            (referral) =>
              targets.includes(referral.target) &&
              (!query.status || referral.status === query.status) &&
              (!query.escalatedOnly || referral.escalated),
          )
          .map((referral) => ({ routingCase, referral })),
      );
  }
}
