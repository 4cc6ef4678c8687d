import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '@onewindow/config';
import { signingKeyFrom } from './signing-key';

describe('token signing key from GATEWAY_TOKEN_SECRET', () => {
  it('accepts 32 random bytes in base64 or base64url', () => {
    const bytes = randomBytes(32);
    expect(Buffer.from(signingKeyFrom(bytes.toString('base64')))).toEqual(bytes);
    expect(Buffer.from(signingKeyFrom(bytes.toString('base64url')))).toEqual(bytes);
  });

  it('refuses a short secret, saying how many bytes it holds and how to make one', () => {
    expect(() => signingKeyFrom(randomBytes(16).toString('base64'))).toThrow(ConfigurationError);
    expect(() => signingKeyFrom(randomBytes(16).toString('base64'))).toThrow(
      /holds only 16 bytes.*openssl rand -base64 32/s,
    );
  });

  it('refuses a secret that is not base64', () => {
    expect(() => signingKeyFrom('correct horse battery staple, but longer than 32 characters')).toThrow(
      /GATEWAY_TOKEN_SECRET is not base64/,
    );
  });
});
