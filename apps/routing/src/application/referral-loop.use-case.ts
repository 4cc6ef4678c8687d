import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { retryOnConflict } from '@onewindow/persistence';
import type { MatterContent } from '../domain';
import {
  acknowledgeReferral,
  historyOf,
  ReferralOutcome,
  reportReferralOutcome,
  Transition,
} from '../domain/referral-lifecycle';
import { DecideRouting } from './decide-routing';
import { issueRound } from './route-matter.use-case';
import { requireMayAnswer } from './routing-access';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  RoutingEvent,
  TrackedReferral,
} from './routing-case.repository';

export class ReferralNotFoundError extends Error {
  constructor(referralId: string) {
    super(`no referral ${referralId || '(none given)'}`);
    this.name = 'ReferralNotFoundError';
  }
}

export interface LoopResult {
  referral: TrackedReferral;
  rerouted: TrackedReferral[];
  matterNumber: string;
  countyCode: string;
}

/**
 * The closed loop (转办闭环): the target acknowledges and reports; what is declined or fails comes
 * back and is decided again with the history as a fact (就地分流化解), until the matter is settled.
 */
@Injectable()
export class ReferralLoopUseCase {
  constructor(
    private readonly decideRouting: DecideRouting,
    @Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository,
  ) {}

  acknowledge(caller: Caller, referralId: string, accept: boolean, declineReason: string): Promise<LoopResult> {
    return this.apply(caller, referralId, 'ReferralAcknowledged', (referral) =>
      acknowledgeReferral(referral, accept, declineReason),
    );
  }

  reportOutcome(caller: Caller, referralId: string, outcome: ReferralOutcome, reason: string): Promise<LoopResult> {
    return this.apply(caller, referralId, 'ReferralOutcomeReported', (referral) =>
      reportReferralOutcome(referral, outcome, reason),
    );
  }

  private apply(
    caller: Caller,
    referralId: string,
    announce: 'ReferralAcknowledged' | 'ReferralOutcomeReported',
    transition: (referral: TrackedReferral) => Transition,
    now = new Date(),
  ): Promise<LoopResult> {
    return retryOnConflict(async () => {
      const current = referralId ? await this.cases.findByReferral(referralId) : undefined;
      const referral = current?.referrals.find((r) => r.referralId === referralId);
      if (!current || !referral) throw new ReferralNotFoundError(referralId);
      requireMayAnswer(caller, { referralId, countyCode: current.countyCode, target: referral.target });

      const next = transition(referral);
      const updated: RoutingCaseRecord = {
        ...current,
        referrals: current.referrals.map((r) =>
          r.referralId === referralId ? { ...r, status: next.status, statusReason: next.statusReason } : r,
        ),
      };
      const events: RoutingEvent[] = [{ type: announce, referralId }];
      const rerouted = next.comesBack ? this.decideAgain(updated, now) : [];
      events.push(...rerouted.map((r) => ({ type: 'ReferralIssued' as const, referralId: r.referralId })));
      await this.cases.save(updated, current.version, events);
      return {
        referral: updated.referrals.find((r) => r.referralId === referralId)!,
        rerouted,
        matterNumber: current.matterNumber,
        countyCode: current.countyCode,
      };
    });
  }

  /** Appends the next round to `routingCase` and returns its referrals. */
  private decideAgain(routingCase: RoutingCaseRecord, now: Date): TrackedReferral[] {
    const history = historyOf(routingCase.referrals);
    const decided = this.decideRouting.decide(
      routingCase.content as MatterContent,
      { registeredAt: new Date(routingCase.registeredAt), now },
      history,
    );
    const issued = issueRound(routingCase, history.round, decided, now);
    routingCase.rounds = [
      ...routingCase.rounds,
      {
        round: history.round,
        decidedAt: now.toISOString(),
        ruleSetVersion: decided.ruleSetVersion,
        firedRuleIds: decided.firedRuleIds,
      },
    ];
    routingCase.referrals = [...routingCase.referrals, ...issued];
    return issued;
  }
}
