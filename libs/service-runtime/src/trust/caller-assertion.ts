import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, sign, verify } from 'node:crypto';
import { type Caller, parseCaller } from '@onewindow/access';

// A caller assertion (调用方断言) is how the gateway, and the project's own tools, vouch for the
// signed-in caller to one service: a compact JWS (RFC 7515) signed with Ed25519, naming the service
// it is for (aud), valid for seconds, and carrying the user, posts, counties and agency. Services
// hold only public keys, so a compromised service cannot speak as the gateway to another one.

export const CALLER_ASSERTION_TYPE = 'onewindow-caller+jwt';
/** No assertion may live longer than this, whatever its signer asks. */
export const MAX_ASSERTION_SECONDS = 300;
/** Clocks of the gateway and the services may differ by this much. */
const CLOCK_SKEW_SECONDS = 5;

export interface CallerAssertionClaims {
  iss: string;
  aud: string;
  sub: string;
  roles: string[];
  counties: string[];
  agency?: string;
  iat: number;
  exp: number;
}

/** Why an assertion was refused, in words for the log and the UNAUTHENTICATED message. */
export class CallerAssertionError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'CallerAssertionError';
  }
}

export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
}

export interface TrustedKey {
  keyId: string;
  publicKey: KeyObject;
}

const base64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');
const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

export class CallerAssertionSigner {
  constructor(
    private readonly key: SigningKey,
    /** Who signs: 'gateway', or 'tool:<name>' for the project's command-line tools. */
    private readonly issuer: string,
    private readonly lifetimeSeconds = 60,
  ) {
    if (lifetimeSeconds < 1 || lifetimeSeconds > MAX_ASSERTION_SECONDS) {
      throw new RangeError(`a caller assertion lives 1–${MAX_ASSERTION_SECONDS} s; asked for ${lifetimeSeconds}`);
    }
  }

  /** An assertion that `caller` is calling `audience` (intake, routing, arbitration). */
  sign(caller: Caller, audience: string, now = new Date()): string {
    const claims: CallerAssertionClaims = {
      iss: this.issuer,
      aud: audience,
      sub: caller.userId,
      roles: caller.roles,
      counties: caller.counties,
      ...(caller.agency ? { agency: caller.agency } : {}),
      iat: seconds(now),
      exp: seconds(now) + this.lifetimeSeconds,
    };
    return signClaims(claims, this.key);
  }
}

/** Signs any claims as given; tests use it to make expired or mis-addressed assertions that are otherwise genuine. */
export function signClaims(claims: CallerAssertionClaims, key: SigningKey): string {
  const header = base64url(JSON.stringify({ alg: 'EdDSA', typ: CALLER_ASSERTION_TYPE, kid: key.keyId }));
  const input = `${header}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${base64url(sign(null, Buffer.from(input), key.privateKey))}`;
}

export class CallerAssertionVerifier {
  private readonly keys: Map<string, KeyObject>;

  /** `trusted`: the current key and, during a rotation, the previous one. */
  constructor(
    trusted: readonly TrustedKey[],
    private readonly audience: string,
  ) {
    if (trusted.length === 0) throw new RangeError('a service needs at least one trusted caller-assertion key');
    this.keys = new Map(trusted.map((key) => [key.keyId, key.publicKey]));
  }

  /** The caller the assertion vouches for; CallerAssertionError saying why not. */
  verify(assertion: string, now = new Date()): Caller {
    const parts = assertion.split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) {
      throw new CallerAssertionError('the caller assertion is not a compact JWS');
    }
    const [header, payload, signature] = parts as [string, string, string];
    const { alg, typ, kid } = decodeJson(header, 'header') as { alg?: unknown; typ?: unknown; kid?: unknown };
    if (alg !== 'EdDSA' || typ !== CALLER_ASSERTION_TYPE) {
      throw new CallerAssertionError(`the caller assertion must be an EdDSA ${CALLER_ASSERTION_TYPE}`);
    }
    const key = typeof kid === 'string' ? this.keys.get(kid) : undefined;
    if (!key) throw new CallerAssertionError(`the caller assertion is signed with an unknown key (${String(kid)})`);
    if (!verify(null, Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) {
      throw new CallerAssertionError(`the caller assertion's signature does not verify under key ${kid}`);
    }
    const claims = decodeJson(payload, 'claims') as Partial<CallerAssertionClaims>;
    if (claims.aud !== this.audience) {
      throw new CallerAssertionError(`the caller assertion is for ${String(claims.aud)}, not ${this.audience}`);
    }
    const at = seconds(now);
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') {
      throw new CallerAssertionError('the caller assertion has no iat/exp');
    }
    if (claims.exp <= at - CLOCK_SKEW_SECONDS) {
      throw new CallerAssertionError(`the caller assertion expired ${at - claims.exp} s ago`);
    }
    if (claims.iat > at + CLOCK_SKEW_SECONDS || claims.exp - claims.iat > MAX_ASSERTION_SECONDS) {
      throw new CallerAssertionError(
        `the caller assertion's lifetime is outside 0–${MAX_ASSERTION_SECONDS} s from now`,
      );
    }
    const caller = parseCaller({
      userId: typeof claims.sub === 'string' ? claims.sub : undefined,
      roles: Array.isArray(claims.roles) ? claims.roles.join(',') : undefined,
      counties: Array.isArray(claims.counties) ? claims.counties.join(',') : undefined,
      agency: typeof claims.agency === 'string' ? claims.agency : undefined,
    });
    if (!caller) throw new CallerAssertionError('the caller assertion names no well-formed caller');
    return caller;
  }
}

function decodeJson(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new CallerAssertionError(`the caller assertion's ${what} is not a JSON object`);
}

// Keys travel in configuration as `<key id>=<base64 DER>`: PKCS#8 for the signer's private key,
// SPKI for the services' trusted public keys, comma-separated (current first, then previous).

export function parseSigningKey(setting: string, name: string): SigningKey {
  const [keyId, der] = splitKeySetting(setting, name);
  try {
    const privateKey = createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${privateKey.asymmetricKeyType} key`);
    return { keyId, privateKey };
  } catch (error) {
    throw new RangeError(`${name}: key ${keyId} is not an Ed25519 PKCS#8 key (${(error as Error).message})`);
  }
}

export function parseTrustedKeys(setting: string, name: string): TrustedKey[] {
  const keys = setting
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [keyId, der] = splitKeySetting(part, name);
      try {
        const publicKey = createPublicKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'spki' });
        if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`${publicKey.asymmetricKeyType} key`);
        return { keyId, publicKey };
      } catch (error) {
        throw new RangeError(`${name}: key ${keyId} is not an Ed25519 SPKI key (${(error as Error).message})`);
      }
    });
  if (keys.length === 0) throw new RangeError(`${name} names no key`);
  return keys;
}

function splitKeySetting(setting: string, name: string): [string, string] {
  const at = setting.indexOf('=');
  const keyId = setting.slice(0, at).trim();
  const der = setting.slice(at + 1).trim();
  if (at < 1 || !/^[\w.-]{1,64}$/.test(keyId) || der === '') {
    throw new RangeError(`${name} must be <key id>=<base64 DER key>[,…]`);
  }
  return [keyId, der];
}

/** A fresh Ed25519 key pair in the settings' form (for `npm start`, the tests, and a county's first key). */
export function generateCallerKeyPair(keyId: string): { signingKey: string; trustedKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    signingKey: `${keyId}=${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
    trustedKey: `${keyId}=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
  };
}
