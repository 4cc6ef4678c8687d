import { decideRefresh, newRefreshToken, refreshTokenDigest, type RefreshTokenRecord } from './refresh-rotation';

const now = new Date('2026-03-02T02:00:00Z');
const record = (overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord => ({
  family: 'f1',
  username: 'clerk.zengdu',
  issuedAt: new Date('2026-03-01T20:00:00Z'),
  expiresAt: new Date('2026-03-02T08:00:00Z'),
  ...overrides,
});

describe('refresh token rotation', () => {
  it('rotates a live, unused token', () => {
    expect(decideRefresh(record(), now)).toEqual({ kind: 'rotate' });
  });

  it('treats a used token presented again as theft: the family is to be revoked', () => {
    expect(decideRefresh(record({ usedAt: new Date('2026-03-02T01:00:00Z') }), now).kind).toBe('reuse-detected');
  });

  it('detects reuse even after the used token has expired', () => {
    const old = record({ usedAt: new Date('2026-03-02T01:00:00Z'), expiresAt: new Date('2026-03-02T01:30:00Z') });
    expect(decideRefresh(old, now).kind).toBe('reuse-detected');
  });

  it('refuses an unknown, a revoked and an expired token, saying which', () => {
    expect(decideRefresh(undefined, now)).toEqual({
      kind: 'refuse',
      message: expect.stringContaining('not recognised'),
    });
    expect(decideRefresh(record({ revokedAt: now, usedAt: now }), now)).toEqual({
      kind: 'refuse',
      message: expect.stringContaining('revoked'),
    });
    expect(decideRefresh(record({ expiresAt: now }), now)).toEqual({
      kind: 'refuse',
      message: expect.stringContaining('expired'),
    });
  });

  it('hands out 32 random bytes and keeps only their SHA-256', () => {
    const token = newRefreshToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).not.toBe(newRefreshToken());
    expect(refreshTokenDigest(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(refreshTokenDigest(token)).not.toContain(token);
  });
});
