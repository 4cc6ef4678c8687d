import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

// The one-time code (短信验证码) a worker uses to track a matter by its number: six digits, valid ten
// minutes, five tries, one new code a minute at most. Only a keyed hash of it is stored.
export const TRACKING_CODE_TTL_MS = 10 * 60_000;
export const TRACKING_CODE_MAX_ATTEMPTS = 5;
export const TRACKING_CODE_RESEND_INTERVAL_MS = 60_000;

export interface IssuedTrackingCode {
  matterNumber: string;
  codeHash: string;
  issuedAt: Date;
  expiresAt: Date;
  attempts: number;
}

export const newTrackingCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

export function hashTrackingCode(secret: Buffer, matterNumber: string, code: string): string {
  return createHmac('sha256', secret).update(`${matterNumber}:${code}`).digest('base64url');
}

export type TrackingCodeCheck = 'valid' | 'wrong' | 'expired' | 'exhausted' | 'none';

/** What a code the worker typed means for the code on record (attempts counts this try's predecessors). */
export function checkTrackingCode(
  issued: IssuedTrackingCode | undefined,
  presentedHash: string,
  now: Date,
): TrackingCodeCheck {
  if (!issued) return 'none';
  if (now >= issued.expiresAt) return 'expired';
  if (issued.attempts >= TRACKING_CODE_MAX_ATTEMPTS) return 'exhausted';
  const a = Buffer.from(issued.codeHash);
  const b = Buffer.from(presentedHash);
  return a.length === b.length && timingSafeEqual(a, b) ? 'valid' : 'wrong';
}

export function mayResend(issued: IssuedTrackingCode | undefined, now: Date): boolean {
  return !issued || now.getTime() - issued.issuedAt.getTime() >= TRACKING_CODE_RESEND_INTERVAL_MS;
}
