import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { retryOnConflict } from '@onewindow/persistence';
import type { MatterContent } from '../domain';
import { isMatterConcluded } from '../domain/matter-closure';
import {
  acknowledgeReferral,
  historyOf,
  initialState,
  ReferralOutcome,
  referralIdFor,
  ReferralStatus,
  reportReferralOutcome,
  Transition,
} from '../domain/referral-lifecycle';
import { sideReferralFor, type SideReferralRequest } from '../domain/side-referral';
import type { ReferralTarget } from '../domain';
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

/** An office service's answer, as its own topic announced it (the office contract, libs/office). */
export type OfficeAnswer =
  | { kind: 'TAKEN' }
  | { kind: 'DECLINED'; reason: string }
  | { kind: 'CONCLUDED'; outcome: ReferralOutcome; reason: string; transferTo?: ReferralTarget };

/** Statuses an answer leads to: a repeated answer finds its referral there already and changes nothing. */
const ANSWERED: Record<OfficeAnswer['kind'], readonly ReferralStatus[]> = {
  TAKEN: ['ACCEPTED', 'RESOLVED', 'FAILED', 'TRANSFERRED', 'CLOSED'],
  DECLINED: ['DECLINED'],
  CONCLUDED: ['RESOLVED', 'FAILED', 'TRANSFERRED', 'CLOSED'],
};

/** An office's topic answered a referral addressed to another office: a bug to look at, not to retry. */
export class OfficeAnswersForAnotherError extends Error {
  constructor(office: string, referralId: string, target: string) {
    super(`${office} answered referral ${referralId}, which is addressed to ${target}`);
    this.name = 'OfficeAnswersForAnotherError';
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

  reportOutcome(
    caller: Caller,
    referralId: string,
    outcome: ReferralOutcome,
    reason: string,
    transferTo?: ReferralTarget,
  ): Promise<LoopResult> {
    return this.apply(caller, referralId, 'ReferralOutcomeReported', (referral) =>
      reportReferralOutcome(referral, outcome, reason, transferTo),
    );
  }

  /**
   * An office service answers on its own topic (no caller: the topic is the office's, and it answers
   * only referrals addressed to it). A repeat of an answer already applied changes nothing.
   */
  async answerAsOffice(office: ReferralTarget, referralId: string, answer: OfficeAnswer): Promise<void> {
    await this.apply(
      { office },
      referralId,
      answer.kind === 'CONCLUDED' ? 'ReferralOutcomeReported' : 'ReferralAcknowledged',
      (referral) => {
        if (ANSWERED[answer.kind].includes(referral.status)) return undefined;
        if (answer.kind === 'CONCLUDED') {
          return reportReferralOutcome(referral, answer.outcome, answer.reason, answer.transferTo);
        }
        return acknowledgeReferral(referral, answer.kind === 'TAKEN', answer.kind === 'DECLINED' ? answer.reason : '');
      },
    );
  }

  /**
   * An office asks, on its own topic, for a side referral beside a referral it took (SideReferralRequested,
   * e.g. mediation's 司法确认 or 支付令 to the court with the agreement attached). The target gets a referral
   * of its own for the matter, in the office's round, announced like every referral and acknowledged by
   * routing's usual deadline. The office's referral and whether the matter is concluded stay as they were;
   * a request id acted on already issues nothing (the referral it issued is returned).
   */
  requestSideReferralAsOffice(
    office: ReferralTarget,
    referralId: string,
    request: SideReferralRequest,
    now = new Date(),
  ): Promise<TrackedReferral> {
    return retryOnConflict(async () => {
      const current = referralId ? await this.cases.findByReferral(referralId) : undefined;
      const asking = current?.referrals.find((r) => r.referralId === referralId);
      if (!current || !asking) throw new ReferralNotFoundError(referralId);
      if (asking.target !== office) throw new OfficeAnswersForAnotherError(office, referralId, asking.target);

      const decided = sideReferralFor(office, asking, request, current.referrals);
      if (decided.kind === 'REPEAT') return current.referrals.find((r) => r.referralId === decided.referralId)!;
      const issued: TrackedReferral = {
        ...this.decideRouting.sideReferral(decided.referral, now),
        referralId: referralIdFor(current.matterId, current.referrals.length + 1),
        // Alongside the office's referral: no new routing round (the loop guard counts rounds).
        round: asking.round,
        issuedAt: now.toISOString(),
        ...initialState(),
        escalated: false,
        sideReferral: { ...decided.origin, requestedAt: decided.origin.requestedAt || now.toISOString() },
      };
      const updated: RoutingCaseRecord = { ...current, referrals: [...current.referrals, issued] };
      await this.cases.save(updated, current.version, [{ type: 'ReferralIssued', referralId: issued.referralId }]);
      return issued;
    });
  }

  private apply(
    who: Caller | { office: ReferralTarget },
    referralId: string,
    announce: 'ReferralAcknowledged' | 'ReferralOutcomeReported',
    transition: (referral: TrackedReferral) => Transition | undefined,
    now = new Date(),
  ): Promise<LoopResult> {
    return retryOnConflict(async () => {
      const current = referralId ? await this.cases.findByReferral(referralId) : undefined;
      const referral = current?.referrals.find((r) => r.referralId === referralId);
      if (!current || !referral) throw new ReferralNotFoundError(referralId);
      if ('office' in who) {
        if (referral.target !== who.office)
          throw new OfficeAnswersForAnotherError(who.office, referralId, referral.target);
      } else {
        requireMayAnswer(who, { referralId, countyCode: current.countyCode, target: referral.target });
      }

      const next = transition(referral);
      if (!next) return { referral, rerouted: [], matterNumber: current.matterNumber, countyCode: current.countyCode };
      const updated: RoutingCaseRecord = {
        ...current,
        referrals: current.referrals.map((r) =>
          r.referralId === referralId ? { ...r, status: next.status, statusReason: next.statusReason } : r,
        ),
      };
      const events: RoutingEvent[] = [{ type: announce, referralId }];
      const rerouted = next.comesBack
        ? this.decideAgain(updated, now)
        : next.transferTo
          ? this.transferTo(updated, referral, next.transferTo, next.statusReason, now)
          : [];
      events.push(...rerouted.map((r) => ({ type: 'ReferralIssued' as const, referralId: r.referralId })));
      // Announced once: the step that ends the last principal referral.
      if (isMatterConcluded(updated.referrals) && !isMatterConcluded(current.referrals)) {
        events.push({ type: 'MatterConcluded' });
      }
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
    return this.appendRound(routingCase, history.round, decided, now);
  }

  /** A transfer's destination gets its referral in a round of its own. */
  private transferTo(
    routingCase: RoutingCaseRecord,
    from: TrackedReferral,
    to: ReferralTarget,
    reason: string,
    now: Date,
  ): TrackedReferral[] {
    const round = historyOf(routingCase.referrals).round;
    return this.appendRound(routingCase, round, this.decideRouting.transfer(from, to, reason, now), now);
  }

  private appendRound(
    routingCase: RoutingCaseRecord,
    round: number,
    decided: ReturnType<DecideRouting['decide']>,
    now: Date,
  ): TrackedReferral[] {
    const issued = issueRound(routingCase, round, decided, now);
    routingCase.rounds = [
      ...routingCase.rounds,
      {
        round,
        decidedAt: now.toISOString(),
        ruleSetVersion: decided.ruleSetVersion,
        firedRuleIds: decided.firedRuleIds,
      },
    ];
    routingCase.referrals = [...routingCase.referrals, ...issued];
    return issued;
  }
}
