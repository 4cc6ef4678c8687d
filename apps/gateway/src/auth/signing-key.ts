import { ConfigurationError } from '@onewindow/config';

export const MIN_SIGNING_KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The HS256 key for access and tracking tokens, from GATEWAY_TOKEN_SECRET (base64 or base64url).
 * Refuses to start with a short or unreadable secret rather than sign with a guessable key.
 */
export function signingKeyFrom(secret: string): Uint8Array {
  const trimmed = secret.trim();
  const problem = (what: string) =>
    new ConfigurationError([
      `GATEWAY_TOKEN_SECRET ${what}: give at least ${MIN_SIGNING_KEY_BYTES} random bytes in base64, e.g. \`openssl rand -base64 32\``,
    ]);
  if (!BASE64.test(trimmed)) throw problem('is not base64');
  const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length < MIN_SIGNING_KEY_BYTES) throw problem(`holds only ${key.length} bytes`);
  return new Uint8Array(key);
}
