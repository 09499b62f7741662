// Issue 9.3 (browser half): the users page of an org with 100,000 users
// renders one page of rows, never the whole directory; how long the first
// page and a search take to show, read from the Performance API's clock.
import { test, expect } from '@playwright/test';
import { record } from './figures';
import { median, signIn } from './signed-in';

const SEARCHES = ['kowalski', 'maria', 'ols', 'hansen', 'vera'];

test('the users page of an org with 100,000 users', async ({ page }) => {
  const org = process.env.BENCH_ORG;
  expect(org, 'BENCH_ORG names the org with the users').toBeTruthy();
  await signIn(page);
  await page.addInitScript(() => {
    const w = window as unknown as { rowsShown: Promise<number> };
    w.rowsShown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('#users-table tbody tr')) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  });
  await page.goto(`/orgs/${org}/users`);
  const shown = await page.evaluate(() => (window as unknown as { rowsShown: Promise<number> }).rowsShown);
  const rows = await page.locator('#users-table tbody tr').count();
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const count = (await page.getByRole('status').filter({ hasText: /\d/ }).first().textContent())?.trim() ?? '';

  const times: number[] = [];
  const search = page.getByRole('search').getByRole('searchbox');
  for (const word of SEARCHES) {
    // Resolves once the first row is another one, a match for the word.
    await page.evaluate((w) => {
      const win = window as unknown as { searched: Promise<number> };
      const firstRow = () => document.querySelector('#users-table tbody tr')?.textContent ?? '';
      const before = firstRow();
      win.searched = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const first = firstRow();
          if (first !== before && first.toLowerCase().includes(w)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    }, word);
    const started = await page.evaluate(() => performance.now());
    await search.fill(word);
    const done = await page.evaluate(() => (window as unknown as { searched: Promise<number> }).searched);
    times.push(done - started);
  }
  record(
    'scale',
    'users page in the browser (Chromium, release server, SQLite)',
    `${rows} rows in the table (${count}); ${elements} elements on the page; first page shown ` +
    `${Math.round(shown)} ms after navigation (app cached); a search shown in median ` +
    `${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms (${SEARCHES.join(', ')})`,
    'only the visible rows rendered (one page of 50)',
    rows <= 50,
  );
});
