import type { Caller } from '@onewindow/access';
import {
  CallerAssertionSigner,
  CallerAssertionVerifier,
  generateCallerKeyPair,
  parseSigningKey,
  parseTrustedKeys,
  signClaims,
} from './caller-assertion';

const caller: Caller = { userId: 'u-1', roles: ['SUPERVISOR', 'MEDIATOR'], counties: ['421303'], agency: undefined };
const current = generateCallerKeyPair('2026-12');
const previous = generateCallerKeyPair('2026-06');
const signerWith = (pair: { signingKey: string }, seconds = 60) =>
  new CallerAssertionSigner(parseSigningKey(pair.signingKey, 'key'), 'gateway', seconds);
const intake = new CallerAssertionVerifier(
  parseTrustedKeys(`${current.trustedKey},${previous.trustedKey}`, 'keys'),
  'intake',
);
const at = new Date('2026-12-01T08:00:00Z');
const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);

describe('a caller assertion', () => {
  it('gives back exactly the caller it was signed for', () => {
    const { agency: _none, ...plain } = caller;
    expect(intake.verify(signerWith(current).sign(caller, 'intake', at), at)).toEqual(plain);
    const union: Caller = { userId: 'u-2', roles: ['AGENCY'], counties: ['421303', '421321'], agency: 'TRADE_UNION' };
    expect(intake.verify(signerWith(current).sign(union, 'intake', at), at)).toEqual(union);
  });

  it('is taken under the previous key during a rotation, and refused under a key no longer listed', () => {
    expect(intake.verify(signerWith(previous).sign(caller, 'intake', at), at).userId).toBe('u-1');
    const retired = generateCallerKeyPair('2025-12');
    expect(() => intake.verify(signerWith(retired).sign(caller, 'intake', at), at)).toThrow(
      'signed with an unknown key (2025-12)',
    );
  });

  it('is refused when signed by another key under a trusted key id', () => {
    const impostor = generateCallerKeyPair('2026-12');
    expect(() => intake.verify(signerWith(impostor).sign(caller, 'intake', at), at)).toThrow(
      'signature does not verify under key 2026-12',
    );
  });

  it('is refused by a service it was not addressed to', () => {
    expect(() => intake.verify(signerWith(current).sign(caller, 'routing', at), at)).toThrow(
      'is for routing, not intake',
    );
  });

  it('lives as long as the signer says, with five seconds of clock skew, and never more than five minutes', () => {
    const assertion = signerWith(current, 30).sign(caller, 'intake', at);
    expect(intake.verify(assertion, later(34)).userId).toBe('u-1');
    expect(() => intake.verify(assertion, later(35))).toThrow('expired 5 s ago');
    expect(() => intake.verify(assertion, later(-6))).toThrow('lifetime is outside');
    expect(() => signerWith(current, 301)).toThrow(RangeError);
    const key = parseSigningKey(current.signingKey, 'key');
    const epoch = Math.floor(at.getTime() / 1000);
    const longLived = signClaims(
      { iss: 'x', aud: 'intake', sub: 'u', roles: ['SUPERVISOR'], counties: ['421303'], iat: epoch, exp: epoch + 301 },
      key,
    );
    expect(() => intake.verify(longLived, at)).toThrow('lifetime is outside 0–300 s');
  });

  it('is refused when any part of it was changed', () => {
    const [header, payload, signature] = signerWith(current).sign(caller, 'intake', at).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const wider = Buffer.from(JSON.stringify({ ...claims, counties: ['421303', '421321'] })).toString('base64url');
    expect(() => intake.verify(`${header}.${wider}.${signature}`, at)).toThrow('does not verify');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'onewindow-caller+jwt', kid: '2026-12' })).toString(
      'base64url',
    );
    expect(() => intake.verify(`${none}.${payload}.${signature}`, at)).toThrow('must be an EdDSA');
    expect(() => intake.verify('not-a-jws', at)).toThrow('not a compact JWS');
    expect(() => intake.verify(`${header}.${payload}.`, at)).toThrow('not a compact JWS');
  });

  it('is refused when it names no well-formed caller, even when genuinely signed', () => {
    const key = parseSigningKey(current.signingKey, 'key');
    const epoch = Math.floor(at.getTime() / 1000);
    const claims = { iss: 'x', aud: 'intake', sub: 'u', iat: epoch, exp: epoch + 60 };
    expect(() => intake.verify(signClaims({ ...claims, roles: ['KING'], counties: ['421303'] }, key), at)).toThrow(
      'names no well-formed caller',
    );
    expect(() => intake.verify(signClaims({ ...claims, roles: ['SUPERVISOR'], counties: ['*'] }, key), at)).toThrow(
      'names no well-formed caller',
    );
  });
});

describe('key settings', () => {
  it('name what is wrong with them', () => {
    expect(() => parseTrustedKeys('', 'ONEWINDOW_CALLER_KEYS')).toThrow('ONEWINDOW_CALLER_KEYS names no key');
    expect(() => parseTrustedKeys('just-base64', 'ONEWINDOW_CALLER_KEYS')).toThrow('<key id>=<base64 DER key>');
    expect(() => parseTrustedKeys('k=AAAA', 'ONEWINDOW_CALLER_KEYS')).toThrow('key k is not an Ed25519 SPKI key');
    expect(() => parseSigningKey(current.trustedKey, 'ONEWINDOW_CALLER_SIGNING_KEY')).toThrow(
      'is not an Ed25519 PKCS#8 key',
    );
  });
});
