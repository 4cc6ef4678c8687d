import { request as httpRequest } from 'node:http';
import type { ApiError, AuditPage } from '@onewindow/gateway-api';
import { TokenService } from '../src/auth/token.service';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';
import { AuthTestGateway, demo } from './auth-harness';

// Limits lowered so a test can reach them: sign-in 3, public 2, everything else 4 a minute. The
// gateway sits behind a reverse proxy on 127.0.0.1 here, which names each client in X-Forwarded-For.
const LIMITS = { GATEWAY_SIGN_IN_RATE_LIMIT: '3', GATEWAY_PUBLIC_RATE_LIMIT: '2', GATEWAY_USER_RATE_LIMIT: '4' };

describe('rate limits', () => {
  const gateway = new AuthTestGateway({ ...LIMITS, GATEWAY_TRUSTED_PROXIES: '127.0.0.1' });

  beforeAll(() => gateway.start(), 60_000);
  afterAll(() => gateway.stop());

  it('slows sign-in per client address with 429 in the ApiError shape and a Retry-After', async () => {
    const address = { 'x-forwarded-for': '10.0.0.1' };
    for (let i = 0; i < 3; i++) expect((await gateway.signIn('clerk.zengdu', undefined, address)).status).toBe(200);
    const response = await fetch(`${gateway.client.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...address },
      body: JSON.stringify({ username: 'mediator.zengdu', password: 'whatever-it-is' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as ApiError;
    expect(body).toEqual({
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/请求过于频繁.*Too many requests \(3 a minute\)/),
    });
    // Another address is not held back.
    expect((await gateway.signIn('clerk.zengdu', undefined, { 'x-forwarded-for': '10.0.0.2' })).status).toBe(200);
  });

  it('limits public endpoints per address', async () => {
    const address = { 'x-forwarded-for': '10.0.0.3' };
    const refresh = () =>
      gateway.client.request('POST', '/api/auth/refresh', { body: { refreshToken: 'B'.repeat(43) }, headers: address });
    expect((await refresh()).status).toBe(401);
    expect((await refresh()).status).toBe(401);
    expect((await refresh()).status).toBe(429);
  });

  it('limits everything else per signed-in user, wherever the requests come from', async () => {
    const { accessToken: clerk } = (await gateway.signIn('clerk.suixian', undefined, { 'x-forwarded-for': '10.0.0.4' }))
      .body;
    const { accessToken: auditor } = (
      await gateway.signIn('auditor.zengdu', undefined, { 'x-forwarded-for': '10.0.0.4' })
    ).body;
    const me = (token: string, address: string) =>
      gateway.client.request('GET', '/api/auth/me', { token, headers: { 'x-forwarded-for': address } });

    for (let i = 0; i < 4; i++) expect((await me(clerk, `10.0.1.${i}`)).status).toBe(200);
    expect((await me(clerk, '10.0.1.9')).status).toBe(429);
    // A colleague behind the same address has a budget of their own.
    expect((await me(auditor, '10.0.1.0')).status).toBe(200);
  });
});

/** A sign-in from a chosen loopback address (127.0.0.0/8 is all this host), with a forged X-Forwarded-For. */
function signInFrom(baseUrl: string, localAddress: string, forwardedFor: string): Promise<number> {
  const body = JSON.stringify({ username: 'clerk.zengdu', password: DEMO_PASSWORD });
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      `${baseUrl}/api/auth/sign-in`,
      {
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode!);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('the client address behind proxies', () => {
  const attempts = async (baseUrl: string, localAddress: string) => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push(await signInFrom(baseUrl, localAddress, `203.0.113.${i}`));
    return statuses;
  };
  const admitted = (statuses: number[]) => statuses.filter((status) => status === 200).length;

  describe('with no trusted proxy (the default)', () => {
    const gateway = new AuthTestGateway(LIMITS);
    beforeAll(() => gateway.start(), 60_000);
    afterAll(() => gateway.stop());

    it('counts sign-ins by the socket address, whatever X-Forwarded-For says, and records that address', async () => {
      const statuses = await attempts(gateway.client.baseUrl, '127.0.0.1');
      expect(admitted(statuses)).toBe(3);
      expect(statuses.slice(3)).toEqual(Array.from({ length: 12 }, () => 429));
      const { accessToken } = await gateway.app.get(TokenService).issueAccessToken(demo('auditor.zengdu'));
      const audit = await gateway.client.request<AuditPage>(
        'GET',
        '/api/audit?action=auth.sign-in&actor=clerk.zengdu',
        {
          token: accessToken,
        },
      );
      expect(new Set(audit.body.entries.map((entry) => entry.ip))).toEqual(new Set(['127.0.0.1']));
    });
  });

  describe('with a trusted proxy', () => {
    const gateway = new AuthTestGateway({ ...LIMITS, GATEWAY_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' });
    beforeAll(() => gateway.start(), 60_000);
    afterAll(() => gateway.stop());

    it('takes the address X-Forwarded-For names from the proxy, and ignores it from anyone else', async () => {
      expect(admitted(await attempts(gateway.client.baseUrl, '127.0.0.1'))).toBe(15);
      expect(admitted(await attempts(gateway.client.baseUrl, '127.0.0.2'))).toBe(3);
    });
  });

  it('refuses to start with a trusted proxy that is no address or CIDR', async () => {
    await expect(new AuthTestGateway({ GATEWAY_TRUSTED_PROXIES: '127.0.0.1,proxy.example' }).start()).rejects.toThrow(
      'GATEWAY_TRUSTED_PROXIES must be comma-separated IP addresses or CIDRs, got "proxy.example"',
    );
  });
});
