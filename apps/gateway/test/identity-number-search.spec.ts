import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { matterContentFromProto } from '@onewindow/contracts';
import { GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';

// Looking a worker up by identity number is a look at personal data: only the posts that see it may,
// and each search is on the audit log with the number masked and how many matters it found.

const IDENTITY_NUMBER = '421303199005171235'; // the sample applicant's
const MASKED = `4213${'*'.repeat(14)}`;

describe('searching matters by identity number', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  const auditOf = async (query: string) =>
    (await gateway.request<rest.AuditPage>('GET', `/api/audit?${query}`, { token: tokens['auditor.zengdu'] })).body;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'supervisor.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    const registered = await gateway.request('POST', '/api/matters', {
      token: tokens['clerk.zengdu'],
      body: { content: matterContentFromProto(wageArrearsApplication()), requestId: randomUUID() },
    });
    expect(registered.status).toBe(201);
  }, 120_000);
  afterAll(() => platform.stop(), 60_000);

  it('is recorded for a clerk with the number masked and the count of matters found', async () => {
    const found = await gateway.request<rest.MatterPage>('GET', `/api/matters?identityNumber=${IDENTITY_NUMBER}`, {
      token: tokens['clerk.zengdu'],
    });
    expect(found.status).toBe(200);
    expect(found.body.matters).toHaveLength(1);
    const audit = await auditOf('action=matter.search.identity-number');
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actor: 'clerk.zengdu',
        target: MASKED,
        countyCode: '421303',
        outcome: 'SUCCEEDED',
        detail: `identityNumber ${MASKED}: 1 matter(s) found`,
        count: 1,
      }),
    ]);
  });

  it('is refused to a supervisor with 403, recorded as a refusal of the route', async () => {
    const refused = await gateway.request<rest.ApiError>('GET', `/api/matters?identityNumber=${IDENTITY_NUMBER}`, {
      token: tokens['supervisor.zengdu'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('WINDOW_CLERK');
    // The same post searches by anything else.
    const other = await gateway.request('GET', '/api/matters?q=421303', { token: tokens['supervisor.zengdu'] });
    expect(other.status).toBe(200);
    const audit = await auditOf('actor=supervisor.zengdu&action=access.refused');
    expect(audit.entries).toEqual([
      expect.objectContaining({
        target: 'GET /api/matters',
        outcome: 'REFUSED',
        detail: expect.stringContaining('WINDOW_CLERK'),
      }),
    ]);
  });

  it('never keeps the whole number on the audit log', async () => {
    const everything = await auditOf('pageSize=100');
    expect(everything.entries.length).toBeGreaterThan(3);
    expect(JSON.stringify(everything)).not.toContain(IDENTITY_NUMBER);
  });
});
