// What a signed-in person's posts let them see in the workstation, decided with the same rules the
// gateway and the services enforce (libs/access); the web only hides what would be refused anyway.
import {
  hasAnyRole,
  MATTER_READER_ROLES,
  maySeePersonalData,
  referralTargetsOf,
  type Caller,
  type StaffRole,
} from '@onewindow/access';
import type { SignedInUser } from '@onewindow/gateway-api';

// 仲裁员 and 仲裁立案书记员 decide whether arbitration accepts an application.
// 受理决定 is the arbitrator's; the clerk sees the queue but the gateway refuses the decision.
const ACCEPTANCE_DECIDERS: readonly StaffRole[] = ['ARBITRATOR'];

export interface Abilities {
  intake: boolean;
  matters: boolean;
  personalData: boolean;
  queues: boolean;
  dashboard: boolean;
  audit: boolean;
  decideAcceptance: boolean;
  /** Referral targets whose referrals this person acknowledges and reports on. */
  referralTargets: readonly string[];
}

export function callerOf(user: SignedInUser): Caller {
  return {
    userId: user.username,
    roles: user.roles,
    counties: user.counties,
    ...(user.agency ? { agency: user.agency } : {}),
  };
}

export function abilitiesOf(user: SignedInUser): Abilities {
  const caller = callerOf(user);
  const referralTargets = referralTargetsOf(caller);
  return {
    intake: user.roles.includes('WINDOW_CLERK'),
    matters: hasAnyRole(caller, MATTER_READER_ROLES),
    personalData: maySeePersonalData(caller),
    // Every post with a queue works on some referral target (the supervisor's is SUPERVISOR_QUEUE).
    queues: referralTargets.length > 0,
    dashboard: user.roles.includes('SUPERVISOR'),
    audit: user.roles.includes('AUDITOR'),
    decideAcceptance: hasAnyRole(caller, ACCEPTANCE_DECIDERS),
    referralTargets,
  };
}

export type StaffScreen = 'intake' | 'matters' | 'queues' | 'dashboard' | 'audit';

/** The screens in menu order; the first one allowed is where sign-in lands. */
export const STAFF_SCREENS: readonly StaffScreen[] = ['intake', 'queues', 'matters', 'dashboard', 'audit'];

export const screensOf = (abilities: Abilities) => STAFF_SCREENS.filter((screen) => abilities[screen]);
