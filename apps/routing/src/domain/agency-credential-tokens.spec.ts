import { callerOfCredential, issueAgencyCredential, parseAgencyToken, tokenMatches } from './agency-credential';

describe('an agency credential', () => {
  const { credential, token } = issueAgencyCredential(
    { agency: 'TRADE_UNION', countyCodes: ['421303', '421303', '421321'], label: '曾都区总工会' },
    'supervisor-1',
    new Date('2026-12-01T08:00:00Z'),
  );

  it('keeps the hash of its secret, never the token', () => {
    const { credentialId, secret } = parseAgencyToken(token)!;
    expect(credentialId).toBe(credential.credentialId);
    expect(JSON.stringify(credential)).not.toContain(secret);
    expect(tokenMatches(credential, secret)).toBe(true);
    expect(
      tokenMatches(
        credential,
        secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
  });

  it('is not a token unless it has the owa1 shape', () => {
    expect(parseAgencyToken('owa1.xyz.abc')).toBeUndefined();
    expect(parseAgencyToken(`${token}x`)).toBeUndefined();
    expect(parseAgencyToken(token.replace('owa1', 'owa2'))).toBeUndefined();
  });

  it('speaks as an AGENCY caller of its agency and counties, each county once', () => {
    expect(callerOfCredential(credential)).toEqual({
      userId: `agency-credential:${credential.credentialId}`,
      roles: ['AGENCY'],
      counties: ['421303', '421321'],
      agency: 'TRADE_UNION',
    });
  });
});
