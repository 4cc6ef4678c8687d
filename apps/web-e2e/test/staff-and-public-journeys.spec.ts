import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { common, type intake } from '@onewindow/contracts';
import {
  eventually,
  monthsAgoInChina,
  Platform,
  severanceApplication,
  wageArrearsApplication,
} from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, PHONE, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// The web app in Debian's Chromium against the whole platform (intake, routing, arbitration and the
// gateway as separate processes on the real Kafka and FerretDB), as the center's staff and a worker use it.

const PASSWORD = 'Demo-2026!';
// A registration on a CI machine running other suites beside this one has taken over the 20 s default.
const SUBMISSION_MS = 45_000;

describe('the web app in a browser', () => {
  const platform = new Platform({ gateway: { webRoot: WEB_ROOT } });
  let browser: Browser;

  const byId = (page: Page, id: string) => page.getByTestId(id);

  async function signIn(page: Page, username: string) {
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(page, 'signin-username').fill(username);
    await byId(page, 'signin-password').fill(PASSWORD);
    await byId(page, 'signin-submit').click();
    await byId(page, 'header-user-name').waitFor();
  }

  async function pick(page: Page, selectId: string, value: string) {
    await byId(page, selectId).click();
    await byId(page, `${selectId}-option-${value}`).click();
  }

  async function pickDate(page: Page, id: string, date: string) {
    await byId(page, id).click();
    await byId(page, id).fill(date);
    await byId(page, id).press('Enter');
    const picked = await byId(page, id).inputValue();
    if (picked !== date) throw new Error(`${id}: the date picker holds “${picked}”, not ${date}`);
  }

  /** The wage-arrears sample, typed into the intake or application form field by field. */
  async function fillWageArrears(page: Page, prefix: 'intake' | 'apply') {
    const f = (id: string) => byId(page, `${prefix}-${id}`);
    if (prefix === 'intake') await pick(page, 'intake-county', '421303');
    else await pick(page, 'apply-county', '421303');
    await f('kind-DISPUTE').check();
    await f('applicant-name').fill('张建国');
    await f('applicant-identity-number').fill('421303199005171235');
    await f('applicant-phone').fill('13872345678');
    await f('applicant-occupation').fill('钢筋工');
    await f('applicant-domicile').fill('湖北省随州市曾都区东城街道舜井大道8号');
    await f('employer-name').fill('随州市某建筑劳务有限公司');
    if (prefix === 'intake') await f('employer-credit-code').fill('91421303MA4F1234XM');
    await f('employer-address').fill('湖北省随州市曾都区交通大道100号');
    await f('employer-legal-representative').fill('李某');
    await pickDate(page, `${prefix}-employment-start`, '2024-03-01');
    await pickDate(page, `${prefix}-employment-end`, monthsAgoInChina(1));
    await pick(page, `${prefix}-claim-0-category`, 'WAGES');
    await f('claim-0-amount').fill('36000');
    await f('claim-0-description').fill('支付拖欠的四个月工资36000元');
    await f('facts').fill('申请人在被申请人处从事钢筋工工作，被申请人拖欠工资，经催要至今未付。');
    await f('evidence-add').click();
    await f('evidence-0-description').fill('工资欠条');
    await f('evidence-0-source').fill('被申请人项目负责人出具');
  }

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('a clerk signs in, registers a wage-arrears matter and sees arbitration accept it on the timeline', async () => {
    const [context, page] = await newPage(browser, DESKTOP);
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(page, 'signin-submit').waitFor();
    await screenshot(page, '01-staff-sign-in');
    await signIn(page, 'clerk.zengdu');
    await page.goto(`${platform.gatewayUrl}/staff/intake`);
    await fillWageArrears(page, 'intake');
    await byId(page, 'intake-evaluate').click();
    const dryRun = byId(page, 'dry-run');
    await dryRun.waitFor();
    await expect(byId(page, 'dry-run-referral').first().getAttribute('data-target')).resolves.toBe('ARBITRATION');
    await screenshot(page, '02-intake-form-with-routing-dry-run');
    await submitAndAwait(page, 'intake-save', () =>
      page.waitForURL(/\/staff\/matters\/421303-\d{4}-\d{6}$/, { timeout: SUBMISSION_MS }),
    );
    const matterNumber = (await byId(page, 'matter-number').textContent())!.trim();
    // The masked numbers only, until someone with the post asks for the whole ones.
    await expect(byId(page, 'applicant-identity-number').textContent()).resolves.toContain('4213**************');
    await eventually(
      async () => {
        await byId(page, 'detail-refresh').click();
        return (await byId(page, 'matter-stage').getAttribute('data-stage')) === 'ACCEPTED' || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 1_000, what: `${matterNumber} accepted by arbitration on the timeline` },
    );
    const events = await byId(page, 'timeline-entry').evaluateAll((entries) =>
      entries.map((entry) => entry.getAttribute('data-event-type')),
    );
    expect(events).toEqual(
      expect.arrayContaining([
        expect.stringContaining('MatterRegistered'),
        expect.stringContaining('ApplicationAccepted'),
      ]),
    );
    await screenshot(page, '03-matter-detail-timeline-accepted');
    await context.close();
  });

  it('a worker applies online on a phone and tracks the matter with the code sent to the phone', async () => {
    const [context, page] = await newPage(browser, PHONE);
    await page.goto(`${platform.gatewayUrl}/`);
    await byId(page, 'landing-apply').waitFor();
    await screenshot(page, '04-public-landing-phone');
    await byId(page, 'landing-apply').click();
    await fillWageArrears(page, 'apply');
    await screenshot(page, '05-public-apply-phone');
    await submitAndAwait(page, 'apply-submit', () => byId(page, 'apply-receipt').waitFor({ timeout: SUBMISSION_MS }));
    const matterNumber = (await byId(page, 'apply-receipt-number').textContent())!.trim();
    expect(matterNumber).toMatch(/^421303-\d{4}-\d{6}$/);
    await expect(byId(page, 'apply-receipt-phone').textContent()).resolves.toContain('138****5678');
    await screenshot(page, '06-public-receipt-phone');
    await byId(page, 'apply-track').click();
    await byId(page, 'track-request-code').click();
    await byId(page, 'track-code-sent').waitFor();
    const code = await eventually(async () => platform.lastTrackingCode(matterNumber), { what: 'the SMS' });
    await byId(page, 'track-code').fill(code);
    await byId(page, 'track-verify').click();
    await expect(byId(page, 'public-matter-number').textContent()).resolves.toContain(matterNumber);
    await byId(page, 'timeline-entry').first().waitFor();
    // Nothing on the page is wider than the phone.
    // (A string, evaluated in the page: this file is type-checked for Node, not the DOM.)
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '07-public-tracking-phone');
    await context.close();
  });

  it('a clerk of one county cannot open another county’s matter', async () => {
    const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
      content: wageArrearsApplication({ countyCode: '421303' }),
      requestId: randomUUID(),
    });
    const [context, page] = await newPage(browser, DESKTOP);
    await signIn(page, 'clerk.suixian');
    await page.goto(`${platform.gatewayUrl}/staff/matters/${matter!.matterNumber}`);
    const banner = byId(page, 'error-banner').or(byId(page, 'forbidden'));
    await banner.first().waitFor();
    await expect(byId(page, 'matter-number').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain('张建国');
    await screenshot(page, '08-other-county-matter-refused');
    await page.goto(`${platform.gatewayUrl}/staff/matters`);
    await byId(page, 'matters-table').waitFor();
    await expect(page.locator(`[data-matter-number="${matter!.matterNumber}"]`).count()).resolves.toBe(0);
    await context.close();
  });

  it('a person holding three posts sees three queues', async () => {
    // Work in two of them: a small claim agreed to mediation first, and a severance application
    // that arbitration receives but does not accept the same day.
    const intakeClient = platform.client('intake');
    const mediation = wageArrearsApplication({
      consentToMediationFirst: true,
      claims: [
        { category: common.ClaimCategory.CLAIM_CATEGORY_WAGES, amountFen: 1_500_000, description: '工资15000元' },
      ],
    });
    for (const content of [mediation, severanceApplication({ countyCode: '421303' })]) {
      await intakeClient.call('registerMatter', { content, requestId: randomUUID() });
    }
    const [context, page] = await newPage(browser, DESKTOP);
    await signIn(page, 'multi.zengdu');
    const posts = await byId(page, 'header-role').evaluateAll((roles) => roles.map((r) => r.getAttribute('data-role')));
    expect(posts.sort()).toEqual(['ARBITRATOR', 'INSPECTOR', 'MEDIATOR']);
    await page.goto(`${platform.gatewayUrl}/staff/queues`);
    await eventually(
      async () => {
        await byId(page, 'queues-refresh').click();
        await byId(page, 'queue-card').first().waitFor();
        return (await byId(page, 'queue-item').count()) >= 2 || undefined;
      },
      { timeoutMs: 30_000, intervalMs: 1_000, what: 'a mediation referral and an application in the queues' },
    );
    const queues = await byId(page, 'queue-card').evaluateAll((cards) =>
      cards.map((card) => `${card.getAttribute('data-queue-role')}:${card.getAttribute('data-queue-id')}`),
    );
    expect(queues.sort()).toEqual([
      'ARBITRATOR:ARBITRATION_ACCEPTANCE_DECISIONS',
      'INSPECTOR:REFERRALS_TO_ACKNOWLEDGE',
      'MEDIATOR:REFERRALS_TO_ACKNOWLEDGE',
    ]);
    await screenshot(page, '09-three-posts-three-queues');
    await context.close();
  });

  it('the supervisor dashboard and the audit log render for their posts', async () => {
    const [context, page] = await newPage(browser, DESKTOP);
    await signIn(page, 'supervisor.zengdu');
    await page.goto(`${platform.gatewayUrl}/staff/dashboard`);
    await byId(page, 'dashboard-total').waitFor();
    await expect(byId(page, 'dashboard-total').textContent()).resolves.toMatch(/[1-9]/);
    await screenshot(page, '10-supervisor-dashboard');
    await context.close();
    const [auditContext, auditPage] = await newPage(browser, DESKTOP);
    await signIn(auditPage, 'auditor.zengdu');
    await auditPage.goto(`${platform.gatewayUrl}/staff/audit`);
    await byId(auditPage, 'audit-row').first().waitFor();
    await screenshot(auditPage, '11-audit-log');
    await auditContext.close();
  });
});
