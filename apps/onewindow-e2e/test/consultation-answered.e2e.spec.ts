import { randomUUID } from 'node:crypto';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';

// A consultation (咨询) applied for online waits in the window clerk's queue until a named clerk records
// the answer and its basis (依据); the matter then closes with the answer on its timeline, and the worker
// reads it on the tracking page. The whole platform as separate processes, over the gateway's REST API.

const DEMO_PASSWORD = 'Demo-2026!';
const QUESTION = '公司每月拖到下月底才发工资，这样合法吗？';
const ANSWER = '用人单位应当按照约定的日期按月以货币形式支付工资，不得无故拖欠；可向劳动保障监察机构投诉。';
const BASIS = '《中华人民共和国劳动法》第五十条；《工资支付暂行规定》第七条';

const onlineConsultation = (): rest.MatterContent =>
  matterContentFromProto(
    wageArrearsApplication({
      channel: common.Channel.CHANNEL_ONLINE,
      kind: common.MatterKind.MATTER_KIND_CONSULTATION,
      claims: [],
      factsAndReasons: QUESTION,
    }),
  ) as rest.MatterContent;

describe('a consultation answered by a named window clerk, with its basis, on the real stack', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const tokens: Record<string, string> = {};
  const as = (username: string) => tokens[username]!;

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const username of ['clerk.zengdu', 'clerk.suixian', 'mediator.zengdu', 'auditor.zengdu']) {
      tokens[username] = await gateway.signIn(username, DEMO_PASSWORD);
    }
  }, 120_000);

  afterAll(() => platform.stop(), 60_000);

  async function applyOnline(content: rest.MatterContent): Promise<string> {
    const receipt = await gateway.request<rest.ApplicationReceipt>('POST', '/api/public/applications', {
      body: { content, requestId: randomUUID() },
    });
    expect(receipt.status).toBe(201);
    return receipt.body.matterNumber;
  }

  const consultationQueue = async (username: string) => {
    const { status, body } = await gateway.request<rest.WorkQueues>('GET', '/api/queues', { token: as(username) });
    expect(status).toBe(200);
    return body.queues.find((queue) => queue.id === 'CONSULTATIONS_TO_ANSWER');
  };

  const inQueue = (matterNumber: string) =>
    eventually(
      async () => (await consultationQueue('clerk.zengdu'))?.items.find((item) => item.matterNumber === matterNumber),
      { timeoutMs: 45_000, what: `consultation ${matterNumber} in the clerk's queue` },
    );

  const detail = (matterNumber: string) =>
    gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, { token: as('clerk.zengdu') });

  const answer = (username: string, referralId: string, body: Partial<rest.AnswerConsultationRequest>) =>
    gateway.request<rest.Referral & rest.ApiError>(
      'POST',
      `/api/referrals/${encodeURIComponent(referralId)}/consultation-answer`,
      { token: as(username), body },
    );

  async function track(matterNumber: string): Promise<string> {
    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    return session.body.trackingToken;
  }

  it('waits in the queue, is answered once, leaves the queue and closes the matter with the answer', async () => {
    const matterNumber = await applyOnline(onlineConsultation());

    // Waiting, not closed at once: ISSUED with an acknowledge-by deadline, the question in the queue.
    const item = await inQueue(matterNumber);
    expect(item.referralStatus).toBe('ISSUED');
    expect(item.question).toBe(QUESTION);
    expect(item.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const waiting = await detail(matterNumber);
    expect(waiting.body.matter.stage).toBe('REFERRED');
    const token = await track(matterNumber);
    const before = await gateway.request<rest.PublicMatterView>('GET', `/api/public/matters/${matterNumber}`, {
      token,
    });
    expect(before.body.canRate).toBe(false);
    expect(before.body.consultationAnswers).toBeUndefined();

    // Refused, changing nothing: no basis (naming the field), a post that answers no consultations, another county.
    const noBasis = await answer('clerk.zengdu', item.referralId!, { answer: ANSWER, basis: ' ' });
    expect(noBasis.status).toBe(400);
    expect(noBasis.body.violations?.map((v) => v.field)).toEqual(['basis']);
    expect((await answer('mediator.zengdu', item.referralId!, { answer: ANSWER, basis: BASIS })).status).toBe(403);
    expect((await answer('clerk.suixian', item.referralId!, { answer: ANSWER, basis: BASIS })).status).toBe(403);

    const requestId = randomUUID();
    const answered = await answer('clerk.zengdu', item.referralId!, { answer: ANSWER, basis: BASIS, requestId });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('RESOLVED');
    expect(answered.body.consultationAnswer).toMatchObject({
      answer: ANSWER,
      basis: BASIS,
      answeredBy: { userId: expect.any(String), name: '王窗口' },
    });
    // A retry of the same request returns the recorded answer; any other second answer is refused.
    const retried = await answer('clerk.zengdu', item.referralId!, { answer: ANSWER, basis: BASIS, requestId });
    expect(retried.status).toBe(200);
    expect(retried.body.consultationAnswer?.answeredAt).toBe(answered.body.consultationAnswer?.answeredAt);
    const twice = await answer('clerk.zengdu', item.referralId!, { answer: '另一个解答', basis: BASIS });
    expect(twice.status).toBe(409);

    // The queue no longer holds it, at once.
    const queue = await consultationQueue('clerk.zengdu');
    expect(queue?.items.map((i) => i.matterNumber)).not.toContain(matterNumber);

    // The timeline shows the answer with who answered and its basis, and the matter is closed.
    const closed = await eventually(
      async () => {
        const { body } = await detail(matterNumber);
        return body.matter.stage === 'CLOSED_AT_WINDOW' ? body : undefined;
      },
      { timeoutMs: 45_000, what: `consultation ${matterNumber} to close` },
    );
    const summaries = closed.matter.timeline.map((entry) => entry.summary);
    expect(summaries).toContain(`咨询已解答（解答人：王窗口）：${ANSWER}（依据：${BASIS}）`);
    expect(summaries.filter((s) => s.startsWith('咨询已解答'))).toHaveLength(1);
    // Accepted and answered in one step: no separate 签收 entry.
    expect(summaries.some((s) => s.includes('已签收'))).toBe(false);
    expect(summaries.some((s) => s.startsWith('事项办结'))).toBe(true);
    const referral = closed.referrals.find((r) => r.target === 'CONSULTATION_CLOSE')!;
    expect(referral.status).toBe('RESOLVED');
    expect(referral.consultationAnswer).toMatchObject({ answer: ANSWER, basis: BASIS });

    // The worker reads the answer, and may now rate the service.
    const after = await gateway.request<rest.PublicMatterView>('GET', `/api/public/matters/${matterNumber}`, { token });
    expect(after.body.stage).toBe('CLOSED_AT_WINDOW');
    expect(after.body.canRate).toBe(true);
    expect(after.body.consultationAnswers).toEqual([
      { answer: ANSWER, basis: BASIS, answeredBy: '王窗口', answeredAt: answered.body.consultationAnswer!.answeredAt },
    ]);

    // Audited, with the matter it was about.
    const audit = await gateway.request<rest.AuditPage>('GET', '/api/audit?action=referral.consultation-answer', {
      token: as('auditor.zengdu'),
    });
    const succeeded = audit.body.entries.filter((entry) => entry.target === matterNumber);
    expect(succeeded.map((entry) => [entry.actor, entry.outcome, entry.countyCode])).toContainEqual([
      'clerk.zengdu',
      'SUCCEEDED',
      '421303',
    ]);
    // The second answer was refused, on the record under the referral it named.
    expect(audit.body.entries.some((entry) => entry.target === item.referralId && entry.outcome === 'REFUSED')).toBe(
      true,
    );
  });

  it('refuses to answer a referral that is not a consultation', async () => {
    const matterNumber = await applyOnline(
      matterContentFromProto(wageArrearsApplication({ channel: common.Channel.CHANNEL_ONLINE })) as rest.MatterContent,
    );
    const referral = await eventually(async () => (await detail(matterNumber)).body.referrals?.[0], {
      timeoutMs: 45_000,
      what: `the referral of ${matterNumber}`,
    });
    expect(referral.target).not.toBe('CONSULTATION_CLOSE');
    const refused = await answer('clerk.zengdu', referral.referralId, { answer: ANSWER, basis: BASIS });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('not a consultation');
  });
});
