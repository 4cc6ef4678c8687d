import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import type { ApiError, SignedInUser, TokenResponse } from '@onewindow/gateway-api';
import { TokenService } from '../src/auth/token.service';
import { TrackingTokenGuard } from '../src/auth/tracking-token.guard';
import { AuthTestGateway, demo } from './auth-harness';

// Sign-in, lockout, access and refresh tokens against the real store. Rate limits are raised out of
// the way here; auth-rate-limits.spec.ts tests them.

describe('sign-in and tokens', () => {
  const gateway = new AuthTestGateway({ GATEWAY_SIGN_IN_RATE_LIMIT: '1000', GATEWAY_PUBLIC_RATE_LIMIT: '1000' });
  const me = (token: string) => gateway.client.request<SignedInUser & ApiError>('GET', '/api/auth/me', { token });
  const refresh = (refreshToken: string) =>
    gateway.client.request<TokenResponse & ApiError>('POST', '/api/auth/refresh', { body: { refreshToken } });

  beforeAll(() => gateway.start(), 60_000);
  afterAll(() => gateway.stop());
  afterEach(() => jest.restoreAllMocks());

  describe('signing in', () => {
    it('gives a 15-minute HS256 access token with every post and county, and a refresh token', async () => {
      const response = await gateway.signIn('Multi.Zengdu');
      expect(response.status).toBe(200);
      const { accessToken, refreshToken, expiresIn, user } = response.body;
      expect(user).toEqual({
        username: 'multi.zengdu',
        displayName: '张三岗',
        roles: ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'],
        counties: ['421303'],
      });
      expect(expiresIn).toBe(900);
      expect(decodeProtectedHeader(accessToken)).toEqual({ alg: 'HS256', typ: 'at+jwt' });
      const claims = decodeJwt(accessToken);
      expect(claims).toMatchObject({ iss: 'onewindow-gateway', aud: 'onewindow', sub: 'multi.zengdu' });
      expect(claims.exp! - claims.iat!).toBe(900);
      expect(Buffer.from(refreshToken, 'base64url')).toHaveLength(32);

      const who = await me(accessToken);
      expect(who.status).toBe(200);
      expect(who.body).toEqual(user);
    });

    it('marks answers carrying tokens or personal data no-store', async () => {
      const response = await fetch(`${gateway.client.baseUrl}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'clerk.zengdu', password: demo('clerk.zengdu').password }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      // helmet's headers are there too
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('answers an unknown user exactly as a wrong password, taking comparable time', async () => {
      const timed = async (username: string) => {
        const started = performance.now();
        const response = await gateway.signIn(username, 'Wrong-password-1');
        return { response, ms: performance.now() - started };
      };
      const wrong = [];
      const unknown = [];
      for (let i = 0; i < 3; i++) {
        wrong.push(await timed('petition.zengdu'));
        unknown.push(await timed('nobody.zengdu'));
      }
      expect(wrong[0]!.response).toEqual({ status: 401, body: unknown[0]!.response.body });
      expect(unknown[0]!.response.body).toEqual({
        statusCode: 401,
        error: 'UNAUTHORIZED',
        message: '用户名或密码错误。Wrong username or password.',
      });
      // An unknown user still costs one argon2id verification (tens of milliseconds), not a quick "no such user".
      const total = (runs: { ms: number }[]) => runs.reduce((sum, run) => sum + run.ms, 0);
      expect(total(unknown)).toBeGreaterThan(total(wrong) / 3);
    });

    it('refuses a malformed request with every bad field, before any password is checked', async () => {
      const response = await gateway.client.request<ApiError>('POST', '/api/auth/sign-in', {
        body: { username: '', password: 42, remember: true },
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toBe('BAD_REQUEST');
      expect(new Set(response.body.violations?.map((v) => v.field))).toEqual(
        new Set(['username', 'password', 'remember']),
      );
    });
  });

  describe('lockout', () => {
    const wrong = (username: string) => gateway.signIn(username, 'Not-the-password');

    it('locks after five wrong passwords for 15 minutes, refusing even the right one, then lets the owner in', async () => {
      const username = 'legal-aid.zengdu';
      for (let i = 0; i < 4; i++) expect((await wrong(username)).status).toBe(401);

      const fifth = await wrong(username);
      expect(fifth.status).toBe(423);
      expect(fifth.body).toMatchObject({ statusCode: 423, error: 'LOCKED' });
      const { message } = fifth.body as unknown as ApiError;
      expect(message).toMatch(/已被锁定，请于北京时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 后再试/);
      expect(message).toMatch(/Account locked after 5 wrong passwords until /);

      expect((await gateway.signIn(username)).status).toBe(423);
      gateway.advanceClock(14);
      expect((await gateway.signIn(username)).status).toBe(423);
      gateway.advanceClock(1);
      expect((await gateway.signIn(username)).status).toBe(200);

      // Success cleared the count: four more wrong passwords do not lock.
      for (let i = 0; i < 4; i++) expect((await wrong(username)).status).toBe(401);
      expect((await gateway.signIn(username)).status).toBe(200);
    });

    it('counts failures that arrive at the same moment', async () => {
      const responses = await Promise.all(Array.from({ length: 6 }, () => wrong('mediator.zengdu')));
      expect(responses.map((r) => r.status).sort()).toEqual([401, 401, 401, 401, 423, 423]);
      expect((await gateway.signIn('mediator.zengdu')).status).toBe(423);
    });
  });

  describe('access tokens', () => {
    const forge = (claims: Record<string, unknown>, key: Uint8Array, expiresIn = '15m') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
        .setSubject('clerk.zengdu')
        .setIssuer('onewindow-gateway')
        .setAudience('onewindow')
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key);
    const genuineKey = () => new Uint8Array(Buffer.from(gateway.tokenSecret, 'base64'));
    const clerkClaims = { name: '王窗口', roles: ['WINDOW_CLERK'], counties: ['421303'] };

    it.each([
      ['missing', undefined, 'sign in first: the request has no Authorization: Bearer <access token>'],
      ['malformed', 'not.a.jwt', 'access token is malformed'],
    ])('refuses a %s token, saying so', async (_, token, message) => {
      const response = await me(token as string);
      expect(response).toEqual({ status: 401, body: { statusCode: 401, error: 'UNAUTHORIZED', message } });
    });

    it('refuses a token signed with another key as forged', async () => {
      const forged = await forge({ ...clerkClaims, roles: ['SUPERVISOR'] }, new Uint8Array(32).fill(7));
      const response = await me(forged);
      expect(response.status).toBe(401);
      expect(response.body.message).toBe('access token signature is invalid: it was forged or signed with another key');
    });

    it('refuses an unsigned token (alg none)', async () => {
      const [, payload] = (await forge(clerkClaims, genuineKey())).split('.');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
      const response = await me(unsigned);
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/^access token is (malformed|not signed with HS256)$/);
    });

    it('refuses an expired token by saying it expired', async () => {
      const { accessToken } = await gateway.tokensOf('clerk.zengdu');
      expect((await me(accessToken)).status).toBe(200);
      gateway.advanceClock(16);
      const response = await me(accessToken);
      expect(response.status).toBe(401);
      expect(response.body.message).toBe('access token expired; refresh it or sign in again');
    });

    it('refuses a genuinely signed token whose claims are not a staff member', async () => {
      const portal = await forge({ ...clerkClaims, roles: ['PORTAL'] }, genuineKey());
      expect((await me(portal)).body.message).toBe('access token claims are malformed');
    });

    it('answers 403 naming the posts a route needs; any one of a person’s posts suffices', async () => {
      const clerk = await gateway.tokensOf('clerk.zengdu');
      const refused = await gateway.client.request<ApiError>('GET', '/api/audit', { token: clerk.accessToken });
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        statusCode: 403,
        error: 'FORBIDDEN',
        message:
          '需要以下岗位之一：审计员（AUDITOR）；当前账号的岗位：窗口受理员（WINDOW_CLERK）。 This needs one of the posts AUDITOR; you hold WINDOW_CLERK.',
      });
      const auditor = await gateway.tokensOf('auditor.zengdu');
      expect((await gateway.client.request('GET', '/api/audit', { token: auditor.accessToken })).status).toBe(200);
    });
  });

  describe('tracking tokens for the portal', () => {
    const matterNumber = '421303-2026-000042';
    const tokens = () => gateway.app.get(TokenService);
    const guard = () => gateway.app.get(TrackingTokenGuard);
    const contextOf = (authorization: string | undefined, routeMatter: string) =>
      ({
        switchToHttp: () => ({
          getRequest: () => ({
            headers: authorization ? { authorization } : {},
            params: { matterNumber: routeMatter },
          }),
        }),
      }) as never;

    it('open one matter for 30 minutes', async () => {
      const { trackingToken, expiresIn } = await tokens().issueTrackingToken(matterNumber);
      expect(expiresIn).toBe(1800);
      expect(await tokens().verifyTrackingToken(trackingToken)).toBe(matterNumber);
      await expect(guard().canActivate(contextOf(`Bearer ${trackingToken}`, matterNumber))).resolves.toBe(true);
      await expect(guard().canActivate(contextOf(`Bearer ${trackingToken}`, '421303-2026-000043'))).rejects.toThrow(
        'the tracking token is for another matter',
      );
      await expect(guard().canActivate(contextOf(undefined, matterNumber))).rejects.toThrow(/no Authorization/);
      gateway.advanceClock(31);
      await expect(tokens().verifyTrackingToken(trackingToken)).rejects.toThrow(
        'tracking token expired; ask for a new tracking code',
      );
    });

    it('are no access tokens, and access tokens are no tracking tokens', async () => {
      const { trackingToken } = await tokens().issueTrackingToken(matterNumber);
      const response = await me(trackingToken);
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/^access token is not valid here \(typ/);
      const { accessToken } = await gateway.tokensOf('clerk.zengdu');
      await expect(tokens().verifyTrackingToken(accessToken)).rejects.toThrow(/^tracking token is not valid here/);
    });
  });

  describe('refresh tokens', () => {
    it('rotate: each refresh gives a new pair and retires the token presented', async () => {
      const first = await gateway.tokensOf('arbitrator.zengdu');
      const second = await refresh(first.refreshToken);
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect(second.body.user.username).toBe('arbitrator.zengdu');
      expect((await me(second.body.accessToken)).status).toBe(200);
      const third = await refresh(second.body.refreshToken);
      expect(third.status).toBe(200);
    });

    it('presented twice, end the whole sign-in: the thief and the owner must both sign in again', async () => {
      const first = await gateway.tokensOf('inspector.zengdu');
      const owner = await refresh(first.refreshToken);
      expect(owner.status).toBe(200);

      const thief = await refresh(first.refreshToken);
      expect(thief.status).toBe(401);
      expect(thief.body.message).toMatch(/already used: this sign-in is ended everywhere/);
      // The owner's newer token is revoked with its family.
      const ownerAgain = await refresh(owner.body.refreshToken);
      expect(ownerAgain.status).toBe(401);
      expect(ownerAgain.body.message).toMatch(/revoked/);
      // Another sign-in of the same person is a family of its own and unaffected.
      const other = await gateway.tokensOf('inspector.zengdu');
      expect((await refresh(other.refreshToken)).status).toBe(200);
    });

    it('expire after 12 hours', async () => {
      const { refreshToken } = await gateway.tokensOf('supervisor.zengdu');
      gateway.advanceClock(12 * 60);
      const response = await refresh(refreshToken);
      expect(response.status).toBe(401);
      expect(response.body.message).toBe('refresh token expired; sign in again');
    });

    it('stop working at sign-out, which may be repeated', async () => {
      const { refreshToken } = await gateway.tokensOf('arbitration-clerk.zengdu');
      const signOut = () => gateway.client.request('POST', '/api/auth/sign-out', { body: { refreshToken } });
      expect((await signOut()).status).toBe(204);
      expect((await signOut()).status).toBe(204);
      const response = await refresh(refreshToken);
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/revoked/);
    });

    it('fail once the account is disabled, though the access token lives out its 15 minutes', async () => {
      const { accessToken, refreshToken } = await gateway.tokensOf('union.zengdu');
      await gateway.users.setDisabled('union.zengdu', true);
      try {
        expect((await me(accessToken)).body.agency).toBe('TRADE_UNION');
        const response = await refresh(refreshToken);
        expect(response.status).toBe(401);
        expect(response.body.message).toMatch(/disabled/);
        expect((await gateway.signIn('union.zengdu')).body).toMatchObject({
          statusCode: 401,
          message: expect.stringMatching(/停用/),
        });
      } finally {
        await gateway.users.setDisabled('union.zengdu', false);
      }
    });

    it('that were never issued are refused', async () => {
      const response = await refresh('A'.repeat(43));
      expect(response.status).toBe(401);
      expect(response.body.message).toBe('refresh token is not recognised; sign in again');
    });
  });
});
