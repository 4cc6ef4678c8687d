import { Inject, Injectable } from '@nestjs/common';
import { todayInChina } from '@onewindow/calendar';
import { ConcurrencyConflictError } from '@onewindow/persistence';
import { isOverdue } from '../domain/referral-lifecycle';
import { ROUTING_CASE_REPOSITORY, RoutingCaseRepository, RoutingEvent } from './routing-case.repository';

const ESCALATION_REASON = '转办对象未在签收期限内签收，报值班主任督办';

/** Referrals nobody acknowledged by their deadline go to the duty supervisor (督办), once each. */
@Injectable()
export class EscalateOverdueReferralsUseCase {
  constructor(@Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository) {}

  /** Returns how many referrals were escalated. */
  async execute(now = new Date()): Promise<number> {
    const today = todayInChina(now);
    let escalated = 0;
    for (const current of await this.cases.findWithOverdueReferrals(today)) {
      const overdue = current.referrals.filter((r) => isOverdue(r, today));
      if (overdue.length === 0) continue;
      const events: RoutingEvent[] = overdue.map((r) => ({
        type: 'ReferralEscalated',
        referralId: r.referralId,
        reason: ESCALATION_REASON,
      }));
      const ids = new Set(overdue.map((r) => r.referralId));
      try {
        await this.cases.save(
          {
            ...current,
            referrals: current.referrals.map((r) => (ids.has(r.referralId) ? { ...r, escalated: true } : r)),
          },
          current.version,
          events,
        );
        escalated += overdue.length;
      } catch (error) {
        // Acknowledged meanwhile, or escalated by another pass: the next pass sees the fresh state.
        if (!(error instanceof ConcurrencyConflictError)) throw error;
      }
    }
    return escalated;
  }
}
