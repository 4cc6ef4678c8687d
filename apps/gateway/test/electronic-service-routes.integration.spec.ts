import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { todayInChina } from '@onewindow/calendar';
import { matterContentFromProto } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_PASSWORD } from '../src/users/demo-accounts';

// 电子送达 through the gateway on the whole platform (劳动争议调解仲裁法 Art. 30; 民事诉讼法 Art. 90): the arbitration
// clerk records the respondent's agreement and sends; the SMS (the platform's outbox) carries the link and the code,
// the clerk's answer neither; the respondent, with no account, opens the link, a wrong code is refused (409) and
// serves nothing, the right one serves the copy; every write is on the audit log without the code.

const ORIGIN = 'https://ww.suizhou.example.cn';
const today = todayInChina(new Date());

describe('electronic service routes at the gateway', () => {
  const platform = new Platform({ gateway: { env: { GATEWAY_PUBLIC_ORIGIN: ORIGIN } } });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let accepted: rest.ArbitrationCase;

  const as = (username: string) => ({ token: tokens[username]! });
  const casePath = (step: string) => `/api/cases/${encodeURIComponent(accepted.caseId)}/${step}`;
  const smsTexts = () =>
    readFileSync(platform.smsOutbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string });

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'arbitration-clerk.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, DEMO_PASSWORD);
    }
    const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
      ...as('clerk.zengdu'),
      body: {
        content: matterContentFromProto(wageArrearsApplication({ countyCode: '421303' })),
        requestId: randomUUID(),
      },
    });
    expect(registered.status).toBe(201);
    accepted = await eventually(
      async () => {
        const { body } = await gateway.request<rest.MatterDetail>(
          'GET',
          `/api/matters/${registered.body.matterNumber}`,
          as('arbitration-clerk.zengdu'),
        );
        return body.arbitrationCase?.status === 'ACCEPTED' ? body.arbitrationCase : undefined;
      },
      { what: 'the accepted arbitration case', timeoutMs: 45_000 },
    );
  }, 120_000);

  afterAll(() => platform.stop());

  it('sends the link and code by SMS only, and the right code serves the copy', async () => {
    const unagreed = await gateway.request<rest.ApiError>('POST', casePath('electronic-service'), {
      ...as('arbitration-clerk.zengdu'),
    });
    expect(unagreed.status).toBe(409);
    const badMobile = await gateway.request<rest.ApiError>('POST', casePath('electronic-service/consent'), {
      ...as('arbitration-clerk.zengdu'),
      body: { agreedAt: new Date(Date.now() - 60_000).toISOString(), mobile: '12345' },
    });
    expect(badMobile.status).toBe(400);
    expect(badMobile.body.violations?.map((v) => v.field)).toEqual(['mobile']);
    // A window clerk (窗口受理员) does not serve arbitration documents.
    const byWindow = await gateway.request('POST', casePath('electronic-service/consent'), {
      ...as('clerk.zengdu'),
      body: { agreedAt: new Date(Date.now() - 60_000).toISOString(), mobile: '13912345678' },
    });
    expect(byWindow.status).toBe(403);

    const agreed = await gateway.request<rest.ArbitrationCase>('POST', casePath('electronic-service/consent'), {
      ...as('arbitration-clerk.zengdu'),
      body: { agreedAt: new Date(Date.now() - 60_000).toISOString(), mobile: '13912345678' },
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.electronicService?.mobile).toBe('139****5678');

    const sent = await gateway.request<rest.ElectronicServiceSent>('POST', casePath('electronic-service'), {
      ...as('arbitration-clerk.zengdu'),
    });
    expect(sent.status).toBe(200);
    expect(sent.body.sentTo).toBe('139****5678');
    const sms = smsTexts().at(-1)!;
    expect(sms.to).toBe('139****5678');
    const link = sms.text.match(/(https:\/\/\S+\/public\/service\/(\d{6}-[A-Za-z0-9_-]{32}))/);
    const code = sms.text.match(/送达验证码 (\d{6})/)?.[1];
    expect(link?.[1].startsWith(`${ORIGIN}/public/service/421303-`)).toBe(true);
    expect(code).toMatch(/^\d{6}$/);
    const token = link![2]!;
    // The clerk's answer carries neither the code nor the token.
    expect(JSON.stringify(sent.body)).not.toContain(token);
    expect(JSON.stringify(sent.body)).not.toMatch(new RegExp(`[^0-9]${code}[^0-9]`));

    const look = await gateway.request<rest.PublicElectronicService>('GET', `/api/public/service/${token}`);
    expect(look.status).toBe(200);
    expect(look.body).toMatchObject({
      matterNumber: accepted.matterNumber,
      commission: '随州市曾都区劳动人事争议仲裁院',
      served: false,
      attemptsLeft: 5,
    });
    expect(JSON.stringify(look.body)).not.toContain('139');
    expect((await gateway.request('GET', `/api/public/service/not-a-token`)).status).toBe(400);

    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const miss = await gateway.request<rest.ApiError>('POST', `/api/public/service/${token}/receipt`, {
      body: { code: wrongCode },
    });
    expect(miss.status).toBe(409);
    expect(miss.body.message).toContain('4 tries left');
    const unserved = await gateway.request<rest.ArbitrationCase>(
      'GET',
      `/api/cases/${encodeURIComponent(accepted.caseId)}`,
      as('arbitration-clerk.zengdu'),
    );
    expect(unserved.body.applicationCopyServedOn).toBe('');

    const served = await gateway.request<rest.ElectronicServiceReceipt>(
      'POST',
      `/api/public/service/${token}/receipt`,
      {
        body: { code },
      },
    );
    expect(served.status).toBe(200);
    expect(served.body.servedOn).toBe(today);
    expect(served.body.defenceDue.dueOn > today).toBe(true);
    const after = await gateway.request<rest.ArbitrationCase>(
      'GET',
      `/api/cases/${encodeURIComponent(accepted.caseId)}`,
      as('arbitration-clerk.zengdu'),
    );
    expect(after.body).toMatchObject({ applicationCopyServedOn: today, applicationCopyServedBy: 'ELECTRONIC' });

    // Every write on the audit log: the consent and the send on the matter, the receipts; never the code or token.
    const { body: audit } = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=arbitration.electronic-service&pageSize=100`,
      as('auditor.zengdu'),
    );
    const actions = audit.entries.filter((e) => e.outcome === 'SUCCEEDED').map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['arbitration.electronic-service.consent', 'arbitration.electronic-service.send']),
    );
    const { body: receipts } = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=portal.electronic-service&pageSize=100`,
      as('auditor.zengdu'),
    );
    expect(receipts.entries.map((e) => e.outcome).sort()).toEqual(['REFUSED', 'SUCCEEDED']);
    expect(receipts.entries.find((e) => e.outcome === 'SUCCEEDED')?.target).toBe(accepted.matterNumber);
    const logged = JSON.stringify([audit, receipts]);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain('13912345678');
  });
});
