import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type * as rest from '@onewindow/gateway-api';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, PHONE, screenshot, WEB_ROOT } from './browser';

// 咨询解答 in the browser: an online consultation waits in the window clerk's queue, the clerk answers it
// with its basis in the dialog, the matter page shows who answered, and the worker reads the answer on the
// tracking page.

const PASSWORD = 'Demo-2026!';
const QUESTION = '公司拖欠两个月工资，我可以去哪里投诉？';
const ANSWER = '可以向用人单位所在地的劳动保障监察机构投诉，也可以申请劳动争议仲裁。';
const BASIS = '《劳动保障监察条例》第九条；《劳动争议调解仲裁法》第二十七条';

describe('a consultation answered in the web app', () => {
  const platform = new Platform({ gateway: { webRoot: WEB_ROOT } });
  let browser: Browser;
  const byId = (page: Page, id: string) => page.getByTestId(id);

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('the clerk answers from the queue, the matter shows the answer, and the worker reads it', async () => {
    const gateway = new GatewayClient(platform.gatewayUrl);
    const content = matterContentFromProto(
      wageArrearsApplication({
        channel: common.Channel.CHANNEL_ONLINE,
        kind: common.MatterKind.MATTER_KIND_CONSULTATION,
        claims: [],
        factsAndReasons: QUESTION,
      }),
    );
    const receipt = await gateway.request<rest.ApplicationReceipt>('POST', '/api/public/applications', {
      body: { content, requestId: randomUUID() },
    });
    const { matterNumber } = receipt.body;

    const [context, page] = await newPage(browser, DESKTOP);
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(page, 'signin-username').fill('clerk.zengdu');
    await byId(page, 'signin-password').fill(PASSWORD);
    await byId(page, 'signin-submit').click();
    await byId(page, 'header-user-name').waitFor();
    await page.goto(`${platform.gatewayUrl}/staff/queues`);
    const card = page.locator('[data-testid=queue-card][data-queue-id=CONSULTATIONS_TO_ANSWER]');
    const item = card.locator(`[data-testid=queue-item][data-matter-number="${matterNumber}"]`);
    await eventually(
      async () => {
        await byId(page, 'queues-refresh').click();
        await card.waitFor();
        return (await item.count()) > 0 || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 1_000, what: `${matterNumber} in the consultation queue` },
    );
    await item.getByTestId('consultation-answer').click();
    const dialog = byId(page, 'consultation-answer-dialog');
    await expect(dialog.getByTestId('consultation-question').textContent()).resolves.toBe(QUESTION);
    // The basis is required: the dialog says so and sends nothing.
    await dialog.getByTestId('consultation-answer-text').fill(ANSWER);
    await byId(page, 'consultation-answer-dialog-confirm').click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await dialog.getByTestId('consultation-basis').fill(BASIS);
    await screenshot(page, '12-consultation-answer-dialog');
    await byId(page, 'consultation-answer-dialog-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(async () => ((await item.count()) === 0 ? true : undefined), {
      timeoutMs: 10_000,
      what: 'the answered consultation to leave the queue',
    });

    await page.goto(`${platform.gatewayUrl}/staff/matters/${matterNumber}`);
    await eventually(
      async () => {
        await byId(page, 'detail-refresh').click();
        return (await byId(page, 'matter-stage').getAttribute('data-stage')) === 'CLOSED_AT_WINDOW' || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 1_000, what: `${matterNumber} closed with the answer` },
    );
    await expect(byId(page, 'consultation-basis-recorded').textContent()).resolves.toBe(BASIS);
    await expect(byId(page, 'consultation-answered-by').textContent()).resolves.toBe('王窗口');
    const summaries = await byId(page, 'timeline-summary').allTextContents();
    expect(summaries).toContain(`咨询已解答（解答人：王窗口）：${ANSWER}（依据：${BASIS}）`);
    await screenshot(page, '13-matter-consultation-answered');
    await context.close();

    const [phone, worker] = await newPage(browser, PHONE);
    await worker.goto(`${platform.gatewayUrl}/public/track?matterNumber=${matterNumber}`);
    await byId(worker, 'track-request-code').click();
    await byId(worker, 'track-code-sent').waitFor();
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    await byId(worker, 'track-code').fill(code);
    await byId(worker, 'track-verify').click();
    await expect(byId(worker, 'public-consultation-answer-text').textContent()).resolves.toBe(ANSWER);
    await expect(byId(worker, 'public-consultation-basis').textContent()).resolves.toBe(BASIS);
    await expect(byId(worker, 'public-stage').getAttribute('data-stage')).resolves.toBe('CLOSED_AT_WINDOW');
    await byId(worker, 'rate-form').waitFor();
    const overflow = await worker.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(worker, '14-public-consultation-answer-phone');
    await phone.close();
  });
});
