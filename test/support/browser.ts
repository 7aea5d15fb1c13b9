/// <reference lib="dom" />
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect } from '@jest/globals';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

const ARTIFACTS = 'var/test-artifacts/web';
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const PHONE = { viewport: { width: 360, height: 740 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta', isMobile: true, hasTouch: true };
export const TABLET = { viewport: { width: 768, height: 1024 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta', hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Asia/Jakarta' };

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A browser context on the app's origin that refuses (and remembers) every request to any other
 * origin: the app must work with nothing from elsewhere.
 */
export async function openContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0]) {
  const context = await browser.newContext({ ...options, baseURL: origin });
  const foreign: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return { context, foreign };
}

/** Runs axe-core on the page and returns its serious and critical violations (rule: nodes). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Injected through the debugging protocol: the app's CSP (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** Saves what the person sees, full page, for a human to look at (var/test-artifacts/web). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/** Whether the page scrolls sideways (it must not on a phone). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/** The buttons whose words are cut off: a label squeezed narrower than its text (a row that does not wrap on a phone). */
export const clippedButtons = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.mantine-Button-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent),
  );

/** Checks a screen as a person would meet it: no sideways scrolling, no button cut off, nothing inaccessible, and a picture for a human. */
export async function look(page: Page, name: string): Promise<void> {
  expect(await scrollsSideways(page)).toBe(false);
  expect(await clippedButtons(page)).toEqual([]);
  expect(await accessibilityProblems(page)).toEqual([]);
  await screenshot(page, name);
}

/** Logs in through the login page, as a person would, and waits for home. */
export async function logIn(page: Page, email: string, password: string, button = 'Masuk'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.locator('input[type="password"]').fill(password);
  const logInButton = page.getByRole('button', { name: button });
  await logInButton.click();
  await page.waitForURL((url) => url.pathname === '/');
  // The address changes before the home screen replaces the form: until then the login page's own
  // links ("Daftar akun") are still there to be clicked by the next step.
  await logInButton.waitFor({ state: 'detached' });
}

export type { Browser, BrowserContext, Page };
