import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';

// The public portal at the API: apply online, track with a one-time code to the phone on record,
// rate once closed. Nothing tells a stranger whether a matter number exists.

const online = (overrides: Partial<common.MatterContent> = {}) =>
  matterContentFromProto(
    wageArrearsApplication({ channel: common.Channel.CHANNEL_ONLINE, ...overrides }),
  ) as rest.MatterContent;

describe('public portal', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;

  const apply = (content: rest.MatterContent) =>
    gateway.request<rest.ApplicationReceipt & rest.ApiError>('POST', '/api/public/applications', {
      body: { content, requestId: randomUUID() },
    });

  async function track(matterNumber: string): Promise<string> {
    const sent = await gateway.request<rest.TrackingCodeSent>('POST', '/api/public/tracking-codes', {
      body: { matterNumber },
    });
    expect(sent.status).toBe(202);
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    expect(session.status).toBe(201);
    return session.body.trackingToken;
  }

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  it('takes an online application and answers with the number and the masked phone on record', async () => {
    const receipt = await apply(online());
    expect(receipt.status).toBe(201);
    expect(receipt.body.matterNumber).toMatch(/^421303-\d{4}-\d{6}$/);
    expect(receipt.body.phoneOnRecord).toBe('138****5678');
  });

  it('refuses a window channel on the portal, naming the field', async () => {
    const response = await apply(matterContentFromProto(wageArrearsApplication()) as rest.MatterContent);
    expect(response.status).toBe(400);
    expect(response.body.violations?.map((v) => v.field)).toEqual(['content.channel']);
  });

  it('sends a code to the phone on record and shows the matter to whoever has it, masked', async () => {
    const { matterNumber } = (await apply(online())).body;
    const token = await track(matterNumber);
    const view = await gateway.request<rest.PublicMatterView>('GET', `/api/public/matters/${matterNumber}`, { token });
    expect(view.status).toBe(200);
    expect(view.body.matterNumber).toBe(matterNumber);
    expect(view.body.canRate).toBe(false);
    expect(view.body.timeline[0]!.summary).toContain(matterNumber);
    expect(JSON.stringify(view.body)).not.toContain('421303199005171235');
    // The token opens this matter only.
    const other = (await apply(online())).body.matterNumber;
    const refused = await gateway.request('GET', `/api/public/matters/${other}`, { token });
    expect(refused.status).toBe(401);
  });

  it('gives the same answer for a number that does not exist, and sends nothing', async () => {
    const response = await gateway.request<rest.TrackingCodeSent>('POST', '/api/public/tracking-codes', {
      body: { matterNumber: '421303-2026-999999' },
    });
    expect(response.status).toBe(202);
    expect(platform.lastTrackingCode('421303-2026-999999')).toBeUndefined();
  });

  it('refuses a wrong code, and the right one after five wrong tries', async () => {
    const { matterNumber } = (await apply(online())).body;
    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const attempt = await gateway.request<rest.ApiError>('POST', '/api/public/tracking-sessions', {
        body: { matterNumber, code: wrong },
      });
      expect(attempt.status).toBe(401);
    }
    const right = await gateway.request<rest.ApiError>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    expect(right.status).toBe(401);
    expect(right.body.message).toMatch(/too many/);
  });

  it('takes a rating once the matter is closed, and only once', async () => {
    // A consultation closes when a window clerk records the answer and its basis (咨询解答).
    const { matterNumber } = (await apply(online({ kind: common.MatterKind.MATTER_KIND_CONSULTATION, claims: [] })))
      .body;
    const token = await track(matterNumber);
    const open = await gateway.request<rest.PublicMatterView>('GET', `/api/public/matters/${matterNumber}`, { token });
    expect(open.body.canRate).toBe(false);
    const clerk = await gateway.signIn('clerk.zengdu', 'Demo-2026!');
    const referralId = await eventually(
      async () => {
        const { body } = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, {
          token: clerk,
        });
        return body.referrals?.find((r) => r.target === 'CONSULTATION_CLOSE')?.referralId;
      },
      { what: 'the consultation referral' },
    );
    const answered = await gateway.request(
      'POST',
      `/api/referrals/${encodeURIComponent(referralId)}/consultation-answer`,
      {
        token: clerk,
        body: { answer: '用人单位应当按月足额支付工资', basis: '《中华人民共和国劳动法》第五十条' },
      },
    );
    expect(answered.status).toBe(200);
    await eventually(
      async () => {
        const view = await gateway.request<rest.PublicMatterView>('GET', `/api/public/matters/${matterNumber}`, {
          token,
        });
        return view.body.canRate || undefined;
      },
      { what: 'the consultation to close' },
    );
    const rate = (score: number) =>
      gateway.request<rest.SatisfactionRating & rest.ApiError>('POST', `/api/public/matters/${matterNumber}/rating`, {
        token,
        body: { score, comment: '窗口解答清楚' },
      });
    expect((await rate(6)).status).toBe(400);
    const rated = await rate(5);
    expect(rated.status).toBe(201);
    expect(rated.body.score).toBe(5);
    expect((await rate(4)).status).toBe(409);
  });
});
