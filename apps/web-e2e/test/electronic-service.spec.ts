import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { todayInChina } from '@onewindow/calendar';
import type { intake } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, PHONE, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// 电子送达 of the application copy in the browser, on the whole platform (劳动争议调解仲裁法 Art. 30; 民事诉讼法
// Art. 90). A wage-arrears matter is accepted the day it arrives; then the arbitration clerk, on the case screen,
// chooses 电子送达, records the respondent's written agreement and sends the SMS (the screen names the masked mobile
// and the link's expiry, never the code). The respondent opens the SMS link on a phone with no account: a wrong
// code is refused with the tries left and serves nothing, the right one serves the copy and says when the defence
// is due. Back on the clerk's screen the copy is served 电子送达 and the defence's 10 days run.

const PASSWORD = 'Demo-2026!';
const SUBMISSION_MS = 30_000;
// The SMS link's origin: the gateway wants an https one; the test opens the same path on the gateway itself.
const PUBLIC_ORIGIN = 'https://ww.example.gov.cn';
const RESPONDENT_MOBILE = '13912345678';
const MASKED = '139****5678';

describe('electronic service (电子送达) in a browser: consent, SMS, a wrong code refused, the right one serves', () => {
  const platform = new Platform({
    gateway: { webRoot: WEB_ROOT, env: { GATEWAY_PUBLIC_ORIGIN: PUBLIC_ORIGIN } },
  });
  let browser: Browser;
  let clerk: Page;
  let caseId: string;
  let matterNumber: string;
  const today = todayInChina(new Date());

  const byId = (page: Page, id: string) => page.getByTestId(id);
  /** The link's token and the code of the newest 电子送达 SMS for this matter (the development sender's outbox). */
  const lastServiceSms = () => {
    const sms = readFileSync(platform.smsOutbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string; text: string })
      .filter((sent) => sent.text.includes(matterNumber) && sent.text.includes('/public/service/'))
      .at(-1);
    const token = sms?.text.match(/\/public\/service\/(\d{6}-[A-Za-z0-9_-]{32})/)?.[1];
    const code = sms?.text.match(/送达验证码 (\d{6})/)?.[1];
    if (!sms || !token || !code) throw new Error(`no electronic service SMS for ${matterNumber}`);
    return { to: sms.to, text: sms.text, token, code };
  };

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    const gateway = new GatewayClient(platform.gatewayUrl);
    const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
      content: wageArrearsApplication(),
      requestId: randomUUID(),
    });
    matterNumber = matter!.matterNumber;
    const arbitrationClerk = await gateway.signIn('arbitration-clerk.zengdu', PASSWORD);
    // Wage arrears are accepted the day they arrive (当日受理).
    const accepted = await eventually(
      async () => {
        const answer = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, {
          token: arbitrationClerk,
        });
        return answer.body.arbitrationCase?.status === 'ACCEPTED' ? answer.body.arbitrationCase : undefined;
      },
      { timeoutMs: 45_000, what: `the accepted arbitration case of ${matterNumber}` },
    );
    caseId = accepted.caseId;
    [, clerk] = await newPage(browser, DESKTOP);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('the arbitration clerk records the agreement and sends the SMS: the masked mobile and the expiry, no code', async () => {
    await clerk.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId(clerk, 'signin-username').fill('arbitration-clerk.zengdu');
    await byId(clerk, 'signin-password').fill(PASSWORD);
    await byId(clerk, 'signin-submit').click();
    await byId(clerk, 'header-user-name').waitFor();
    await clerk.goto(`${platform.gatewayUrl}/staff/arbitration-cases/${encodeURIComponent(caseId)}`);
    await clerk
      .locator('[data-testid="arbitration-case-screen"][data-status="ACCEPTED"]')
      .waitFor({ timeout: SUBMISSION_MS });
    await expect(byId(clerk, 'arbitration-service-view').getAttribute('data-served-on')).resolves.toBe('');

    // 电子送达 beside post and in person; with no agreement recorded it asks for the 电子送达确认书 first.
    await byId(clerk, 'arbitration-service-method-ELECTRONIC').check();
    await byId(clerk, 'arbitration-electronic-consent').waitFor();
    await expect(byId(clerk, 'arbitration-electronic-service').count()).resolves.toBe(0);
    await byId(clerk, 'arbitration-electronic-consent-mobile').fill(RESPONDENT_MOBILE);
    await submitAndAwait(clerk, 'arbitration-electronic-consent-submit', () =>
      byId(clerk, 'arbitration-electronic-service').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(clerk, 'arbitration-electronic-consent-view').getAttribute('data-mobile')).resolves.toBe(MASKED);
    await expect(byId(clerk, 'arbitration-electronic-service-submit').textContent()).resolves.toContain(
      '发送电子送达短信',
    );

    await submitAndAwait(clerk, 'arbitration-electronic-service-submit', () =>
      byId(clerk, 'arbitration-electronic-service-sent').waitFor({ timeout: SUBMISSION_MS }),
    );
    const sent = byId(clerk, 'arbitration-electronic-service-sent');
    await expect(sent.getAttribute('data-sent-to')).resolves.toBe(MASKED);
    const expiresAt = (await sent.getAttribute('data-expires-at'))!;
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
    await expect(sent.textContent()).resolves.toContain(MASKED);
    // The SMS carries the link and the code; the clerk's screen neither, nor the full mobile.
    const sms = lastServiceSms();
    expect(sms.to).toBe(MASKED);
    expect(sms.text).toContain(`${PUBLIC_ORIGIN}/public/service/${sms.token}`);
    const screen = await clerk.content();
    expect(screen).not.toContain(sms.token);
    expect(screen).not.toContain(RESPONDENT_MOBILE);
    expect(await byId(clerk, 'arbitration-case-screen').innerText()).not.toMatch(new RegExp(`\\b${sms.code}\\b`));
    await expect(byId(clerk, 'arbitration-service-view').getAttribute('data-served-on')).resolves.toBe('');
    await screenshot(clerk, '47-electronic-service-sent');
  }, 90_000);

  it('the respondent opens the link on a phone: a wrong code is refused with the tries left, the right one serves', async () => {
    const { token, code } = lastServiceSms();
    const [, phone] = await newPage(browser, PHONE);
    await phone.goto(`${platform.gatewayUrl}/public/service/${token}`);
    await byId(phone, 'service-look').waitFor({ timeout: SUBMISSION_MS });
    await expect(byId(phone, 'service-matter-number').textContent()).resolves.toBe(matterNumber);
    await expect(byId(phone, 'service-document').count()).resolves.toBeGreaterThan(0);
    await expect(byId(phone, 'service-look').textContent()).resolves.toContain('仲裁');
    // A phone's 375 px do not scroll sideways.
    await expect(
      phone.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).resolves.toBeLessThanOrEqual(0);

    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await byId(phone, 'service-code').fill(wrongCode);
    await byId(phone, 'service-submit').click();
    const refusal = phone.locator('[data-testid="service-refusal"][data-kind="wrong"]');
    await refusal.waitFor({ timeout: SUBMISSION_MS });
    await expect(refusal.getAttribute('data-attempts-left')).resolves.toBe('4');
    await expect(refusal.textContent()).resolves.toContain('还可输入 4 次');
    await expect(byId(phone, 'service-served').count()).resolves.toBe(0);
    await screenshot(phone, '48-electronic-service-code-refused');

    await byId(phone, 'service-code').fill(code);
    await byId(phone, 'service-submit').click();
    const served = byId(phone, 'service-served');
    await served.waitFor({ timeout: SUBMISSION_MS });
    await expect(served.getAttribute('data-served-on')).resolves.toBe(today);
    await expect(served.textContent()).resolves.toContain('送达成功');
    await expect(served.textContent()).resolves.toContain('十日内');
    const defenceDue = (await byId(phone, 'service-defence-due').getAttribute('data-due-on'))!;
    expect(defenceDue > today).toBe(true);
    await screenshot(phone, '49-electronic-service-served');
    await phone.context().close();
  }, 60_000);

  it('the clerk’s case screen shows the copy served 电子送达 and the defence due', async () => {
    await clerk.reload();
    const view = clerk.locator(`[data-testid="arbitration-service-view"][data-served-on="${today}"]`);
    await view.waitFor({ timeout: SUBMISSION_MS });
    await expect(view.getAttribute('data-served-by')).resolves.toBe('ELECTRONIC');
    await expect(byId(clerk, 'arbitration-served-by').textContent()).resolves.toBe('电子送达');
    await expect(view.getByTestId('deadline').getAttribute('data-due-on')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(byId(clerk, 'arbitration-electronic-service').count()).resolves.toBe(0);
    await byId(clerk, 'arbitration-defence').waitFor();
    await expect(byId(clerk, 'arbitration-case-screen').getAttribute('data-next-step')).resolves.toBe(
      'COMPOSE_TRIBUNAL',
    );
  }, 60_000);
});
