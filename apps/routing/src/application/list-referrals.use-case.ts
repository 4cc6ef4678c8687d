import { Inject, Injectable } from '@nestjs/common';
import { isKnownCounty } from '@onewindow/county';
import { REFERRAL_TARGETS, ReferralTarget } from '../domain';
import type { ReferralStatus } from '../domain/referral-lifecycle';
import { ReferralNotAddressedToCallerError } from './referral-loop.use-case';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  TrackedReferral,
} from './routing-case.repository';

export class UnknownCountyForListingError extends Error {
  constructor(readonly countyCode: string) {
    super(`"${countyCode}" is not a county this center serves`);
    this.name = 'UnknownCountyForListingError';
  }
}

/** An agency's inbox: only the referrals addressed to it, in one county. */
@Injectable()
export class ListReferralsUseCase {
  constructor(@Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository) {}

  async execute(
    agency: string,
    countyCode: string,
    status?: ReferralStatus,
  ): Promise<{ routingCase: RoutingCaseRecord; referral: TrackedReferral }[]> {
    if (!(REFERRAL_TARGETS as readonly string[]).includes(agency))
      throw new ReferralNotAddressedToCallerError('*', agency);
    if (!isKnownCounty(countyCode)) throw new UnknownCountyForListingError(countyCode);
    const target = agency as ReferralTarget;
    const cases = await this.cases.findWithReferralsTo(target, countyCode);
    return cases.flatMap((routingCase) =>
      routingCase.referrals
        .filter((referral) => referral.target === target && (!status || referral.status === status))
        .map((referral) => ({ routingCase, referral })),
    );
  }
}
