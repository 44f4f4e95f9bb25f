import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const SCREENS_DIR = path.join(repoRoot, 'test-results/screens');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Debian's Chromium, headless, with the flags that keep it quiet and working in containers. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: 60_000,
  });
}

/**
 * One browser context per person (own cookies and storage), with the browser's locale: `id-ID`
 * unless told otherwise. The interface language itself is Indonesian until toggled.
 */
export async function newUserContext(
  browser: Browser,
  baseURL: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'id-ID',
    timezoneId: 'Asia/Makassar',
    viewport: options.viewport ?? DESKTOP,
    // No animations: screenshots show the settled page, not a menu halfway in.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/**
 * Saves a PNG as `test-results/screens/<name>.png` and returns its path: the whole page, or only
 * the viewport (`fullPage: false`, for open dialogs and menus, which cover the viewport only).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true, animations: 'disabled' });
  return file;
}

export const DEMO_PASSWORD = 'alur-demo-2026';

/** Signs in through the form and waits for the home page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await page.locator('main h1').first().waitFor();
}
