import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto, type intake, type routing } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../src/users/demo-accounts';

// Identity and phone numbers are masked wherever staff look, whole only for a post that needs them,
// and every look and every write is in the audit log for the auditor — who cannot change it.

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!;

describe('personal data and the audit log', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let matterNumber: string;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'supervisor.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, account(name).password);
    }
    const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
      token: tokens['clerk.zengdu'],
      body: { content: matterContentFromProto(wageArrearsApplication()), requestId: randomUUID() },
      headers: { 'user-agent': 'window-3' },
    });
    expect(registered.status).toBe(201);
    matterNumber = registered.body.matterNumber;
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  it('shows masked numbers in the registered matter, the list and the detail', async () => {
    const list = await gateway.request<rest.MatterPage>('GET', '/api/matters', { token: tokens['supervisor.zengdu'] });
    const detail = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, {
      token: tokens['supervisor.zengdu'],
    });
    expect(detail.body.matter.content.applicant).toMatchObject({
      identityNumber: '4213**************',
      birthDate: '',
      age: expect.any(Number),
      phone: '138****5678',
    });
    expect(detail.body.matter.content.witnesses[0]!.contact).toBe('139****5678');
    for (const body of [list.body, detail.body]) {
      for (const whole of ['421303199005171235', '1990-05-17', '13872345678', '13912345678']) {
        expect(JSON.stringify(body)).not.toContain(whole);
      }
    }
  });

  it('gives the whole numbers to the clerk and records who looked, from where', async () => {
    const revealed = await gateway.request<rest.PersonalData>('POST', `/api/matters/${matterNumber}/personal-data`, {
      token: tokens['clerk.zengdu'],
      headers: { 'user-agent': 'window-3' },
    });
    expect(revealed.body).toEqual({
      identityNumber: '421303199005171235',
      birthDate: '1990-05-17',
      phone: '13872345678',
      witnessContacts: ['13912345678'],
    });
    const audit = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=matter.personal-data.read&target=${matterNumber}`,
      { token: tokens['auditor.zengdu'] },
    );
    expect(audit.body.entries).toEqual([
      expect.objectContaining({
        actor: 'clerk.zengdu',
        action: 'matter.personal-data.read',
        target: matterNumber,
        countyCode: '421303',
        outcome: 'SUCCEEDED',
        userAgent: 'window-3',
        ip: expect.stringMatching(/127\.0\.0\.1/),
      }),
    ]);
  });

  it('refuses the whole numbers to a supervisor', async () => {
    const refused = await gateway.request('POST', `/api/matters/${matterNumber}/personal-data`, {
      token: tokens['supervisor.zengdu'],
    });
    expect(refused.status).toBe(403);
  });

  it('records the registration as a write', async () => {
    const audit = await gateway.request<rest.AuditPage>('GET', `/api/audit?action=matter.register`, {
      token: tokens['auditor.zengdu'],
    });
    expect(audit.body.entries).toEqual([
      expect.objectContaining({ actor: 'clerk.zengdu', target: matterNumber, outcome: 'SUCCEEDED' }),
    ]);
  });

  it('records an acknowledged referral under its matter and county', async () => {
    const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
      // A small claim agreed to mediation first goes to the mediators (调解优先).
      content: wageArrearsApplication({
        consentToMediationFirst: true,
        claims: [{ category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1_500_000, description: '工资' }],
      }),
      requestId: randomUUID(),
    });
    const referralId = await eventually(
      async () => {
        const { referrals } = await platform
          .client('routing')
          .call<routing.ListReferralsResponse>('listReferrals', { matterId: matter!.matterId });
        return referrals[0]?.referral?.referralId;
      },
      { what: 'the mediation referral' },
    );
    const mediator = await gateway.signIn('mediator.zengdu', account('mediator.zengdu').password);
    const acknowledged = await gateway.request(
      'POST',
      `/api/referrals/${encodeURIComponent(referralId)}/acknowledgement`,
      {
        token: mediator,
        body: { accept: true },
      },
    );
    expect(acknowledged.status).toBe(200);
    const audit = await gateway.request<rest.AuditPage>('GET', `/api/audit?action=referral.acknowledge`, {
      token: tokens['auditor.zengdu'],
    });
    expect(audit.body.entries).toEqual([
      expect.objectContaining({
        actor: 'mediator.zengdu',
        target: matter!.matterNumber,
        countyCode: '421303',
        detail: `referral ${referralId}`,
        outcome: 'SUCCEEDED',
      }),
    ]);
  });

  it('offers no way to change or delete the audit log', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await gateway.request(method, '/api/audit', { token: tokens['auditor.zengdu'], body: {} });
      expect(response.status).toBe(404);
    }
  });
});
