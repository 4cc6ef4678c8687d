import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPeriod, todayInChina } from '@onewindow/calendar';
import { common, matterContentFromProto } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';

// The supplement round trip (补正) on the real stack, over the gateway's REST API: an incomplete online
// application gets a 补正通知书; the worker supplies part of it through the portal and gets a second
// notice naming the rest; the arbitration clerk takes the rest in at the window; the application is then
// complete — the receipt, the acceptance decision due five working days from the supplement day, and
// the arbitrator's acceptance. Intake's timeline shows every step, and each notice downloads as PDF.

const ROOT = join(__dirname, '../../..');
const INSPECT = join(ROOT, 'libs/documents/src/testing/inspect-pdf.mjs');
const PASSWORD = 'Demo-2026!';
const NOTICE_NUMBER = /^421303-仲补-\d{4}-\d{6}$/;

/** A severance dispute (no 当日受理) applied for online without the employer's address and representative, or evidence. */
const incompleteApplication = () =>
  matterContentFromProto(
    wageArrearsApplication({
      channel: common.Channel.CHANNEL_ONLINE,
      employer: {
        name: '随州市某建筑劳务有限公司',
        unifiedSocialCreditCode: '91421303MA4F1234XM',
        address: '',
        legalRepresentative: '',
      },
      claims: [
        {
          category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
          amountFen: 2_400_000,
          description: '支付解除劳动合同经济补偿24000元',
        },
      ],
      evidence: [],
    }),
  );

describe('the supplement round trip (补正) over REST, end to end', () => {
  const platform = new Platform({ gateway: {} });
  let gateway: GatewayClient;
  const staff: Record<string, string> = {};
  let matterNumber: string;
  let trackingToken: string;
  const scratch = mkdtempSync(join(tmpdir(), 'onewindow-supplement-'));

  const portal = <T>(method: string, path: string, body?: unknown) =>
    gateway.request<T>(method, `/api/public/matters/${matterNumber}${path}`, { token: trackingToken, body });
  const asStaff = <T>(username: string, method: string, path: string, body?: unknown) =>
    gateway.request<T>(method, path, { token: staff[username], body });
  const detail = () =>
    asStaff<rest.MatterDetail>('arbitration-clerk.zengdu', 'GET', `/api/matters/${matterNumber}`).then((r) => r.body);
  const summaries = async () => (await detail()).matter.timeline.map((entry) => entry.summary);
  /** The matter's timeline once it holds an entry matching each pattern. */
  const timelineShowing = (...patterns: RegExp[]) =>
    eventually(
      async () => {
        const shown = await summaries();
        return patterns.every((pattern) => shown.some((summary) => pattern.test(summary))) ? shown : undefined;
      },
      { timeoutMs: 45_000, what: `the timeline to show ${patterns.join(', ')}` },
    );

  beforeAll(async () => {
    await platform.start();
    gateway = new GatewayClient(platform.gatewayUrl);
    for (const username of ['arbitration-clerk.zengdu', 'arbitrator.zengdu', 'clerk.zengdu']) {
      staff[username] = await gateway.signIn(username, PASSWORD);
    }
    const applied = await gateway.request<rest.ApplicationReceipt>('POST', '/api/public/applications', {
      body: { content: incompleteApplication(), requestId: randomUUID() },
    });
    expect(applied.status).toBe(201);
    matterNumber = applied.body.matterNumber;
    await gateway.request('POST', '/api/public/tracking-codes', { body: { matterNumber } });
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    const session = await gateway.request<rest.TrackingSession>('POST', '/api/public/tracking-sessions', {
      body: { matterNumber, code },
    });
    expect(session.status).toBe(201);
    trackingToken = session.body.trackingToken;
  }, 120_000);

  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await platform.stop();
  }, 60_000);

  // The steps build on one another: one matter goes round the loop.
  let firstNotice: rest.SupplementNoticeView;
  let secondNotice: rest.SupplementNoticeView;
  let caseId: string;

  it('issues a 补正通知书 naming everything missing, which the worker sees on the portal', async () => {
    firstNotice = await eventually(
      async () => {
        const answer = await portal<rest.SupplementNoticeView>('GET', '/supplement');
        return answer.body.awaiting ? answer.body : undefined;
      },
      { timeoutMs: 45_000, what: 'the supplement notice' },
    );
    expect(firstNotice.noticeNumber).toMatch(NOTICE_NUMBER);
    expect(firstNotice.missingItems.map((item) => item.field)).toEqual([
      'employer.address',
      'employer.legalRepresentative',
      'evidence',
    ]);
    expect(firstNotice.supplyBy?.dueOn).toBeDefined();
    expect(firstNotice.supplements).toEqual([]);
    const view = await portal<rest.PublicMatterView>('GET', '');
    expect(view.body.stage).toBe('AWAITING_SUPPLEMENT');
  });

  it('refuses bad supplement input with 400 naming the field, and changes nothing', async () => {
    const notAsked = await portal<rest.ApiError>('POST', '/supplement', {
      requestId: randomUUID(),
      items: [{ field: 'employer.name', value: '另一家公司' }],
    });
    expect(notAsked.status).toBe(400);
    expect(notAsked.body.violations?.map((v) => v.field)).toEqual(['items[0].field']);

    const blank = await asStaff<rest.ApiError>(
      'arbitration-clerk.zengdu',
      'POST',
      `/api/cases/${encodeURIComponent((await detail()).arbitrationCase!.caseId)}/supplements`,
      { requestId: randomUUID(), items: [{ field: 'employer.address', value: '   ' }] },
    );
    expect(blank.status).toBe(400);
    expect(blank.body.violations?.map((v) => v.field)).toEqual(['items[0].value']);

    const unknownField = await portal<rest.ApiError>('POST', '/supplement', {
      requestId: randomUUID(),
      items: [{ field: 'employer.address', value: '某地', extra: 1 }],
    });
    expect(unknownField.status).toBe(400);

    const unchanged = await portal<rest.SupplementNoticeView>('GET', '/supplement');
    expect(unchanged.body).toEqual(firstNotice);
    expect((await detail()).arbitrationCase!.supplements).toEqual([]);
  });

  it('takes part of it from the worker on the portal and issues a second notice naming only the rest', async () => {
    const body = {
      requestId: randomUUID(),
      items: [{ field: 'employer.address', value: '湖北省随州市曾都区交通大道100号' }],
    };
    const answer = await portal<rest.SupplementNoticeView>('POST', '/supplement', body);
    expect(answer.status).toBe(201);
    secondNotice = answer.body;
    expect(secondNotice.awaiting).toBe(true);
    expect(secondNotice.noticeNumber).toMatch(NOTICE_NUMBER);
    expect(secondNotice.noticeNumber).not.toBe(firstNotice.noticeNumber);
    expect(secondNotice.missingItems.map((item) => item.field)).toEqual(['employer.legalRepresentative', 'evidence']);
    expect(secondNotice.supplements).toEqual([
      {
        submittedOn: todayInChina(new Date()),
        noticeNumber: firstNotice.noticeNumber,
        supplied: [{ field: 'employer.address', description: '用人单位住所' }],
      },
    ]);

    // The same request again answers the case as it is; other content under its id is refused.
    const again = await portal<rest.SupplementNoticeView>('POST', '/supplement', body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(secondNotice);
    const reused = await portal<rest.ApiError>('POST', '/supplement', {
      ...body,
      items: [{ field: 'employer.address', value: '另一个地址' }],
    });
    expect(reused.status).toBe(409);
  });

  it('lets only the arbitration posts take the rest in at the window, and then issues the receipt', async () => {
    const pending = (await detail()).arbitrationCase!;
    expect(pending.status).toBe('AWAITING_SUPPLEMENT');
    expect(pending.supplementNoticeNumber).toBe(secondNotice.noticeNumber);
    caseId = pending.caseId;
    const path = `/api/cases/${encodeURIComponent(caseId)}/supplements`;
    const rest_ = {
      requestId: randomUUID(),
      items: [{ field: 'employer.legalRepresentative', value: '李某' }],
      evidence: [{ description: '解除劳动合同通知书', source: '被申请人出具' }],
    };
    // The window clerk registers matters; supplement material is the arbitration window's.
    expect((await asStaff('clerk.zengdu', 'POST', path, rest_)).status).toBe(403);

    const answer = await asStaff<rest.ArbitrationCase>('arbitration-clerk.zengdu', 'POST', path, rest_);
    expect(answer.status).toBe(201);
    const today = todayInChina(new Date());
    expect(answer.body).toMatchObject({
      status: 'AWAITING_ACCEPTANCE_DECISION',
      receivedOn: today,
      missingItems: [],
      supplementNoticeNumber: '',
    });
    expect(answer.body.receiptNumber).toMatch(/^421303-仲收-\d{4}-\d{6}$/);
    // The five days of Art. 29 run from the day the complete material arrived (working days, @onewindow/calendar).
    const decisionDue = addPeriod(today, { amount: 5, unit: 'WORKING_DAYS' }).due;
    expect(answer.body.deadlines.map((d) => d.dueOn)).toEqual([decisionDue]);
    expect(answer.body.deadlines[0]!.citation).toContain('第二十九条');
    expect(answer.body.supplements?.map((s) => s.noticeNumber)).toEqual([
      firstNotice.noticeNumber,
      secondNotice.noticeNumber,
    ]);

    const afterwards = await portal<rest.SupplementNoticeView>('GET', '/supplement');
    expect(afterwards.body).toMatchObject({ awaiting: false, caseStatus: 'AWAITING_ACCEPTANCE_DECISION' });
    expect(afterwards.body.supplements).toHaveLength(2);
    // Nothing is awaited any more: another supplement is refused with the status.
    const late = await portal<rest.ApiError>('POST', '/supplement', {
      requestId: randomUUID(),
      items: [{ field: 'employer.legalRepresentative', value: '王某' }],
    });
    expect(late.status).toBe(409);
  });

  it("shows every step on the matter's timeline in intake, and the arbitrator's acceptance after it", async () => {
    const decided = await asStaff<rest.ArbitrationCase>(
      'arbitrator.zengdu',
      'POST',
      `/api/arbitration-cases/${encodeURIComponent(caseId)}/acceptance-decision`,
      { decision: 'ACCEPT' },
    );
    expect(decided.body.status).toBe('ACCEPTED');
    const shown = await timelineShowing(/出具受理通知书/);
    const position = (pattern: RegExp) => {
      const index = shown.findIndex((summary) => pattern.test(summary));
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    const steps = [
      position(new RegExp(`^仲裁院出具补正通知书，编号 ${firstNotice.noticeNumber}，请补正：用人单位住所、`)),
      position(new RegExp(`^补正材料已提交（补正通知书 ${firstNotice.noticeNumber}）：用人单位住所$`)),
      position(
        new RegExp(
          `^仲裁院审查补正材料后再次出具补正通知书，编号 ${secondNotice.noticeNumber}，仍需补正：用人单位法定代表人或者主要负责人的姓名、证据及证据来源`,
        ),
      ),
      position(new RegExp(`^补正材料已提交（补正通知书 ${secondNotice.noticeNumber}）：用人单位法定代表人`)),
      position(/^仲裁院出具收件回执，编号 421303-仲收-/),
      position(/出具受理通知书/),
    ];
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    // The referral was taken once, at the first notice: no step answers routing twice.
    expect(shown.filter((summary) => summary.includes('已签收转办'))).toHaveLength(
      shown.filter((summary) => summary.startsWith('分流至劳动人事争议仲裁院')).length,
    );
    const matter = (await detail()).matter;
    expect(matter.stage).toBe('ACCEPTED');
    const receipt = matter.timeline.find((entry) => entry.summary.startsWith('仲裁院出具收件回执'))!;
    expect(receipt.deadlines.map((d) => d.dueOn)).toEqual([
      addPeriod(todayInChina(new Date()), { amount: 5, unit: 'WORKING_DAYS' }).due,
    ]);
  });

  it('lets staff and the worker download the second supplement notice, which names only what was still missing', async () => {
    const { body } = await asStaff<rest.CaseDocumentList>(
      'arbitration-clerk.zengdu',
      'GET',
      `/api/matters/${matterNumber}/documents`,
    );
    expect(body.documents.map((d) => [d.kind, d.number])).toEqual([
      ['supplement-notice', firstNotice.noticeNumber],
      ['supplement-notice', secondNotice.noticeNumber],
      ['receipt', expect.stringMatching(/^421303-仲收-/)],
      ['acceptance-notice', expect.stringMatching(/^421303-仲受-/)],
    ]);
    const pdfOf = async (path: string, token: string) => {
      const answer = await fetch(`${platform.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      return Buffer.from(await answer.arrayBuffer());
    };
    const kindPath = `/api/cases/${encodeURIComponent(caseId)}/documents/supplement-notice`;
    const first = await pdfOf(
      `${kindPath}?number=${encodeURIComponent(firstNotice.noticeNumber)}`,
      staff['arbitration-clerk.zengdu']!,
    );
    const second = await pdfOf(
      `${kindPath}?number=${encodeURIComponent(secondNotice.noticeNumber)}`,
      staff['arbitration-clerk.zengdu']!,
    );
    const portalSecond = await pdfOf(
      `/api/public/matters/${matterNumber}/documents/supplement-notice?number=${encodeURIComponent(secondNotice.noticeNumber)}`,
      trackingToken,
    );
    expect(second.subarray(0, 5).toString()).toBe('%PDF-');
    expect(portalSecond.equals(second)).toBe(true);
    expect(first.equals(second)).toBe(false);

    const files = [join(scratch, 'first.pdf'), join(scratch, 'second.pdf')];
    writeFileSync(files[0]!, first);
    writeFileSync(files[1]!, second);
    const [firstText, secondText] = (
      JSON.parse(execFileSync(process.execPath, [INSPECT, ...files], { cwd: ROOT }).toString()) as { pages: string[] }[]
    ).map((read) => read.pages.join(''));
    expect(firstText).toContain(firstNotice.noticeNumber);
    expect(firstText).toContain('一、用人单位住所二、用人单位法定代表人或者主要负责人的姓名三、证据及证据来源');
    expect(secondText).toContain(secondNotice.noticeNumber);
    expect(secondText).toContain('收到你提交的补正材料');
    expect(secondText).toContain('仍欠缺下列内容');
    expect(secondText).toContain('一、用人单位法定代表人或者主要负责人的姓名二、证据及证据来源');
    expect(secondText).not.toContain('用人单位住所');

    const unknown = await fetch(`${platform.gatewayUrl}${kindPath}?number=421303-仲补-2000-000001`, {
      headers: { authorization: `Bearer ${staff['arbitration-clerk.zengdu']}` },
    });
    expect(unknown.status).toBe(404);
  });
});
