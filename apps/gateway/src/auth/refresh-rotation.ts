import { createHash, randomBytes } from 'node:crypto';

/**
 * Refresh tokens (刷新令牌) are single use. Each sign-in starts a family; every refresh retires the
 * token presented and issues the next one of the same family. A retired token presented again means
 * two parties hold it (one of them a thief), so the whole family is revoked and both must sign in again.
 */
export interface RefreshTokenRecord {
  family: string;
  username: string;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
  revokedAt?: Date;
}

export type RefreshDecision =
  | { kind: 'rotate' }
  | { kind: 'reuse-detected'; message: string }
  | { kind: 'refuse'; message: string };

export function decideRefresh(record: RefreshTokenRecord | undefined, now: Date): RefreshDecision {
  if (!record) return { kind: 'refuse', message: 'refresh token is not recognised; sign in again' };
  if (record.revokedAt)
    return {
      kind: 'refuse',
      message: 'refresh token was revoked (signed out, or ended after its reuse); sign in again',
    };
  if (record.usedAt) {
    return {
      kind: 'reuse-detected',
      message: 'refresh token was already used: this sign-in is ended everywhere for safety; sign in again',
    };
  }
  if (record.expiresAt.getTime() <= now.getTime()) {
    return { kind: 'refuse', message: 'refresh token expired; sign in again' };
  }
  return { kind: 'rotate' };
}

/** 32 random bytes, base64url: what the client holds. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps instead of the token: a stolen database yields no usable refresh token. */
export function refreshTokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
