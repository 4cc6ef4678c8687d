import {
  isRole,
  isStaffRole,
  PERSONAL_DATA_ROLES,
  REFERRAL_TARGETS_BY_ROLE,
  PORTAL_ROLE,
  REGISTERING_CHANNELS_BY_ROLE,
  ROLE_NAMES_ZH,
  ROLES,
  type Role,
} from './roles';

/**
 * Who is asking, as the gateway vouches for it on every gRPC call: the signed-in staff member (or the
 * public portal acting for a worker who proved the phone on record), their posts and their counties.
 */
export interface Caller {
  /** The user id, or 'portal:<matter number>' for a worker tracking their own matter. */
  userId: string;
  roles: Role[];
  /** 行政区划代码 the caller works in; nothing outside them is visible or changeable. */
  counties: string[];
  /** For AGENCY users: the referral target they answer for (e.g. TRADE_UNION). */
  agency?: string;
}

export const PORTAL_USER_PREFIX = 'portal:';

export function mayAccessCounty(caller: Caller, countyCode: string): boolean {
  return caller.counties.includes(countyCode);
}

export function hasAnyRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.some((role) => roles.includes(role));
}

export function maySeePersonalData(caller: Caller): boolean {
  return hasAnyRole(caller, PERSONAL_DATA_ROLES);
}

const postName = (role: Role) => (isStaffRole(role) ? ROLE_NAMES_ZH[role] : '网上办事');

const REGISTERING_CANDIDATES: readonly Role[] = [...ROLES, PORTAL_ROLE];

/** The posts that register matters under this channel (the portal included). */
export const rolesRegistering = (channel: string): Role[] =>
  REGISTERING_CANDIDATES.filter((role) => REGISTERING_CHANNELS_BY_ROLE[role].includes(channel));

/**
 * Why the caller may not register a matter under this channel, naming its posts and the posts that
 * may; undefined when one of its posts registers under it (a caller holding several posts may use the
 * channel of any of them).
 */
export function channelRefusal(caller: Caller, channel: string): string | undefined {
  if (hasAnyRole(caller, rolesRegistering(channel))) return undefined;
  const held = caller.roles.map(postName).join('、') || '无岗位';
  return `content.channel: ${held} may not register a ${channel} matter (registered by ${
    rolesRegistering(channel).map(postName).join('、') || 'no post'
  })`;
}

/** The referral targets whose referrals this caller works on. */
export function referralTargetsOf(caller: Caller): string[] {
  const targets = new Set(caller.roles.flatMap((role) => REFERRAL_TARGETS_BY_ROLE[role]));
  if (caller.roles.includes('AGENCY') && caller.agency) targets.add(caller.agency);
  return [...targets];
}

/** Reads a caller from untrusted strings (metadata, token claims): undefined unless every part is well formed. */
export function parseCaller(fields: {
  userId?: string;
  roles?: string;
  counties?: string;
  agency?: string;
}): Caller | undefined {
  const roles = splitList(fields.roles);
  const counties = splitList(fields.counties);
  if (!fields.userId || roles.length === 0 || !roles.every(isRole) || counties.length === 0) return undefined;
  if (!counties.every((county) => /^\d{6}$/.test(county))) return undefined;
  return { userId: fields.userId, roles, counties, ...(fields.agency ? { agency: fields.agency } : {}) };
}

const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** The portal's caller for one worker's matter: it sees that matter's county and nothing else. */
export function portalCaller(matterNumberOrCounty: string): Caller {
  const county = matterNumberOrCounty.slice(0, 6);
  return { userId: `${PORTAL_USER_PREFIX}${matterNumberOrCounty}`, roles: ['PORTAL'], counties: [county] };
}
