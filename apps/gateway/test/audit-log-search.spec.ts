import type { ApiError, AuditEntry, AuditPage } from '@onewindow/gateway-api';
import { AuthTestGateway } from './auth-harness';

// The audit log: what sign-in writes to it, who may search it, and that nothing can change it.

describe('the audit log', () => {
  const gateway = new AuthTestGateway({ GATEWAY_SIGN_IN_RATE_LIMIT: '1000', GATEWAY_PUBLIC_RATE_LIMIT: '1000' });
  let auditor: string;
  const search = (query: Record<string, string> = {}, token = auditor) =>
    gateway.client.request<AuditPage & ApiError>('GET', `/api/audit?${new URLSearchParams(query)}`, { token });
  const entriesOf = async (query: Record<string, string>) => {
    const response = await search(query);
    expect(response.status).toBe(200);
    return response.body.entries;
  };
  const browser = { 'user-agent': 'AuditSpec/1.0' };

  beforeAll(async () => {
    await gateway.start();
    // A day of sign-in at 曾都区: a success, failures up to a lockout, a token reuse, a sign-out; one at 随县.
    const clerk = await gateway.signIn('clerk.zengdu', undefined, browser);
    for (let i = 0; i < 5; i++) await gateway.signIn('petition.zengdu', 'Wrong-password-1', browser);
    await gateway.signIn('ghost.zengdu', 'Wrong-password-1', browser);
    const first = await gateway.tokensOf('mediator.zengdu');
    await gateway.client.request('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    await gateway.client.request('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
    await gateway.client.request('POST', '/api/auth/sign-out', { body: { refreshToken: clerk.body.refreshToken } });
    await gateway.signIn('clerk.suixian');
    auditor = (await gateway.tokensOf('auditor.zengdu')).accessToken;
    // The minute ends: the refusals counted in it are on the log.
    gateway.advanceClock(1);
  }, 60_000);
  afterAll(() => gateway.stop());

  it('records a successful sign-in: who, posts, county, from where, with what', async () => {
    const [entry] = await entriesOf({ actor: 'clerk.zengdu', action: 'auth.sign-in' });
    expect(entry).toEqual<AuditEntry>({
      id: expect.any(String),
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      actor: 'clerk.zengdu',
      roles: ['WINDOW_CLERK'],
      action: 'auth.sign-in',
      target: 'clerk.zengdu',
      countyCode: '421303',
      ip: '127.0.0.1',
      userAgent: 'AuditSpec/1.0',
      outcome: 'SUCCEEDED',
      detail: '',
      count: 1,
    });
  });

  it('records failures and the lockout, newest first, the failures of a minute counted together', async () => {
    const entries = await entriesOf({ target: 'petition.zengdu' });
    const [lockout, ...failures] = entries;
    expect([lockout!.action, lockout!.outcome, lockout!.count]).toEqual(['auth.lockout', 'REFUSED', 1]);
    expect(new Set(failures.map((e) => `${e.action} ${e.outcome}`))).toEqual(new Set(['auth.sign-in.failed REFUSED']));
    expect(failures.reduce((sum, e) => sum + e.count, 0)).toBe(4);
    expect(failures.length).toBeLessThan(4);
    expect(lockout!.detail).toMatch(/^locked until \d{4}-/);
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort().reverse());
  });

  it('records a refresh token presented twice, and a sign-out', async () => {
    const [reuse] = await entriesOf({ action: 'auth.refresh.reuse' });
    expect(reuse).toMatchObject({ actor: 'mediator.zengdu', outcome: 'REFUSED', countyCode: '421303' });
    const [signOut] = await entriesOf({ action: 'auth.sign-out' });
    expect(signOut).toMatchObject({ actor: 'clerk.zengdu', outcome: 'SUCCEEDED' });
  });

  it('finds an action with its sub-actions, and an unknown username under no county', async () => {
    const actions = new Set((await entriesOf({ action: 'auth.sign-in' })).map((e) => e.action));
    expect(actions).toEqual(new Set(['auth.sign-in', 'auth.sign-in.failed']));
    const [ghost] = await entriesOf({ actor: 'ghost.zengdu' });
    expect(ghost).toMatchObject({ action: 'auth.sign-in.failed', detail: 'unknown-user', countyCode: '', roles: [] });
  });

  it("shows an auditor only their own counties' entries", async () => {
    expect(await entriesOf({ actor: 'clerk.suixian' })).toEqual([]);
  });

  it('filters by period: today in China time has everything, the day before nothing', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await entriesOf({ from: today, to: today })).length).toBeGreaterThan(5);
    expect(await entriesOf({ to: '2026-01-01' })).toEqual([]);
    const since = new Date(Date.now() - 3_600_000).toISOString();
    expect((await entriesOf({ from: since, actor: 'clerk.zengdu' })).length).toBeGreaterThan(0);
  });

  it('pages through the log without losing or repeating an entry', async () => {
    const all = await entriesOf({ pageSize: '100' });
    const paged: AuditEntry[] = [];
    let pageToken = '';
    do {
      const response = await search({ pageSize: '3', ...(pageToken ? { pageToken } : {}) });
      expect(response.body.entries.length).toBeLessThanOrEqual(3);
      paged.push(...response.body.entries);
      pageToken = response.body.nextPageToken;
    } while (pageToken);
    // The searches themselves are recorded as they go; compare the entries both saw.
    const seen = new Set(all.map((e) => e.id));
    expect(paged.filter((e) => seen.has(e.id)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(paged.map((e) => e.id)).size).toBe(paged.length);
  });

  it('records who searched it', async () => {
    await search({ target: 'petition.zengdu' });
    const [entry] = await entriesOf({ action: 'audit.search', target: 'petition.zengdu' });
    expect(entry).toMatchObject({ actor: 'auditor.zengdu', roles: ['AUDITOR'], outcome: 'SUCCEEDED' });
  });

  it('refuses bad filters with the field named', async () => {
    const response = await search({ from: '2026-13-01', pageSize: '500' });
    expect(response.status).toBe(400);
    expect(response.body.violations?.map((v) => v.field)).toEqual(['pageSize']);
    const dates = await search({ from: '2026-13-01' });
    expect(dates.status).toBe(400);
    expect(dates.body.violations?.map((v) => v.field)).toEqual(['from']);
  });

  it('is refused (403) to every post but the auditor, and the refusal is itself recorded', async () => {
    for (const username of ['clerk.zengdu', 'supervisor.zengdu', 'multi.zengdu']) {
      const { accessToken } = await gateway.tokensOf(username);
      const response = await search({}, accessToken);
      expect(response.status).toBe(403);
      expect(response.body.message).toContain('审计员（AUDITOR）');
    }
    const [refusal] = await entriesOf({ actor: 'multi.zengdu', action: 'access.refused' });
    expect(refusal).toMatchObject({
      target: 'GET /api/audit',
      outcome: 'REFUSED',
      roles: ['MEDIATOR', 'INSPECTOR', 'ARBITRATOR'],
    });
  });

  it('cannot be changed or emptied through the API: no such route', async () => {
    const lockout = { target: 'petition.zengdu', action: 'auth.lockout' };
    const [entry] = await entriesOf(lockout);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      for (const path of ['/api/audit', `/api/audit/${entry!.id}`]) {
        const response = await gateway.client.request<ApiError>(method, path, {
          token: auditor,
          body: { detail: 'x' },
        });
        expect([method, path, response.status]).toEqual([method, path, 404]);
      }
    }
    expect(await entriesOf(lockout)).toEqual([entry]);
  });
});
