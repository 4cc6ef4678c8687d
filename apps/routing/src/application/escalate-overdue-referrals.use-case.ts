import { Inject, Injectable } from '@nestjs/common';
import { DeadlineWatch } from '@onewindow/deadlines';
import { retryOnConflict } from '@onewindow/persistence';
import { isOverdue } from '../domain/referral-lifecycle';
import { RoutingCaseRepository } from './routing-case.repository';

const ESCALATION_REASON = '转办对象未在签收期限内签收，报值班主任督办';

/**
 * What the breach of a referral's acknowledgement deadline does: the referral goes to the duty
 * supervisor (督办), once. Run by the deadline scan before the breach is recorded, so a failure here
 * leaves the breach for the next scan.
 */
export class ReferralEscalation {
  constructor(private readonly cases: RoutingCaseRepository) {}

  escalate(referralId: string, today: string): Promise<void> {
    // Acknowledged or changed since it was read: decide again on the fresh case.
    return retryOnConflict(async () => {
      const current = await this.cases.findByReferral(referralId);
      const referral = current?.referrals.find((r) => r.referralId === referralId);
      if (!current || !referral || !isOverdue(referral, today)) return;
      await this.cases.save(
        {
          ...current,
          referrals: current.referrals.map((r) => (r.referralId === referralId ? { ...r, escalated: true } : r)),
        },
        current.version,
        [{ type: 'ReferralEscalated', referralId, reason: ESCALATION_REASON }],
      );
    });
  }
}

export const REFERRAL_DEADLINE_WATCH = Symbol('ReferralDeadlineWatch');

/** One scan of routing's deadlines: warnings before a referral is due, escalations once it is overdue. */
@Injectable()
export class EscalateOverdueReferralsUseCase {
  constructor(@Inject(REFERRAL_DEADLINE_WATCH) private readonly deadlines: DeadlineWatch) {}

  /** Returns how many acknowledgement deadlines were breached (and their referrals escalated). */
  async execute(now = new Date()): Promise<number> {
    return (await this.deadlines.scan(now)).breached;
  }
}
