// Who may see and act on a mediation, decided here again whatever the gateway decided: a gateway bug must
// not open another county's case.
import {
  type Caller,
  hasAnyRole,
  MATTER_READER_ROLES,
  MEDIATING_ROLES,
  MEDIATOR_ROLL_KEEPING_ROLES,
  PORTAL_ROLE,
  PORTAL_USER_PREFIX,
} from '@onewindow/access';
import { permissionDenied, requireCounty } from '@onewindow/service-runtime';
import type { MediationCaseRecord } from './mediation-case.repository';

export const isPortalFor = (caller: Caller, matterNumber: string) =>
  caller.roles.includes(PORTAL_ROLE) && caller.userId === `${PORTAL_USER_PREFIX}${matterNumber}`;

/** The posts that work on matters see a county's mediations; the portal only the worker's own. */
export function requireMaySee(caller: Caller, record: Pick<MediationCaseRecord, 'countyCode' | 'matterNumber'>): void {
  requireCounty(caller, record.countyCode);
  if (hasAnyRole(caller, MATTER_READER_ROLES) || isPortalFor(caller, record.matterNumber)) return;
  throw permissionDenied(
    "mediation cases are for the posts that work on matters, and the worker's own through the portal",
  );
}

/** Consent, sessions, the agreement, payments: the mediator post, in the case's county. */
export function requireMayMediate(caller: Caller, record: Pick<MediationCaseRecord, 'countyCode'>): void {
  requireCounty(caller, record.countyCode);
  if (!hasAnyRole(caller, MEDIATING_ROLES)) {
    throw permissionDenied('a mediation is conducted by the MEDIATOR post (调解员)');
  }
}

/** Assigning mediators: the mediator post or the duty supervisor (值班主任), in the case's county. */
export function requireMayAssign(caller: Caller, record: Pick<MediationCaseRecord, 'countyCode'>): void {
  requireCounty(caller, record.countyCode);
  if (!hasAnyRole(caller, [...MEDIATING_ROLES, ...MEDIATOR_ROLL_KEEPING_ROLES])) {
    throw permissionDenied('mediators are assigned by the MEDIATOR post or the duty SUPERVISOR');
  }
}

/** The mediator roll (调解员名册) of a county is kept by the duty supervisor. */
export function requireMayKeepRoll(caller: Caller, countyCode: string): void {
  requireCounty(caller, countyCode);
  if (!hasAnyRole(caller, MEDIATOR_ROLL_KEEPING_ROLES)) {
    throw permissionDenied('the mediator roll (调解员名册) is kept by the duty SUPERVISOR');
  }
}

/** The clock's own review (period lapsed, instalment missed) on demand: the duty supervisor. */
export function requireMayReview(caller: Caller): void {
  if (hasAnyRole(caller, MEDIATOR_ROLL_KEEPING_ROLES)) return;
  throw permissionDenied('reviewing the mediation clocks on demand is for the duty SUPERVISOR');
}
