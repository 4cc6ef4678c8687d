import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const WORKSPACE = resolve(__dirname, '../../..');
/** Built by `npm test` (tools/onewindow.mjs) before jest runs: `vite build --config apps/web/vite.config.mts`. */
export const WEB_ROOT = join(WORKSPACE, 'dist/apps/web');
/** Screenshots of the main screens, kept after the run for people to look at. */
export const SCREENSHOTS = join(WORKSPACE, 'test-output/screenshots');
// Debian's Chromium, installed by the project's setup; never a browser downloaded by a test tool.
const CHROMIUM = process.env['ONEWINDOW_CHROMIUM'] ?? '/usr/bin/chromium';

/** Headless Debian Chromium, with the flags that keep it off the network except for 127.0.0.1. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: npm test installs the Debian package`);
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    throw new Error(`the web app is not built in ${WEB_ROOT}: run npm test`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const DESKTOP = { viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
export const PHONE = {
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  // Finite animations jump to their end and endless ones stop, so a picture never waits on a spinner.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

export async function newPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(20_000);
  return [context, await context.newPage()];
}

/**
 * Clicks a form's submit button and waits for what a successful submission shows. If the page shows a
 * refusal or a field error instead, the test fails with that text (and a screenshot) rather than a bare
 * timeout, so a failure on a loaded CI machine says which of the two happened.
 */
export async function submitAndAwait(page: Page, submitId: string, success: () => Promise<unknown>): Promise<void> {
  await page.getByTestId(submitId).click();
  const refusal = page.locator('[data-testid="error-banner"], .ant-form-item-explain-error').first();
  const shown = success().then(() => 'shown' as const);
  const refused = refusal.waitFor({ state: 'visible' }).then(
    () => 'refused' as const,
    () => 'shown' as const, // no refusal within the timeout: the success wait decides
  );
  if ((await Promise.race([shown, refused])) === 'refused') {
    shown.catch(() => undefined);
    const picture = await screenshot(page, `failed-${submitId}`);
    throw new Error(`${submitId}: the page showed “${(await refusal.innerText()).trim()}” (${picture})`);
  }
  await shown;
}
