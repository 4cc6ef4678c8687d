import type { DeadlineWatch } from '@onewindow/deadlines';
import { ACKNOWLEDGEMENT_DEADLINE, CONSULTATION_ANSWER_DEADLINE } from '../domain/watched-referral-deadlines';
import type { RoutingCaseRecord, RoutingCaseRepository, RoutingEvent } from './routing-case.repository';

/**
 * A routing case's saved events drive its referrals' acknowledgement deadlines: an issued referral
 * starts one, its acknowledgement (taken, declined, or a consultation answered) meets it. Registered
 * after the case is saved, so a deadline never exists for a referral that was not issued.
 */
export class ReferralDeadlines {
  constructor(private readonly watch: DeadlineWatch) {}

  async follow(routingCase: RoutingCaseRecord, events: readonly RoutingEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type !== 'ReferralIssued' && event.type !== 'ReferralAcknowledged') continue;
      const referral = routingCase.referrals.find((r) => r.referralId === event.referralId);
      if (!referral) continue;
      const consultation = referral.target === 'CONSULTATION_CLOSE';
      const kind = consultation ? CONSULTATION_ANSWER_DEADLINE : ACKNOWLEDGEMENT_DEADLINE;
      if (event.type === 'ReferralIssued') {
        await this.watch.register(kind, {
          countyCode: routingCase.countyCode,
          matterId: routingCase.matterId,
          matterNumber: routingCase.matterNumber,
          subjectId: referral.referralId,
          dueOn: referral.acknowledgeBy.dueOn,
          provisional: referral.acknowledgeBy.provisional,
          legalBasis: referral.acknowledgeBy.citation,
        });
      } else {
        const declined = (event.status ?? referral.status) === 'DECLINED';
        await this.watch.meet(
          ACKNOWLEDGEMENT_DEADLINE,
          referral.referralId,
          declined ? '转办对象已退回' : '转办对象已签收',
        );
      }
    }
  }
}

/** The routing case repository, with every save followed by its referrals' deadlines (the use cases stay as they are). */
export class DeadlineFollowingRoutingCaseRepository implements RoutingCaseRepository {
  constructor(
    private readonly cases: RoutingCaseRepository,
    private readonly deadlines: ReferralDeadlines,
  ) {}

  async create(record: RoutingCaseRecord, events: RoutingEvent[]) {
    const created = await this.cases.create(record, events);
    // A redelivered MatterRegistered: registering again changes nothing, and covers a crash right after the save.
    await this.deadlines.follow(record, events);
    return created;
  }

  async save(record: RoutingCaseRecord, expectedVersion: number, events: RoutingEvent[]) {
    await this.cases.save(record, expectedVersion, events);
    await this.deadlines.follow(record, events);
  }

  findByMatter(matterId: string) {
    return this.cases.findByMatter(matterId);
  }

  findByReferral(referralId: string) {
    return this.cases.findByReferral(referralId);
  }

  findWithReferralsTo(...args: Parameters<RoutingCaseRepository['findWithReferralsTo']>) {
    return this.cases.findWithReferralsTo(...args);
  }

  findRegisteredBetween(...args: Parameters<RoutingCaseRepository['findRegisteredBetween']>) {
    return this.cases.findRegisteredBetween(...args);
  }
}
