import {
  checkTrackingCode,
  hashTrackingCode,
  mayResend,
  newTrackingCode,
  TRACKING_CODE_MAX_ATTEMPTS,
  type IssuedTrackingCode,
} from './tracking-code';

const secret = Buffer.alloc(32, 7);
const issuedAt = new Date('2026-11-29T02:00:00Z');
const issued = (attempts = 0): IssuedTrackingCode => ({
  matterNumber: '421303-2026-000001',
  codeHash: hashTrackingCode(secret, '421303-2026-000001', '123456'),
  issuedAt,
  expiresAt: new Date(issuedAt.getTime() + 10 * 60_000),
  attempts,
});
const at = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);

describe('one-time tracking code', () => {
  it('is six digits', () => {
    for (let i = 0; i < 50; i++) expect(newTrackingCode()).toMatch(/^\d{6}$/);
  });

  it('binds the code to the matter number', () => {
    expect(hashTrackingCode(secret, '421303-2026-000001', '123456')).not.toBe(
      hashTrackingCode(secret, '421303-2026-000002', '123456'),
    );
  });

  it('accepts the right code in time and refuses a wrong one', () => {
    expect(checkTrackingCode(issued(), hashTrackingCode(secret, '421303-2026-000001', '123456'), at(9))).toBe('valid');
    expect(checkTrackingCode(issued(), hashTrackingCode(secret, '421303-2026-000001', '654321'), at(1))).toBe('wrong');
  });

  it('refuses even the right code after ten minutes or five tries', () => {
    const right = hashTrackingCode(secret, '421303-2026-000001', '123456');
    expect(checkTrackingCode(issued(), right, at(10))).toBe('expired');
    expect(checkTrackingCode(issued(TRACKING_CODE_MAX_ATTEMPTS), right, at(1))).toBe('exhausted');
    expect(checkTrackingCode(undefined, right, at(1))).toBe('none');
  });

  it('sends a new code at most once a minute', () => {
    expect(mayResend(undefined, at(0))).toBe(true);
    expect(mayResend(issued(), at(0.5))).toBe(false);
    expect(mayResend(issued(), at(1))).toBe(true);
  });
});
