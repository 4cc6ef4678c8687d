// Who may do what with a matter, checked again here from the caller the gateway vouches for (gRPC
// metadata): a bug in the gateway must not open another county's matter or a worker's whole numbers.
import { type Caller, PORTAL_ROLE, PORTAL_USER_PREFIX } from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import { parseMatterNumber } from '../domain';

/** The public portal, acting for one worker (网上办事). */
export const isPortal = (caller: Caller) => caller.roles.includes(PORTAL_ROLE);

/**
 * The matter's county must be the caller's; the portal, when it acts for a worker tracking one matter
 * (user 'portal:<matter number>'), reaches that matter only.
 */
export function requireMatter(caller: Caller, matter: { number: string; countyCode: string }): void {
  requireCounty(caller, matter.countyCode);
  const trackedNumber = caller.userId.slice(PORTAL_USER_PREFIX.length);
  if (isPortal(caller) && parseMatterNumber(trackedNumber).ok && trackedNumber !== matter.number) {
    throw permissionDenied(`the portal session is for matter ${trackedNumber}, not ${matter.number}`);
  }
}

/** Searching and counting matters is staff work: the portal acts for one worker and sees their matter only. */
export function requireStaff(caller: Caller, what: string): void {
  if (isPortal(caller)) throw permissionDenied(`the public portal may not ${what}`);
}
