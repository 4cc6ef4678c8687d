import type { ApiError } from '@onewindow/gateway-api';
import { AuthTestGateway } from './auth-harness';

// Limits lowered so a test can reach them: sign-in 3, public 2, everything else 4 a minute.

describe('rate limits', () => {
  const gateway = new AuthTestGateway({
    GATEWAY_SIGN_IN_RATE_LIMIT: '3',
    GATEWAY_PUBLIC_RATE_LIMIT: '2',
    GATEWAY_USER_RATE_LIMIT: '4',
  });

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
