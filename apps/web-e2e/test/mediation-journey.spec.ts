import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { common, type intake } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, PHONE, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// 调解 in the browser, on the whole platform with the mediation service: a small wage claim the worker agreed
// to mediate first reaches the mediator's queue; the mediator records the employer's consent, is assigned by
// load, schedules an on-site session (the SMS notices go out, the phones masked) and drafts the agreement in two
// instalments (a schedule that does not add up is refused beside the field); the employer signs in person, the
// worker online on a phone through the tracking page, the mediator last, which seals the 调解协议书; its PDF
// downloads and the first payment is recorded. The supervisor keeps the mediator roll.

const PASSWORD = 'Demo-2026!';
const SUBMISSION_MS = 45_000;
const WORKER_PHONE = '13872345678'; // wageArrearsApplication's applicant
const EMPLOYER_PHONE = '13912344321';
const PLACE = '曾都区劳动保障维权中心调解室';

describe('mediation (调解) in a browser: queue, consent, session, agreement signed online, sealed, paid', () => {
  const platform = new Platform({ mediation: true, gateway: { webRoot: WEB_ROOT } });
  let browser: Browser;
  let mediator: [BrowserContext, Page];
  let matterNumber: string;
  let caseId: string;

  const byId = (page: Page, id: string) => page.getByTestId(id);
  const caseStatus = (page: Page) => byId(page, 'mediation-case').getAttribute('data-status');
  const awaitCaseStatus = (page: Page, status: rest.MediationStatus) =>
    page.locator(`[data-testid="mediation-case"][data-status="${status}"]`).waitFor({ timeout: SUBMISSION_MS });

  async function signIn(page: Page, username: string) {
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(page, 'signin-username').fill(username);
    await byId(page, 'signin-password').fill(PASSWORD);
    await byId(page, 'signin-submit').click();
    await byId(page, 'header-user-name').waitFor();
  }

  async function pickDate(page: Page, id: string, date: string) {
    await byId(page, id).click();
    await byId(page, id).fill(date);
    await byId(page, id).press('Enter');
    const picked = await byId(page, id).inputValue();
    if (picked !== date) throw new Error(`${id}: the date picker holds “${picked}”, not ${date}`);
  }

  /** A minute in Beijing time typed into the picker (YYYY-MM-DD HH:mm), then Enter. */
  async function pickMinute(page: Page, id: string, minute: string) {
    await byId(page, id).click();
    await byId(page, id).fill(minute);
    await byId(page, id).press('Enter');
    const picked = await byId(page, id).inputValue();
    if (picked !== minute) throw new Error(`${id}: the picker holds “${picked}”, not ${minute}`);
  }

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    const gateway = new GatewayClient(platform.gatewayUrl);
    // The Zengdu roll gets its mediator through the gateway, as the supervisor keeps it.
    const enrolled = await gateway.request<rest.Mediator>('POST', '/api/mediators', {
      token: await gateway.signIn('supervisor.zengdu', PASSWORD),
      body: {
        countyCode: '421303',
        staffUserId: 'mediator.zengdu',
        name: '李调解',
        kind: 'HRSS_MEDIATOR',
        active: true,
      } satisfies rest.EnrolMediatorRequest,
    });
    expect(enrolled.status).toBe(200);
    // A small wage claim (15,000 yuan) with the worker's consent: the default rules send it to mediation first.
    const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
      content: wageArrearsApplication({
        consentToMediationFirst: true,
        claims: [
          { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1_500_000, description: '工资15000元' },
        ],
      }),
      requestId: randomUUID(),
    });
    matterNumber = matter!.matterNumber;
    const token = await gateway.signIn('mediator.zengdu', PASSWORD);
    const found = await eventually(
      async () => {
        const answer = await gateway.request<rest.MediationCase>('GET', `/api/matters/${matterNumber}/mediation`, {
          token,
        });
        return answer.status === 200 ? answer.body : undefined;
      },
      { timeoutMs: 45_000, what: `the mediation case of ${matterNumber}` },
    );
    caseId = found.caseId;
    mediator = await newPage(browser, DESKTOP);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('the mediator finds the case in the queue, records the consent, is assigned and schedules a session', async () => {
    const [, page] = mediator;
    await signIn(page, 'mediator.zengdu');
    await page.goto(`${platform.gatewayUrl}/staff/queues`);
    const item = page.locator(
      `[data-testid="queue-card"][data-queue-id="MEDIATION_CASES"] [data-testid="queue-item"][data-case-id="${caseId}"]`,
    );
    await item.waitFor();
    await expect(item.getAttribute('data-mediation-status')).resolves.toBe('AWAITING_CONSENT');
    await expect(item.getAttribute('data-assigned-to-me')).resolves.toBe('false');
    await expect(item.getByTestId('queue-item-due').textContent()).resolves.toContain('还剩');
    await screenshot(page, '30-mediator-queue');

    await item.getByTestId('queue-item-open-case').click();
    await page.waitForURL(/\/staff\/mediation-cases\//);
    await awaitCaseStatus(page, 'AWAITING_CONSENT');
    await expect(byId(page, 'mediation-case').getAttribute('data-case-id')).resolves.toBe(caseId);
    await expect(byId(page, 'mediation-recommendation-number').textContent()).resolves.toMatch(
      /^421303-调建-\d{4}-\d{6}$/,
    );
    await expect(byId(page, 'mediation-worker-name').textContent()).resolves.toBe('张建国');
    const period = byId(page, 'mediation-period').getByTestId('deadline');
    await expect(period.getAttribute('data-countdown')).resolves.toBe('left');
    expect((await period.getAttribute('data-due-on'))! >= addCalendarDays(todayInChina(new Date()), 14)).toBe(true);

    await byId(page, 'mediation-consent-yes').check();
    await byId(page, 'mediation-consent-how').fill('电话联系用人单位负责人李某');
    await screenshot(page, '31-mediation-case-consent');
    await submitAndAwait(page, 'mediation-consent-submit', () => awaitCaseStatus(page, 'IN_MEDIATION'));

    // By load, one mediator: the only one on the roll.
    await byId(page, 'mediation-assign-mode-LOAD').check();
    await submitAndAwait(page, 'mediation-assign-submit', () =>
      page.locator('[data-testid="mediation-mediator"][data-staff-user-id="mediator.zengdu"]').waitFor(),
    );

    const tomorrow = addCalendarDays(todayInChina(new Date()), 1);
    await pickMinute(page, 'mediation-schedule-starts-at', `${tomorrow} 10:00`);
    await byId(page, 'mediation-schedule-mode-ON_SITE').check();
    await byId(page, 'mediation-schedule-place').fill(PLACE);
    await byId(page, 'mediation-schedule-employer-phone').fill(EMPLOYER_PHONE);
    await submitAndAwait(page, 'mediation-schedule-submit', () =>
      byId(page, 'mediation-session').first().waitFor({ timeout: SUBMISSION_MS }),
    );
    const notices = await byId(page, 'mediation-session-notice').allTextContents();
    expect(notices).toEqual(['劳动者 短信 138****5678', '用人单位 短信 139****4321']);
    // The 调解会议通知 went to both, by SMS; only the masked numbers are anywhere but the sender.
    const outbox = readFileSync(platform.smsOutbox, 'utf8');
    const sent = outbox
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string })
      .filter((sms) => sms.text.includes('劳动争议调解') && sms.text.includes(matterNumber));
    expect(sent.map((sms) => sms.to)).toEqual(['138****5678', '139****4321']);
    expect(sent[0]!.text).toContain(PLACE);
    // 10:00 Beijing time as typed, whatever the zone: the notice says so.
    expect(sent[0]!.text).toContain(' 10:00 ');
    await expect(byId(page, 'mediation-session-starts-at').textContent()).resolves.toBe(`${tomorrow} 10:00`);
    expect(outbox).not.toContain(WORKER_PHONE);
    expect(outbox).not.toContain(EMPLOYER_PHONE);
    await expect(page.content()).resolves.not.toContain(EMPLOYER_PHONE);
    await screenshot(page, '32-mediation-session');
  }, 90_000);

  it('drafts the agreement in two instalments (a schedule that does not add up is refused beside it) and records the employer’s signature', async () => {
    const [, page] = mediator;
    const today = todayInChina(new Date());
    const inAMonth = addCalendarDays(today, 30);
    await byId(page, 'mediation-draft').waitFor();
    // 12,000 of the 15,000 claimed, in two instalments; first typed as 6,000 + 5,000.
    await byId(page, 'mediation-draft-claim-0-amount').fill('12000');
    await byId(page, 'mediation-draft-instalment-0-amount').fill('6000');
    await byId(page, 'mediation-draft-instalment-add').click();
    await pickDate(page, 'mediation-draft-instalment-1-due-on', inAMonth);
    await byId(page, 'mediation-draft-instalment-1-amount').fill('5000');
    await byId(page, 'mediation-draft-other-terms').fill('用人单位为劳动者出具解除劳动关系证明');
    // The live sum follows the form a render later: wait for it rather than read it at once.
    await page.locator('[data-testid="mediation-draft-sum"][data-sum-fen="1100000"][data-matches="false"]').waitFor();

    // The gateway's 400 (mediation's rule: the schedule sums to the settled total) lands under the instalments.
    await byId(page, 'mediation-draft-submit').click();
    const refusal = byId(page, 'mediation-draft-instalments-errors').locator('.ant-form-item-explain-error');
    await refusal.first().waitFor({ timeout: SUBMISSION_MS });
    await expect(refusal.first().textContent()).resolves.toContain('1200000');
    await expect(byId(page, 'error-banner').first().getAttribute('data-status')).resolves.toBe('400');
    await expect(caseStatus(page)).resolves.toBe('IN_MEDIATION');
    await expect(byId(page, 'mediation-agreement').count()).resolves.toBe(0);
    await screenshot(page, '33-mediation-agreement-draft');

    await byId(page, 'mediation-draft-instalment-1-amount').fill('6000');
    await page.locator('[data-testid="mediation-draft-sum"][data-sum-fen="1200000"][data-matches="true"]').waitFor();
    await submitAndAwait(page, 'mediation-draft-submit', () =>
      page.locator('[data-testid="mediation-agreement"][data-status="DRAFT"]').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'mediation-agreement-total').getAttribute('data-total-fen')).resolves.toBe('1200000');
    await expect(byId(page, 'mediation-instalment').count()).resolves.toBe(2);

    await byId(page, 'mediation-sign-EMPLOYER').click();
    await submitAndAwait(page, 'mediation-sign-confirm', () =>
      byId(page, 'mediation-signed-EMPLOYER').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(
      page.locator('[data-testid="mediation-signature"][data-role="EMPLOYER"]').getAttribute('data-method'),
    ).resolves.toBe('IN_PERSON');
  }, 90_000);

  it('the worker reads the agreement on a phone and signs it online with the tracking session', async () => {
    const [context, page] = await newPage(browser, PHONE);
    await page.goto(`${platform.gatewayUrl}/public/track?matterNumber=${matterNumber}`);
    await byId(page, 'track-matter-number').fill(matterNumber);
    await byId(page, 'track-request-code').click();
    await byId(page, 'track-code-sent').waitFor();
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the code SMS' });
    await byId(page, 'track-code').fill(code);
    await byId(page, 'track-verify').click();
    const panel = byId(page, 'track-mediation');
    await panel.waitFor({ timeout: SUBMISSION_MS });
    await expect(panel.getAttribute('data-status')).resolves.toBe('IN_MEDIATION');
    await expect(byId(page, 'track-mediation-session').count()).resolves.toBe(1);
    await expect(byId(page, 'track-mediation-session').textContent()).resolves.toContain(PLACE);
    await expect(byId(page, 'track-mediation-instalment').count()).resolves.toBe(2);
    await expect(byId(page, 'track-mediation-agreement-total').getAttribute('data-total-fen')).resolves.toBe('1200000');
    // No staff notes on the worker's page: how the notices went, the staff ids.
    await expect(panel.textContent()).resolves.not.toContain('短信');
    await expect(panel.textContent()).resolves.not.toContain('mediator.zengdu');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '34-public-mediation-sign-phone');

    await byId(page, 'track-mediation-sign').click();
    await submitAndAwait(page, 'track-mediation-sign-confirm', () =>
      byId(page, 'track-mediation-signed').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'track-mediation-sign').count()).resolves.toBe(0);
    await expect(
      page.locator('[data-testid="track-mediation-signature"][data-role="WORKER"]').getAttribute('data-method'),
    ).resolves.toBe('ONLINE_ONE_TIME_CODE');
    await context.close();
  }, 60_000);

  it('the mediator signs last: the 调解协议书 is sealed and numbered, its PDF downloads, the first payment is recorded', async () => {
    const [, page] = mediator;
    await byId(page, 'mediation-refresh').click();
    await byId(page, 'mediation-signed-WORKER').waitFor({ timeout: SUBMISSION_MS });
    await byId(page, 'mediation-sign-MEDIATOR').click();
    await submitAndAwait(page, 'mediation-sign-confirm', () =>
      byId(page, 'mediation-agreement-sealed').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(caseStatus(page)).resolves.toBe('AGREEMENT_IN_FORCE');
    const number = (await byId(page, 'mediation-agreement-number').textContent())!.trim();
    expect(number).toMatch(/^421303-调协-\d{4}-\d{6}$/);
    await expect(byId(page, 'mediation-agreement-sealed').textContent()).resolves.toContain(number);
    // The confirmation just answered is still fading out: the picture is of the page, not its mask.
    await page.locator('.ant-modal-mask:visible').first().waitFor({ state: 'hidden' });
    await screenshot(page, '35-mediation-agreement-sealed');

    const link = page.locator('[data-testid="mediation-document"][data-kind="agreement"]');
    await expect(link.getAttribute('data-number')).resolves.toBe(number);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toContain(number);
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The first instalment, due today, paid in full.
    await expect(byId(page, 'mediation-payment-amount').inputValue()).resolves.toBe('6000.00');
    await submitAndAwait(page, 'mediation-payment-submit', () =>
      byId(page, 'mediation-payment-entry').first().waitFor({ timeout: SUBMISSION_MS }),
    );
    const statuses = await byId(page, 'mediation-instalment').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-status')),
    );
    expect(statuses).toEqual(['PAID', 'NOT_YET_DUE']);
    await expect(byId(page, 'mediation-payment-entry').getAttribute('data-amount-fen')).resolves.toBe('600000');

    // The matter page shows where the mediation stands, and leads back to the case screen.
    await byId(page, 'mediation-matter-link').click();
    const panel = page.locator('[data-testid="matter-mediation"][data-status="AGREEMENT_IN_FORCE"]');
    await panel.waitFor({ timeout: SUBMISSION_MS });
    await expect(panel.getAttribute('data-case-id')).resolves.toBe(caseId);
    await byId(page, 'matter-mediation-open').click();
    await awaitCaseStatus(page, 'AGREEMENT_IN_FORCE');
  }, 60_000);

  it('the supervisor keeps the roll from the menu and sees mediation on the dashboard', async () => {
    await mediator[0].close();
    const [context, page] = await newPage(browser, DESKTOP);
    await signIn(page, 'supervisor.zengdu');
    await byId(page, 'nav-mediators').click();
    const row = page.locator('[data-testid="mediator-row"][data-staff-user-id="mediator.zengdu"]');
    await row.waitFor();
    await expect(row.getByTestId('mediator-open-cases').textContent()).resolves.toBe('1');
    await byId(page, 'mediator-enrol-name').fill('钱工会');
    await byId(page, 'mediator-enrol-staff-user-id').fill('union-mediator.zengdu');
    await byId(page, 'mediator-enrol-kind').click();
    await byId(page, 'mediator-enrol-kind-option-TRADE_UNION_MEDIATOR').click();
    await submitAndAwait(page, 'mediator-enrol-submit', () =>
      page
        .locator('[data-testid="mediator-row"][data-staff-user-id="union-mediator.zengdu"]')
        .waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(
      page
        .locator('[data-testid="mediator-row"][data-staff-user-id="union-mediator.zengdu"]')
        .getAttribute('data-kind'),
    ).resolves.toBe('TRADE_UNION_MEDIATOR');
    // The toast that says so, in the picture.
    await page.locator('.ant-message-notice').first().waitFor();
    await screenshot(page, '36-mediator-roll');

    await byId(page, 'nav-dashboard').click();
    await byId(page, 'dashboard-mediation').waitFor();
    const open = await byId(page, 'dashboard-mediation-open').textContent();
    expect(Number(open?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await context.close();
  }, 60_000);
});
