import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addCalendarDays, todayInChina } from '@onewindow/calendar';
import { common, matterContentFromProto } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// 劳动保障监察 and 劳动关系监管 in the browser, on the whole platform with both offices: a wage complaint and a report
// registered at the window reach the inspector (the report's reporter shown as 举报人：保密); the inspector accepts
// the complaint with its violation found (a continuing act, wages in yuan), records the employer heard, issues an
// order to correct (the wages ordered sent in fen) and records it complied with: the case concludes CORRECTED with
// its documents as PDF links. A labor-relations officer opens a dispatch check of the office's own, records 20
// dispatched of 100 (over the 10 % cap) and refers it to inspection.

const PASSWORD = 'Demo-2026!';
const SUBMISSION_MS = 30_000;
const COMPLAINANT = '张建国'; // wageArrearsApplication's applicant
const EMPLOYER = '随州市某机械制造有限公司';

const { MatterKind, RequestedRemedy } = common;
const complaint = (kind: common.MatterKind) =>
  matterContentFromProto(
    wageArrearsApplication({ kind, requestedRemedy: RequestedRemedy.REQUESTED_REMEDY_ORDER_AGAINST_EMPLOYER }),
  );

describe('inspection (劳动保障监察) and labor-relations supervision in a browser', () => {
  const platform = new Platform({ gateway: { webRoot: WEB_ROOT }, inspection: true, laborRelations: true });
  let browser: Browser;
  let inspector: [BrowserContext, Page];
  let complaintMatter: rest.Matter;
  let caseId: string;
  let reportCaseId: string;
  const today = todayInChina(new Date());

  const byId = (page: Page, id: string) => page.getByTestId(id);
  const awaitCase = (page: Page, status: rest.InspectionStatus) =>
    page.locator(`[data-testid="inspection-case"][data-status="${status}"]`).waitFor({ timeout: SUBMISSION_MS });

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

  /** A step of the picker: its radio is hidden inside the button, so the button (its label) is clicked. */
  async function pickStep(page: Page, id: string) {
    await page.locator(`label:has([data-testid="${id}"])`).click();
    await page.locator(`[data-testid="inspection-steps"][data-step="${id.replace('inspection-step-', '')}"]`).waitFor();
  }

  /** An InputNumber: the id is on its <input>, or on the wrapper around it. */
  async function fillNumber(page: Page, id: string, value: number) {
    const element = byId(page, id);
    const input = (await element.evaluate((node) => node.tagName)) === 'INPUT' ? element : element.locator('input');
    await input.fill(String(value));
  }

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    const gateway = new GatewayClient(platform.gatewayUrl);
    const clerk = await gateway.signIn('clerk.zengdu', PASSWORD);
    const register = async (kind: common.MatterKind) => {
      const registered = await gateway.request<rest.Matter>('POST', '/api/matters', {
        token: clerk,
        body: { content: complaint(kind), requestId: randomUUID() },
      });
      expect(registered.status).toBe(201);
      return registered.body;
    };
    complaintMatter = await register(MatterKind.MATTER_KIND_COMPLAINT);
    const reportMatter = await register(MatterKind.MATTER_KIND_REPORT);
    // Routing refers both to inspection, which takes each as a case of its own.
    const token = await gateway.signIn('inspector.zengdu', PASSWORD);
    const caseOf = (matter: rest.Matter) =>
      eventually(
        async () => {
          const found = await gateway.request<rest.InspectionCaseView>(
            'GET',
            `/api/matters/${encodeURIComponent(matter.matterId)}/inspection-case`,
            { token },
          );
          return found.status === 200 ? found.body : undefined;
        },
        { timeoutMs: 45_000, what: `the inspection case of ${matter.matterNumber}` },
      );
    [caseId, reportCaseId] = await Promise.all([
      caseOf(complaintMatter).then((found) => found.caseId),
      caseOf(reportMatter).then((found) => found.caseId),
    ]);
    inspector = await newPage(browser, DESKTOP);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it("the inspector finds the complaint in the queue and the report's reporter sealed in the case list", async () => {
    const [, page] = inspector;
    await signIn(page, 'inspector.zengdu');
    await page.goto(`${platform.gatewayUrl}/staff/queues`);
    const item = page.locator(
      `[data-testid="queue-card"][data-queue-id="INSPECTION_CASES"] [data-testid="queue-item"][data-case-id="${caseId}"]`,
    );
    await item.waitFor();
    await expect(item.getAttribute('data-inspection-status')).resolves.toBe('AWAITING_ACCEPTANCE');
    await expect(item.getByTestId('queue-item-due').textContent()).resolves.toContain('还剩');
    await screenshot(page, '50-inspector-queue');

    await byId(page, 'nav-inspection-cases').click();
    const report = page.locator(`[data-testid="inspection-case-row"][data-case-id="${reportCaseId}"]`);
    await report.waitFor();
    await expect(report.getAttribute('data-source')).resolves.toBe('REPORT');
    await expect(report.getByTestId('inspection-reporter-sealed').textContent()).resolves.toBe('举报人：保密');
    const row = page.locator(`[data-testid="inspection-case-row"][data-case-id="${caseId}"]`);
    await expect(row.getByTestId('inspection-complainant').textContent()).resolves.toContain(COMPLAINANT);
    await expect(row.getByTestId('deadline').getAttribute('data-countdown')).resolves.toBe('left');
    // Nobody's name on the report's row or anywhere in the list but the complainant's own.
    await expect(report.textContent()).resolves.not.toContain(COMPLAINANT);
    await screenshot(page, '51-inspection-cases-reporter-sealed');
  }, 60_000);

  it('accepts the complaint, records the employer heard, orders correction and records it complied with', async () => {
    const [, page] = inspector;
    await page.goto(`${platform.gatewayUrl}/staff/inspection-cases/${encodeURIComponent(caseId)}`);
    await awaitCase(page, 'AWAITING_ACCEPTANCE');
    await expect(byId(page, 'inspection-complainant').textContent()).resolves.toContain(COMPLAINANT);
    await byId(page, 'inspection-acceptance-decision-ACCEPTED').check();
    // The violation as found: wages unpaid for four months and still unpaid (a continuing act, 条例 Art. 20).
    const violation = 'inspection-acceptance-violation-0';
    await pickDate(page, `${violation}-began-on`, addCalendarDays(today, -120));
    await byId(page, `${violation}-continuing`).check();
    await expect(byId(page, `${violation}-ended-on`).count()).resolves.toBe(0);
    await byId(page, `${violation}-description`).fill('拖欠四个月工资');
    await byId(page, `${violation}-amount`).fill('36000.29');
    await byId(page, 'inspection-acceptance-reason').fill('违法行为发生在二年内，用人单位明确，属本局管辖');
    await screenshot(page, '52-inspection-acceptance');
    await byId(page, 'inspection-acceptance-submit').click();
    await submitAndAwait(page, 'inspection-acceptance-confirm', () => awaitCase(page, 'UNDER_INVESTIGATION'));
    await expect(byId(page, 'inspection-case-number').textContent()).resolves.toMatch(/^421303-/);
    await expect(byId(page, 'inspection-violation-owed').getAttribute('data-amount-fen')).resolves.toBe('3600029');
    await expect(
      byId(page, 'inspection-investigation-due').getByTestId('deadline').getAttribute('data-countdown'),
    ).resolves.toBe('left');

    // Before an order the employer is heard (条例 Art. 19): it is the step the case offers first.
    await page.locator('[data-testid="inspection-steps"][data-step="hearing"]').waitFor();
    await expect(byId(page, 'inspection-step-correction').count()).resolves.toBe(0);
    await byId(page, 'inspection-hearing-statement').fill('承认拖欠，称工程款未到位，愿意限期支付');
    await submitAndAwait(page, 'inspection-hearing-submit', () => byId(page, 'inspection-employer-heard').waitFor());

    await page.locator('[data-testid="inspection-steps"][data-step="correction"]').waitFor();
    // A penalty needs both bases (条例 Art. 18(1)): without the penalty's own, the form says so and sends nothing.
    const version = await byId(page, 'inspection-case').getAttribute('data-version');
    await pickStep(page, 'inspection-step-penalty');
    await byId(page, 'inspection-penalty-violation-basis').fill('《中华人民共和国劳动合同法》第三十条');
    await byId(page, 'inspection-penalty-fine').fill('5000');
    await byId(page, 'inspection-penalty-submit').click();
    const refused = byId(page, 'inspection-penalty').locator('.ant-form-item-explain-error');
    await refused.first().waitFor();
    await expect(refused.allTextContents()).resolves.toEqual(['违反的规定和处罚依据均须填写']);
    await expect(byId(page, 'inspection-penalty-confirm').count()).resolves.toBe(0);
    await expect(byId(page, 'inspection-case').getAttribute('data-version')).resolves.toBe(version);
    await pickStep(page, 'inspection-step-correction');
    // The wages the violation found owing start the order, in yuan.
    await expect(byId(page, 'inspection-correction-wages').inputValue()).resolves.toBe('36000.29');
    await byId(page, 'inspection-correction-corrections').fill('支付拖欠的工资\n依法补发延期支付期间的工资');
    await pickDate(page, 'inspection-correction-correct-by', addCalendarDays(today, 10));
    await byId(page, 'inspection-correction-submit').click();
    await submitAndAwait(page, 'inspection-correction-confirm', () => awaitCase(page, 'CORRECTION_ORDERED'));
    const order = byId(page, 'inspection-correction-order');
    await expect(order.getAttribute('data-wages-ordered-fen')).resolves.toBe('3600029');
    await page.locator('.ant-popover:visible').first().waitFor({ state: 'hidden' });
    await screenshot(page, '53-inspection-correction-ordered');

    await byId(page, 'inspection-compliance-yes').check();
    await byId(page, 'inspection-compliance-note').fill('复查：已足额支付，工资支付凭证在卷');
    await submitAndAwait(page, 'inspection-compliance-submit', () => awaitCase(page, 'CONCLUDED'));
    await expect(byId(page, 'inspection-conclusion').getAttribute('data-conclusion')).resolves.toBe('CORRECTED');
    await expect(order.getAttribute('data-check-result')).resolves.toBe('COMPLIED');
    await expect(byId(page, 'inspection-steps').count()).resolves.toBe(0);

    const kinds = await byId(page, 'inspection-document').evaluateAll((links) =>
      links.map((link) => link.getAttribute('data-kind')),
    );
    expect(kinds).toEqual(expect.arrayContaining(['ACCEPTANCE_NOTICE', 'CORRECTION_ORDER']));
    const link = page.locator('[data-testid="inspection-document"][data-kind="CORRECTION_ORDER"]');
    const number = (await link.getAttribute('data-number'))!;
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toContain(number);
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, '54-inspection-concluded');

    // The matter page shows where the inspection stands, and leads back to the case.
    await byId(page, 'inspection-matter-link').click();
    const panel = page.locator('[data-testid="matter-inspection"][data-status="CONCLUDED"]');
    await panel.waitFor({ timeout: SUBMISSION_MS });
    await expect(panel.getAttribute('data-case-id')).resolves.toBe(caseId);
  }, 90_000);

  it('a labor-relations officer opens a dispatch check, finds it over the 10 % cap and refers it to inspection', async () => {
    await inspector[0].close();
    const [context, page] = await newPage(browser, DESKTOP);
    await signIn(page, 'labor-relations.zengdu');
    await byId(page, 'nav-supervision-matters').click();
    await byId(page, 'supervision-open-check-open').click();
    await byId(page, 'supervision-open-check-kind-LABOR_DISPATCH').check();
    await byId(page, 'supervision-open-check-employer-name').fill(EMPLOYER);
    await submitAndAwait(page, 'supervision-open-check-submit', () =>
      page
        .locator('[data-testid="supervision-matter"][data-status="UNDER_REVIEW"][data-kind="LABOR_DISPATCH"]')
        .waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'supervision-employer-name').textContent()).resolves.toBe(EMPLOYER);

    // 20 dispatched of 100 in all: 20 % against the 10 % cap (劳务派遣暂行规定 Art. 4).
    await page.locator('[data-testid="supervision-steps"][data-step="findings"]').waitFor();
    await fillNumber(page, 'supervision-findings-dispatched-workers', 20);
    await fillNumber(page, 'supervision-findings-contract-workers', 80);
    await submitAndAwait(page, 'supervision-findings-form-submit', () => byId(page, 'supervision-findings').waitFor());
    expect(Number(await byId(page, 'supervision-findings').getAttribute('data-breaches'))).toBeGreaterThan(0);
    await expect(byId(page, 'supervision-findings').textContent()).resolves.toContain('20.0 %');
    await screenshot(page, '55-supervision-dispatch-findings');

    await page.locator('[data-testid="supervision-steps"][data-step="conclusion"]').waitFor();
    await byId(page, 'supervision-conclusion-REFERRED_TO_INSPECTION').check();
    await byId(page, 'supervision-conclusion-reason').fill('劳务派遣用工比例超过10%，移送劳动保障监察');
    await byId(page, 'supervision-conclusion-submit').click();
    await submitAndAwait(page, 'supervision-conclusion-confirm', () =>
      page.locator('[data-testid="supervision-matter"][data-status="CONCLUDED"]').waitFor({ timeout: SUBMISSION_MS }),
    );
    await expect(byId(page, 'supervision-conclusion-result').getAttribute('data-conclusion')).resolves.toBe(
      'REFERRED_TO_INSPECTION',
    );
    await expect(
      page.locator('[data-testid="supervision-document"][data-kind="INSPECTION_REFERRAL"]').count(),
    ).resolves.toBe(1);
    await page.locator('.ant-popover:visible').first().waitFor({ state: 'hidden' });
    await screenshot(page, '56-supervision-referred-to-inspection');
    await context.close();
  }, 60_000);
});
