import { AGENCY_TARGETS, isStaffRole, type Caller, type StaffRole } from '@onewindow/access';
import { isKnownCounty } from '@onewindow/county';
import type { SignedInUser } from '@onewindow/gateway-api';

/** The signed-in staff member behind a request, exactly as the access token states it. */
export type AuthenticatedCaller = Caller & { username: string; displayName: string };

/** The private claims of an access token; sub is the username, the rest is what the services need. */
export interface AccessTokenClaims {
  sub: string;
  name: string;
  roles: StaffRole[];
  counties: string[];
  agency?: string;
}

export function accessTokenClaims(user: SignedInUser): AccessTokenClaims {
  return {
    sub: user.username,
    name: user.displayName,
    roles: user.roles,
    counties: user.counties,
    ...(user.agency ? { agency: user.agency } : {}),
  };
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

/**
 * The caller a verified token speaks for; undefined unless every claim is well formed (staff posts only,
 * known counties, an agency only for AGENCY). Nothing is re-read: the token is the whole truth for its lifetime.
 */
export function callerFromClaims(payload: Record<string, unknown>): AuthenticatedCaller | undefined {
  const { sub, name, roles, counties, agency } = payload;
  if (typeof sub !== 'string' || sub === '' || typeof name !== 'string') return undefined;
  if (!isStringList(roles) || !roles.every(isStaffRole)) return undefined;
  if (!isStringList(counties) || !counties.every(isKnownCounty)) return undefined;
  if (agency !== undefined && !(roles.includes('AGENCY') && (AGENCY_TARGETS as readonly unknown[]).includes(agency))) {
    return undefined;
  }
  return {
    userId: sub,
    username: sub,
    displayName: name,
    roles,
    counties,
    ...(typeof agency === 'string' ? { agency } : {}),
  };
}

export function signedInUserOf(caller: AuthenticatedCaller): SignedInUser {
  return {
    username: caller.username,
    displayName: caller.displayName,
    roles: caller.roles as StaffRole[],
    counties: caller.counties,
    ...(caller.agency ? { agency: caller.agency } : {}),
  };
}
