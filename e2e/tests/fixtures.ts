// Shared helpers: demo accounts, sign-in, console-error capture, axe scans
// and review screenshots.
import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rememberSecret } from './secrets';

export const DEMO_PASSWORD = 'Switchboard-demo-2026';
export const PARTNER = 'partner@northwind.example';
export const READ_ONLY = 'readonly@northwind.example';
export const CUSTOMER_ADMIN = 'admin@archerfarms.example';
export const OTHER_PARTNER = 'partner@globex.example';

/** Console errors and uncaught page errors seen during one test. */
type ConsoleLog = { errors: string[]; allow: (pattern: RegExp) => void };

export const test = base.extend<{ consoleLog: ConsoleLog; sessionSecrets: void }>({
  // Issue 8.9: the session ids the browser held, for the check after the run.
  sessionSecrets: [async ({ context }, use) => {
    await use();
    for (const cookie of await context.cookies()) {
      if (cookie.name.includes('session') && cookie.value.length >= 8) {
        rememberSecret('session', cookie.value);
      }
    }
  }, { auto: true }],
  consoleLog: [async ({ page }, use) => {
    const errors: string[] = [];
    const allowed: RegExp[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await use({ errors, allow: (pattern) => allowed.push(pattern) });
    const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
    expect(unexpected, 'console errors').toEqual([]);
  }, { auto: true }],
});
export { expect };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
}

/** WCAG 2.1 AA scan of the page as it is now: any violation fails. */
export async function expectAccessible(page: Page, context: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** A full-page screenshot kept for review in e2e/artifacts/screenshots. */
export async function snapshot(page: Page, name: string) {
  const dir = path.resolve(__dirname, '../artifacts/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Chooses a UI language with the language picker. */
export async function chooseLanguage(page: Page, code: string) {
  await page.locator('.language-picker select').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
}

/** The visible text is in `code`: the sign-out button is translated. */
export async function expectTranslated(page: Page, signOut: string) {
  await expect(page.getByRole('button', { name: signOut, exact: true })).toBeVisible();
}

/** Fails when a label, button, heading or cell clips or overflows its text. */
export async function expectNoOverflow(page: Page, context: string) {
  const clipped = await page.evaluate(() => {
    const selectors = 'button, label, th, td, h1, h2, a.button, .nav a, .notice, dt, dd, select, option';
    return Array.from(document.querySelectorAll(selectors))
      .filter((el) => {
        const e = el as HTMLElement;
        if (e.offsetParent === null) return false; // not rendered
        return e.scrollWidth > e.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
  });
  expect(clipped, `clipped text on ${context}`).toEqual([]);
}
