import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DEMO_ACCOUNTS } from '../src/users/demo-accounts';

// A case's documents through the gateway: staff who work on matters download them (each download on the
// audit log), a post that does not is refused, and the worker downloads their own from the portal.

const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!;

describe('case documents at the gateway', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  let matterNumber: string;
  let documents: rest.CaseDocument[];

  const download = (path: string, token: string) =>
    fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const name of ['clerk.zengdu', 'arbitrator.zengdu', 'auditor.zengdu']) {
      tokens[name] = await gateway.signIn(name, account(name).password);
    }
    const applied = await gateway.request<rest.ApplicationReceipt>('POST', '/api/public/applications', {
      body: {
        content: matterContentFromProto(wageArrearsApplication({ channel: common.Channel.CHANNEL_ONLINE })),
        requestId: randomUUID(),
      },
    });
    expect(applied.status).toBe(201);
    matterNumber = applied.body.matterNumber;
    // Wage arrears are accepted the day they arrive: a receipt and an acceptance notice.
    documents = await eventually(
      async () => {
        const listed = await gateway.request<rest.CaseDocumentList>('GET', `/api/matters/${matterNumber}/documents`, {
          token: tokens['arbitrator.zengdu'],
        });
        return listed.body.documents?.length === 2 ? listed.body.documents : undefined;
      },
      { what: 'the receipt and the acceptance notice' },
    );
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  it('lets a post that works on matters download a document as PDF, and audits it', async () => {
    expect(documents.map((d) => [d.kind, d.title])).toEqual([
      ['receipt', '收件回执'],
      ['acceptance-notice', '受理通知书'],
    ]);
    const notice = documents[1]!;
    const answer = await download(
      `/api/cases/${encodeURIComponent(notice.caseId)}/documents/acceptance-notice`,
      tokens['clerk.zengdu']!,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    const ascii = `acceptance-notice-${notice.number.replace(/[^0-9-]/g, '').replace(/-+/g, '-')}.pdf`;
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`受理通知书-${notice.number}.pdf`)}`,
    );
    expect(
      Buffer.from(await answer.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const audit = await gateway.request<rest.AuditPage>(
      'GET',
      `/api/audit?action=arbitration.document.download&target=${encodeURIComponent(notice.number)}`,
      { token: tokens['auditor.zengdu'] },
    );
    expect(audit.body.entries).toEqual([
      expect.objectContaining({ actor: 'clerk.zengdu', outcome: 'SUCCEEDED', countyCode: '421303' }),
    ]);
  });

  it('refuses a post that does not see the case’s documents', async () => {
    const answer = await download(
      `/api/cases/${encodeURIComponent(documents[0]!.caseId)}/documents/receipt`,
      tokens['auditor.zengdu']!,
    );
    expect(answer.status).toBe(403);
  });

  it('lets the worker download their own documents with the tracking token', async () => {
    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    const token = session.body.trackingToken;
    const listed = await gateway.request<rest.CaseDocumentList>(
      'GET',
      `/api/public/matters/${matterNumber}/documents`,
      {
        token,
      },
    );
    expect(listed.body.documents.map((d) => d.number)).toEqual(documents.map((d) => d.number));
    const answer = await download(`/api/public/matters/${matterNumber}/documents/receipt`, token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect((await download(`/api/public/matters/${matterNumber}/documents/supplement-notice`, token)).status).toBe(404);
  });
});
