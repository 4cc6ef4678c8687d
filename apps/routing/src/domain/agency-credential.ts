import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AGENCY_TARGETS, type Caller } from '@onewindow/access';

// An outside agency's own credential (协作单位接入凭证): the trade union's, the legal-aid centre's
// or a people's mediation committee's case system calls routing directly with it, and reaches only
// the referrals addressed to that agency in the credential's counties. Routing keeps the token's
// SHA-256, never the token: the secret is 256 random bits, so no slow hash is needed.

export type AgencyTarget = (typeof AGENCY_TARGETS)[number];

export interface AgencyCredential {
  credentialId: string;
  agency: AgencyTarget;
  /** 行政区划代码 of the counties it reaches; the first is the record's county. */
  countyCodes: string[];
  label: string;
  issuedBy: string;
  issuedAt: string;
  revokedAt?: string;
  revokedBy?: string;
  secretHash: string;
}

/** The RPCs an agency credential may call: its referrals' loop, nothing else (rpc handler names). */
export const AGENCY_CREDENTIAL_RPCS: readonly string[] = ['listReferrals', 'acknowledgeReferral', 'reportOutcome'];

const TOKEN_PREFIX = 'owa1';
const TOKEN_PATTERN = /^owa1\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;
export const MAX_LABEL_LENGTH = 100;

export const isAgencyTarget = (value: string): value is AgencyTarget =>
  (AGENCY_TARGETS as readonly string[]).includes(value);

const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A new credential and its token (`owa1.<id>.<secret>`), which is shown once. */
export function issueAgencyCredential(
  fields: { agency: AgencyTarget; countyCodes: string[]; label: string },
  issuedBy: string,
  now: Date,
): { credential: AgencyCredential; token: string } {
  const credentialId = randomBytes(16).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return {
    credential: {
      credentialId,
      agency: fields.agency,
      countyCodes: [...new Set(fields.countyCodes)],
      label: fields.label,
      issuedBy,
      issuedAt: now.toISOString(),
      secretHash: sha256(secret),
    },
    token: `${TOKEN_PREFIX}.${credentialId}.${secret}`,
  };
}

/** The credential id a token names, or undefined when it is not a token at all. */
export function parseAgencyToken(token: string): { credentialId: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { credentialId: match[1]!, secret: match[2]! } : undefined;
}

export function tokenMatches(credential: AgencyCredential, secret: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(credential.secretHash, 'hex'));
}

/** Whom a valid credential speaks for: an AGENCY caller of its agency and counties. */
export function callerOfCredential(credential: AgencyCredential): Caller {
  return {
    userId: `agency-credential:${credential.credentialId}`,
    roles: ['AGENCY'],
    counties: credential.countyCodes,
    agency: credential.agency,
  };
}
