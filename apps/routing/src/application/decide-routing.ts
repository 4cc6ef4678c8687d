import { Inject, Injectable } from '@nestjs/common';
import { addPeriod, todayInChina } from '@onewindow/calendar';
import { monthlyMinimumWageFen } from '@onewindow/county';
import {
  CompiledRuleSet,
  decide,
  factsOf,
  MatterContent,
  type Referral,
  type ReferralTarget,
  RoutingDecision,
  TRANSFER_RULE_ID,
  transferReferral,
  UNCOVERED_MATTER_REFERRAL,
} from '../domain';
import type { historyOf } from '../domain/referral-lifecycle';
import { OFFICE_SIDE_REFERRAL_RULE_ID } from '../domain/side-referral';

export type RoutingHistory = ReturnType<typeof historyOf>;

export interface DecisionTime {
  registeredAt: Date;
  now: Date;
}
import type { TrackedReferral } from './routing-case.repository';
import { RULE_SET_PROVIDER, RuleSetProvider } from './rule-set.provider';

// 劳动争议调解仲裁法 Art. 47 uses 12 months of the local minimum wage as the line for small claims;
// the seed's 调解优先 for 争议额度小 follows the same measure until a county configures its own.
export const SMALL_CLAIM_MULTIPLIER = 12;

const ACKNOWLEDGE_CITATION = '《随州市“一站式”劳动保障维权中心工作实施方案》五(二)3：“1+X”分类处理、联动处置';

export interface DecidedRouting {
  ruleSetVersion: number;
  firedRuleIds: string[];
  referrals: Omit<TrackedReferral, 'referralId' | 'round' | 'issuedAt' | 'status' | 'statusReason' | 'escalated'>[];
}

/** Applies the county's live “1+X” rules to a matter's content on a given day. */
@Injectable()
export class DecideRouting {
  constructor(@Inject(RULE_SET_PROVIDER) private readonly ruleSets: RuleSetProvider) {}

  /**
   * By the rule set that was live when the matter was registered — a later rule set never reroutes
   * an earlier matter — with `history` (what came back in earlier rounds) and deadlines from `now`.
   */
  decide(content: MatterContent, when: DecisionTime, history?: RoutingHistory): DecidedRouting {
    return this.decideWith(this.ruleSets.liveFor(content.countyCode, when.registeredAt), content, when, history);
  }

  /** By a given rule set, e.g. a candidate being simulated. */
  decideWith(
    ruleSet: CompiledRuleSet | undefined,
    content: MatterContent,
    { registeredAt, now }: DecisionTime,
    history?: RoutingHistory,
  ): DecidedRouting {
    const today = todayInChina(now);
    const decision: Pick<RoutingDecision, 'referrals' | 'firedRuleIds' | 'ruleSetVersion' | 'loopGuard'> = ruleSet
      ? decide(
          ruleSet,
          factsOf(content, {
            countyMonthlyMinimumWageFen: monthlyMinimumWageFen(content.countyCode, today),
            smallClaimMultiplier: SMALL_CLAIM_MULTIPLIER,
            today,
            // Registering at the window is a request for relief: limitation is judged on that day (Art. 27).
            registeredOn: todayInChina(registeredAt),
            history,
          }),
        )
      : { referrals: [UNCOVERED_MATTER_REFERRAL], firedRuleIds: [], ruleSetVersion: 0 };
    return {
      ruleSetVersion: decision.ruleSetVersion,
      firedRuleIds: [...decision.firedRuleIds],
      referrals: decision.referrals.map((referral) =>
        withAcknowledgeBy(referral, today, decision.loopGuard ? 'loop-guard' : 'uncovered'),
      ),
    };
  }

  /** A transfer (移送): one referral to the destination, acknowledged by the next working day. */
  transfer(
    from: { target: ReferralTarget; priority: Referral['priority'] },
    to: ReferralTarget,
    reason: string,
    now: Date,
  ): DecidedRouting {
    return {
      ruleSetVersion: 0,
      firedRuleIds: [TRANSFER_RULE_ID],
      referrals: [withAcknowledgeBy(transferReferral(from, to, reason), todayInChina(now), TRANSFER_RULE_ID)],
    };
  }

  /** A side referral an office asked for (side-referral.ts), with routing's acknowledge-by deadline from `now`. */
  sideReferral(referral: Referral, now: Date): DecidedRouting['referrals'][number] {
    return withAcknowledgeBy(referral, todayInChina(now), OFFICE_SIDE_REFERRAL_RULE_ID);
  }
}

function withAcknowledgeBy(referral: Referral, today: string, ruleIdWhenNone: string) {
  // 0 working days is the same day (当日, e.g. a collective dispute at arbitration); the calendar counts whole periods only.
  const due =
    referral.acknowledgeWithinWorkingDays === 0
      ? { due: today, provisional: false }
      : addPeriod(today, { amount: referral.acknowledgeWithinWorkingDays, unit: 'WORKING_DAYS' });
  return {
    target: referral.target,
    priority: referral.priority,
    reason: referral.reason,
    legalBasis: referral.legalBasis,
    ruleId: referral.ruleId ?? ruleIdWhenNone,
    acknowledgeBy: {
      label: '转办签收期限',
      dueOn: due.due,
      provisional: due.provisional,
      citation: ACKNOWLEDGE_CITATION,
    },
  };
}
