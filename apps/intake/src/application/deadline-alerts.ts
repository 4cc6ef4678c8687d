import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import type { Deadline } from '@onewindow/deadlines';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { InvalidMatterRequestError } from './register-matter.use-case';

/**
 * The open warnings and breaches of every service's deadlines, per county: what the supervisor's
 * queue shows and the dashboard counts. Kept from the deadline events, read by county.
 */
export interface DeadlineAlertStore {
  /** Applies news of a deadline, unless a later state of it was seen already (a repeated or late event). */
  record(deadline: Deadline): Promise<void>;
  openIn(countyCodes: readonly string[]): Promise<Deadline[]>;
}

export const DEADLINE_ALERT_STORE = Symbol('DeadlineAlertStore');

// Supervising deadlines (督办) is the duty supervisor's post.
const ALERT_ROLES = ['SUPERVISOR'] as const;

@Injectable()
export class DeadlineAlertsUseCase {
  constructor(@Inject(DEADLINE_ALERT_STORE) private readonly alerts: DeadlineAlertStore) {}

  record(deadline: Deadline): Promise<void> {
    return this.alerts.record(deadline);
  }

  /** The open warnings and breaches of the counties asked for (all the caller's when none), breaches first, then by due day. */
  async list(caller: Caller, countyCodes: readonly string[]): Promise<Deadline[]> {
    if (!caller.roles.some((role) => (ALERT_ROLES as readonly string[]).includes(role))) {
      throw permissionDenied('only the duty supervisor (SUPERVISOR) sees the deadline warnings and breaches');
    }
    const unknown = countyCodes.filter((code) => !isKnownCounty(code));
    if (unknown.length > 0) {
      throw new InvalidMatterRequestError(
        unknown.map((code) => ({ field: 'countyCodes', description: `"${code}" is not a county this center serves` })),
      );
    }
    countyCodes.forEach((code) => requireCounty(caller, code));
    const open = await this.alerts.openIn(countyCodes.length > 0 ? countyCodes : caller.counties);
    return open.sort(
      (a, b) =>
        Number(b.state === 'BREACHED') - Number(a.state === 'BREACHED') ||
        a.dueOn.localeCompare(b.dueOn) ||
        a.deadlineId.localeCompare(b.deadlineId),
    );
  }
}
