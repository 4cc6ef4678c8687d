import type { AuditPage } from '@onewindow/gateway-api';
import { AuditLog } from '../src/audit/audit-log';
import { AuthTestGateway } from './auth-harness';

// A flood of refused requests from one token must not flood the audit log: refusals are counted per
// caller, route, outcome and minute, and the log still only grows by inserts.

describe('an audit log that a flood of refusals cannot flood', () => {
  const gateway = new AuthTestGateway({ GATEWAY_USER_RATE_LIMIT: '100000' });
  beforeAll(() => gateway.start(), 60_000);
  afterAll(() => gateway.stop());

  it('records 1,000 refused requests from one token as at most 20 entries whose counts add up to 1,000', async () => {
    const { accessToken: clerk } = await gateway.tokensOf('clerk.zengdu');
    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => gateway.client.request('GET', '/api/audit', { token: clerk })),
      );
      statuses.push(...answers.map((answer) => answer.status));
    }
    expect(new Set(statuses)).toEqual(new Set([403]));
    expect(statuses).toHaveLength(1000);

    const { accessToken: auditor } = await gateway.tokensOf('auditor.zengdu');
    const search = () =>
      gateway.client.request<AuditPage>('GET', '/api/audit?actor=clerk.zengdu&action=access.refused&pageSize=100', {
        token: auditor,
      });
    // While the minute runs, its first refusal is already on the log.
    const during = (await search()).body.entries;
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(during[during.length - 1]).toMatchObject({ target: 'GET /api/audit', outcome: 'REFUSED', count: 1 });

    gateway.advanceClock(1);
    const { entries } = (await search()).body;
    const total = entries.reduce((sum, entry) => sum + entry.count, 0);
    console.log(
      `audit flood: 1000 refusals → ${entries.length} entries, counts ${entries.map((e) => e.count).join('+')}`,
    );
    expect(entries.length).toBeLessThanOrEqual(20);
    expect(total).toBe(1000);
    expect(new Set(entries.map((entry) => entry.target))).toEqual(new Set(['GET /api/audit']));
  });

  it('writes the counts still open when the gateway stops', async () => {
    const { accessToken: clerk } = await gateway.tokensOf('supervisor.zengdu');
    for (let i = 0; i < 5; i++) await gateway.client.request('GET', '/api/audit', { token: clerk });
    const audit = gateway.app.get(AuditLog);
    await audit.beforeApplicationShutdown();
    const { entries } = await audit.search({ actor: 'supervisor.zengdu', action: 'access.refused', pageSize: 100 }, [
      '421303',
    ]);
    expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
  });
});
