import { Inject, Injectable } from '@nestjs/common';
import { todayInChina } from '@onewindow/calendar';
import { ConcurrencyConflictError, retryOnConflict } from '@onewindow/persistence';
import { isOverdue } from '../domain/referral-lifecycle';
import {
  ROUTING_CASE_REPOSITORY,
  RoutingCaseRecord,
  RoutingCaseRepository,
  RoutingEvent,
} from './routing-case.repository';

const ESCALATION_REASON = '转办对象未在签收期限内签收，报值班主任督办';

/** Referrals nobody acknowledged by their deadline go to the duty supervisor (督办), once each. */
@Injectable()
export class EscalateOverdueReferralsUseCase {
  constructor(@Inject(ROUTING_CASE_REPOSITORY) private readonly cases: RoutingCaseRepository) {}

  /** Returns how many referrals were escalated. */
  async execute(now = new Date()): Promise<number> {
    const today = todayInChina(now);
    const pass = await this.cases.findWithOverdueReferrals(today);
    let escalated = 0;
    for (const found of pass.cases) {
      let current = found;
      // Acknowledged or changed since it was read: decide again on the fresh case.
      escalated += await retryOnConflict(async () => {
        try {
          return await this.escalate(current, today);
        } catch (error) {
          if (error instanceof ConcurrencyConflictError) {
            current = (await this.cases.findByMatter(found.matterId)) ?? found;
          }
          throw error;
        }
      });
    }
    await pass.lookedAt();
    return escalated;
  }

  private async escalate(current: RoutingCaseRecord, today: string): Promise<number> {
    const overdue = current.referrals.filter((r) => isOverdue(r, today));
    if (overdue.length === 0) return 0;
    const events: RoutingEvent[] = overdue.map((r) => ({
      type: 'ReferralEscalated',
      referralId: r.referralId,
      reason: ESCALATION_REASON,
    }));
    const ids = new Set(overdue.map((r) => r.referralId));
    await this.cases.save(
      {
        ...current,
        referrals: current.referrals.map((r) => (ids.has(r.referralId) ? { ...r, escalated: true } : r)),
      },
      current.version,
      events,
    );
    return overdue.length;
  }
}
