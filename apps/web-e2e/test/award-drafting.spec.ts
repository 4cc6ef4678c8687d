import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { addPeriod, todayInChina } from '@onewindow/calendar';
import { common, type intake } from '@onewindow/contracts';
import type * as rest from '@onewindow/gateway-api';
import { eventually, GatewayClient, Platform, wageArrearsApplication } from '@onewindow/testing';
import { DESKTOP, launchChromium, newPage, screenshot, submitAndAwait, WEB_ROOT } from './browser';

// 起草裁决书 in the browser, on the whole platform. A wage claim above Zengdu's final-award threshold (12 × 2,130
// yuan = 25,560 yuan) and a severance claim below it are accepted; the copy is served, the tribunal composed and
// the hearing held through the REST API (the services' clock moved on to the hearing's morning). Then, as the
// arbitrator in the browser: the case from the queue; a second hearing in the same room while the first still runs
// is refused naming it; the award drafted claim by claim — a decision above the claim refused beside its field,
// then each claim's finality computed (the wage claim non-final, the severance final: a MIXED award, two 裁决书);
// the award made, the case AWARDED with both 裁决书 to download; the room's week on the hearing calendar.

const PASSWORD = 'Demo-2026!';
const SUBMISSION_MS = 30_000;
const WAGES_FEN = 3_000_000; // 30,000 yuan: above 2,556,000 fen
const SEVERANCE_FEN = 1_200_000; // 12,000 yuan: below it
const ROOM = { roomId: 'room-1', place: '第一仲裁庭' };

describe('award drafting (起草裁决书) in a browser: per-claim finality, a MIXED award, two 裁决书', () => {
  const platform = new Platform({ gateway: { webRoot: WEB_ROOT }, movableClock: true });
  let browser: Browser;
  let page: Page;
  let caseId: string;
  let matterNumber: string;
  let hearingId: string;
  let hearingDay: string;

  const byId = (id: string) => page.getByTestId(id);
  const awaitCaseStatus = (status: string) =>
    page
      .locator(`[data-testid="arbitration-case-screen"][data-status="${status}"]`)
      .waitFor({ timeout: SUBMISSION_MS });
  const choose = async (selectId: string, value: string) => {
    await byId(selectId).click();
    await byId(`${selectId}-option-${value}`).click();
  };
  /** A field's error beside it, in the award draft's row. */
  const rowError = (row: number) =>
    page.locator(`[data-testid="award-draft-row-${row}"] .ant-form-item-explain-error`).first();

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    const gateway = new GatewayClient(platform.gatewayUrl);
    const { matter } = await platform.client('intake').call<intake.RegisterMatterResponse>('registerMatter', {
      content: wageArrearsApplication({
        claims: [
          {
            category: common.ClaimCategory.CLAIM_CATEGORY_WAGES,
            amountFen: WAGES_FEN,
            description: '支付拖欠工资30000元',
          },
          {
            category: common.ClaimCategory.CLAIM_CATEGORY_SEVERANCE,
            amountFen: SEVERANCE_FEN,
            description: '支付解除劳动合同经济补偿12000元',
          },
        ],
      }),
      requestId: randomUUID(),
    });
    matterNumber = matter!.matterNumber;
    const arbitrator = await gateway.signIn('arbitrator.zengdu', PASSWORD);
    const call = async <T = rest.ArbitrationCase>(path: string, body?: object) => {
      const answer = await gateway.request<T>(body ? 'POST' : 'GET', path, { token: arbitrator, body });
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    const found = await eventually(
      async () => {
        const answer = await gateway.request<rest.MatterDetail>('GET', `/api/matters/${matterNumber}`, {
          token: arbitrator,
        });
        const status = answer.body.arbitrationCase?.status;
        return status === 'ACCEPTED' || status === 'AWAITING_ACCEPTANCE_DECISION'
          ? answer.body.arbitrationCase
          : undefined;
      },
      { timeoutMs: 45_000, what: `the arbitration case of ${matterNumber}` },
    );
    caseId = found.caseId;
    const path = `/api/cases/${encodeURIComponent(caseId)}`;
    // Wage arrears are accepted the day they arrive (当日受理); otherwise the arbitrator accepts it here.
    if (found.status !== 'ACCEPTED') {
      await call(`/api/arbitration-cases/${encodeURIComponent(caseId)}/acceptance-decision`, { decision: 'ACCEPT' });
    }
    const today = todayInChina(new Date());
    await call(`${path}/application-copy-service`, {
      method: 'POST',
      trackingNumber: 'EMS1234567890CN',
      receivedOn: today,
    } satisfies rest.RecordApplicationCopyServiceRequest);
    await call(`${path}/tribunal`, {
      form: 'THREE_ARBITRATORS',
      arbitrators: [
        { arbitratorId: 'arbitrator.zengdu', name: '陈仲裁', role: 'PRESIDING' },
        { arbitratorId: 'arbitrator-2.zengdu', name: '郑仲裁', role: 'MEMBER' },
        { arbitratorId: 'arbitrator-3.zengdu', name: '吴仲裁', role: 'MEMBER' },
      ],
      composedOn: today,
      notifiedOn: today,
    } satisfies rest.ComposeTribunalRequest);
    // The first day five working days' notice served today allows (Art. 35), 09:00 to 11:00 in room 1.
    hearingDay = addPeriod(today, { amount: 5, unit: 'WORKING_DAYS' }).due;
    const startsAt = `${hearingDay}T09:00:00+08:00`;
    const scheduled = await call(`${path}/hearings`, {
      startsAt,
      endsAt: `${hearingDay}T11:00:00+08:00`,
      ...ROOM,
      noticeServedOn: today,
    } satisfies rest.ScheduleHearingRequest);
    hearingId = scheduled.hearings![0]!.hearingId;
    // The services' clock to 10:00 on the hearing's day: the hearing has begun and is recorded (Art. 40).
    platform.moveClockTo(new Date(Date.parse(startsAt) + 60 * 60_000));
    const held = await call(`${path}/hearings/${encodeURIComponent(hearingId)}/record`, {
      recordText: '双方当事人到庭。申请人陈述拖欠工资及解除劳动合同的事实，被申请人承认欠薪。调解不成。',
    } satisfies rest.RecordHearingRequest);
    expect(held.hearings![0]!.status).toBe('HELD');
    [, page] = await newPage(browser, DESKTOP);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  }, 60_000);

  it('the arbitrator opens the case from the queue; a clashing hearing in the same room is refused naming the other', async () => {
    await page.goto(`${platform.gatewayUrl}/staff/sign-in`);
    await byId('signin-username').fill('arbitrator.zengdu');
    await byId('signin-password').fill(PASSWORD);
    await byId('signin-submit').click();
    await byId('header-user-name').waitFor();
    await expect(byId('nav-hearing-calendar').count()).resolves.toBe(1);
    await byId('nav-queues').click();
    const item = page.locator(`[data-testid="proceedings-item"][data-case-id="${caseId}"]`);
    await item.waitFor({ timeout: SUBMISSION_MS });
    await expect(item.getAttribute('data-next-step')).resolves.toBe('AWARD');
    await expect(item.getByTestId('proceedings-item-award-due').textContent()).resolves.toContain('还剩');
    await screenshot(page, '40-arbitration-proceedings-queue');

    await item.getByTestId('proceedings-item-open').click();
    await page.waitForURL(/\/staff\/arbitration-cases\//);
    await awaitCaseStatus('ACCEPTED');
    await expect(byId('arbitration-case-screen').getAttribute('data-next-step')).resolves.toBe('AWARD');
    await expect(byId('arbitration-applicant').textContent()).resolves.toBe('张建国');
    await expect(page.locator('[data-testid="arbitration-seat"]').count()).resolves.toBe(3);
    await expect(
      page.locator(`[data-testid="arbitration-hearing"][data-hearing-id="${hearingId}"]`).getAttribute('data-status'),
    ).resolves.toBe('HELD');
    await byId('award-draft').waitFor();
    await screenshot(page, '41-arbitration-case-screen');

    // 10:30 on the hearing's day in room 1, which the first hearing holds until 11:00: refused, naming it. (Enter
    // takes the typed minute; the form is not sent before its room is chosen.) Another hearing is not the step in
    // hand: its form is folded away until opened.
    await expect(byId('arbitration-hearing-schedule').count()).resolves.toBe(0);
    await byId('arbitration-hearing-schedule-open').click();
    await byId('arbitration-hearing-schedule-starts-at').click();
    await byId('arbitration-hearing-schedule-starts-at').fill(`${hearingDay} 10:30`);
    await byId('arbitration-hearing-schedule-starts-at').press('Enter');
    await choose('arbitration-hearing-schedule-room', ROOM.roomId);
    await byId('arbitration-hearing-schedule-submit').click();
    const form = byId('arbitration-hearing-schedule');
    await form.getByTestId('error-banner').waitFor({ timeout: SUBMISSION_MS });
    await expect(form.getByTestId('error-banner').getAttribute('data-status')).resolves.toBe('409');
    await expect(form.textContent()).resolves.toContain(hearingId);
    await expect(page.locator('[data-testid="arbitration-hearing"]').count()).resolves.toBe(1);
    await screenshot(page, '42-hearing-clash-refused');
    // Nothing was booked: read again, the case still has its one hearing and waits for the award.
    await page.reload();
    await awaitCaseStatus('ACCEPTED');
    await expect(page.locator('[data-testid="arbitration-hearing"]').count()).resolves.toBe(1);
    await byId('award-draft').waitFor();
  }, 60_000);

  it('drafts the award: above the claim refused beside its field, then the claims classified, a MIXED award', async () => {
    // The wage claim granted in full (its amount filled in), the severance partly granted — first above the claim.
    await choose('award-draft-row-0-outcome', 'GRANTED');
    await expect(byId('award-draft-row-0-amount').inputValue()).resolves.toBe('30000.00');
    await byId('award-draft-row-0-reasons').fill('被申请人拖欠申请人工资的事实清楚，证据充分，予以支持。');
    await choose('award-draft-row-1-outcome', 'PARTLY_GRANTED');
    await byId('award-draft-row-1-amount').fill('15000');
    await byId('award-draft-row-1-reasons').fill('按申请人在被申请人处的工作年限计算经济补偿。');
    await rowError(1).waitFor({ timeout: SUBMISSION_MS });
    await expect(rowError(1).textContent()).resolves.toContain('12000.00');
    await expect(byId('award-draft-preview').getAttribute('data-state')).resolves.toBe('refused');
    await expect(rowError(0).count()).resolves.toBe(0);
    await screenshot(page, '43-award-draft-above-the-claim-refused');

    await byId('award-draft-row-1-amount').fill('10000');
    await page
      .locator('[data-testid="award-draft-preview"][data-state="shown"][data-kind="MIXED"]')
      .waitFor({ timeout: SUBMISSION_MS });
    await expect(rowError(1).count()).resolves.toBe(0);
    // 30,000 yuan of wages is above 25,560 yuan: not final; the 10,000 yuan of severance is within: final (Art. 47).
    await expect(byId('award-draft-row-0-finality').getAttribute('data-final')).resolves.toBe('false');
    await expect(byId('award-draft-row-1-finality').getAttribute('data-final')).resolves.toBe('true');
    await expect(byId('award-draft-row-1-finality').textContent()).resolves.toContain('25560.00');
    await expect(byId('award-draft-threshold').getAttribute('data-threshold-fen')).resolves.toBe('2556000');
    await expect(byId('award-draft-total').getAttribute('data-total-fen')).resolves.toBe(String(WAGES_FEN + 1_000_000));
    const documents = await byId('award-draft-document').evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-finality'), item.getAttribute('data-claims')]),
    );
    expect(documents).toEqual([
      ['FINAL', '1'],
      ['NON_FINAL', '0'],
    ]);
    await screenshot(page, '44-award-draft-mixed');
  }, 60_000);

  it('makes the award: the case is AWARDED with its two 裁决书, which download; the room’s week shows the hearing', async () => {
    await byId('award-draft-submit').click();
    await submitAndAwait(page, 'award-draft-confirm', () => awaitCaseStatus('AWARDED'));
    const award = page.locator('[data-testid="arbitration-award"][data-kind="MIXED"][data-scope="WHOLE"]');
    await award.waitFor({ timeout: SUBMISSION_MS });
    await expect(byId('award-draft').count()).resolves.toBe(0);
    const links = page.locator('[data-testid="arbitration-award-0-document-download"]');
    await expect(links.count()).resolves.toBe(2);
    const numbers = await links.evaluateAll((items) => items.map((item) => item.getAttribute('data-number')));
    numbers.forEach((number) => expect(number).toMatch(/^421303-\S+-\d{4}-\d{6}$/));
    expect(new Set(numbers).size).toBe(2);
    // Both are among the case's documents too, once the list is read again.
    await eventually(
      async () => (await page.locator('[data-testid="case-document"][data-kind="award"]').count()) === 2 || undefined,
      { timeoutMs: SUBMISSION_MS, intervalMs: 500, what: 'the two 裁决书 among the case documents' },
    );
    await page.locator('.ant-popover:visible').first().waitFor({ state: 'hidden' });
    await screenshot(page, '45-award-made-two-documents');

    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    expect(download.suggestedFilename()).toContain(numbers[0]!);
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The hearing's week in its room, from the case screen; the hearing leads back to the case.
    await page
      .locator(`[data-testid="arbitration-hearing"][data-hearing-id="${hearingId}"] a[href*="hearing-calendar"]`)
      .click();
    await page.waitForURL(/\/staff\/hearing-calendar/);
    const entry = page.locator(
      `[data-testid="calendar-day"][data-date="${hearingDay}"] [data-testid="calendar-hearing"]`,
    );
    await entry.waitFor({ timeout: SUBMISSION_MS });
    await expect(entry.getAttribute('data-case-id')).resolves.toBe(caseId);
    await expect(entry.textContent()).resolves.toContain('09:00–11:00');
    await screenshot(page, '46-hearing-calendar-week');
    await entry.click();
    await awaitCaseStatus('AWARDED');
  }, 60_000);
});
