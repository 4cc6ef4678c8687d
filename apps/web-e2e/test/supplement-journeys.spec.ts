import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { common, matterContentFromProto } from '@onewindow/contracts';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, PHONE, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// 补正 in the browser: the worker supplies part of what the supplement notice asks for on the tracking
// page and sees the further notice; the arbitration clerk takes the rest in on the matter page and sees
// the receipt. Debian's Chromium against the whole platform, as in staff-and-public-journeys.

const PASSWORD = 'Demo-2026!';
const SUBMISSION_MS = 45_000;

describe('the supplement round trip (补正) in a browser', () => {
  const platform = new Platform({ gateway: { webRoot: WEB_ROOT } });
  let browser: Browser;
  let matterNumber: string;

  const byId = (page: Page, id: string) => page.getByTestId(id);
  const missingFields = (page: Page, prefix: string) =>
    byId(page, `${prefix}-missing`).evaluateAll((items) => items.map((item) => item.getAttribute('data-field')));

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    // An online application without the employer's address and representative, and without evidence.
    const gateway = new GatewayClient(platform.gatewayUrl);
    const applied = await gateway.request<{ matterNumber: string }>('POST', '/api/public/applications', {
      body: {
        content: matterContentFromProto(
          wageArrearsApplication({
            channel: common.Channel.CHANNEL_ONLINE,
            employer: {
              name: '随州市某建筑劳务有限公司',
              unifiedSocialCreditCode: '',
              address: '',
              legalRepresentative: '',
            },
            evidence: [],
          }),
        ),
        requestId: randomUUID(),
      },
    });
    expect(applied.status).toBe(201);
    matterNumber = applied.body.matterNumber;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('the worker supplies the address on the tracking page and is asked for the rest in a further notice', async () => {
    const [context, page] = await newPage(browser, PHONE);
    await page.goto(`${platform.gatewayUrl}/public/track?matterNumber=${matterNumber}`);
    await byId(page, 'track-matter-number').fill(matterNumber);
    await byId(page, 'track-request-code').click();
    await byId(page, 'track-code-sent').waitFor();
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    await byId(page, 'track-code').fill(code);
    await byId(page, 'track-verify').click();
    // The session must be open (its token kept in the tab) before a reload, or the reload asks for the number again.
    await byId(page, 'public-matter-number').waitFor({ timeout: SUBMISSION_MS });
    // The notice is issued once arbitration has the referral: the page shows it when opened after that.
    await eventually(
      async () => {
        await page.reload();
        return byId(page, 'track-supplement-form')
          .waitFor({ timeout: 3_000 })
          .then(
            () => true,
            () => undefined,
          );
      },
      { timeoutMs: 45_000, intervalMs: 1_000, what: 'the supplement form on the tracking page' },
    );
    const firstNotice = await byId(page, 'track-supplement-form').getAttribute('data-notice-number');
    expect(await missingFields(page, 'track-supplement')).toEqual([
      'employer.address',
      'employer.legalRepresentative',
      'evidence',
    ]);
    await screenshot(page, '20-public-supplement-form-phone');

    await byId(page, 'track-supplement-item-employer-address').fill('湖北省随州市曾都区交通大道100号');
    await submitAndAwait(page, 'track-supplement-submit', () =>
      byId(page, 'track-supplement-outcome').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'track-supplement-outcome').getAttribute('data-outcome')).resolves.toBe('still-missing');
    const secondNotice = await byId(page, 'track-supplement-form').getAttribute('data-notice-number');
    expect(secondNotice).toMatch(/^421303-仲补-\d{4}-\d{6}$/);
    expect(secondNotice).not.toBe(firstNotice);
    expect(await missingFields(page, 'track-supplement')).toEqual(['employer.legalRepresentative', 'evidence']);
    await byId(page, 'supplement-history-entry').first().waitFor();
    await screenshot(page, '21-public-supplement-still-missing-phone');
    await context.close();
  });

  it('the arbitration clerk takes the rest in on the matter page, and the receipt follows', async () => {
    const [context, page] = await newPage(browser, DESKTOP);
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(page, 'signin-username').fill('arbitration-clerk.zengdu');
    await byId(page, 'signin-password').fill(PASSWORD);
    await byId(page, 'signin-submit').click();
    await byId(page, 'header-user-name').waitFor();
    await page.goto(`${platform.gatewayUrl}/staff/matters/${matterNumber}`);
    await byId(page, 'staff-supplement-form').waitFor();
    expect(await missingFields(page, 'staff-supplement')).toEqual(['employer.legalRepresentative', 'evidence']);

    // Nothing filled in: the page says so and sends nothing.
    await byId(page, 'staff-supplement-submit').click();
    await byId(page, 'staff-supplement-nothing').waitFor();

    await byId(page, 'staff-supplement-item-employer-legalRepresentative').fill('李某');
    await byId(page, 'staff-supplement-evidence-0-description').fill('工资欠条');
    await byId(page, 'staff-supplement-evidence-0-source').fill('被申请人项目负责人出具');
    await submitAndAwait(page, 'staff-supplement-submit', () =>
      byId(page, 'staff-supplement-outcome').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'staff-supplement-outcome').getAttribute('data-outcome')).resolves.toBe('complete');
    // Wage arrears: accepted the day the material is complete (当日受理).
    await eventually(
      async () => (await byId(page, 'arbitration-case').getAttribute('data-status')) === 'ACCEPTED' || undefined,
      { timeoutMs: 30_000, intervalMs: 500, what: 'the case accepted on the page' },
    );
    await eventually(async () => (await byId(page, 'case-document').count()) >= 4 || undefined, {
      timeoutMs: 30_000,
      intervalMs: 500,
      what: 'both notices, the receipt and the acceptance notice',
    });
    const documents = await byId(page, 'case-document').evaluateAll((links) =>
      links.map((link) => link.getAttribute('data-kind')),
    );
    expect(documents.filter((kind) => kind === 'supplement-notice')).toHaveLength(2);
    expect(await byId(page, 'supplement-history-entry').count()).toBe(2);
    await screenshot(page, '22-staff-supplement-complete');
    // The second 补正通知书 downloads from the page as a PDF with its own number in the file name.
    const second = page.locator('[data-testid="case-document"][data-kind="supplement-notice"]').nth(1);
    const number = await second.getAttribute('data-number');
    const [download] = await Promise.all([page.waitForEvent('download'), second.click()]);
    expect(download.suggestedFilename()).toContain(number!);
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(saved.length).toBeGreaterThan(10_000);
    await context.close();
  });
});
