// Issue 9.2: from navigation to the signed-in customers list shown with
// its links (the rows are rendered by the wasm, so their handlers are in
// place), read from the Performance API's clock (0 = navigation start).
// Cold: a new browser context (nothing cached) with the session cookie.
// Warm: the same context loading the page again. Goal: under 300 ms cold.
import { test, expect, Page } from '@playwright/test';
import { record } from './figures';
import { median, signIn } from './signed-in';

const RUNS = 7;
const GOAL_MS = 300;

/** Set before any script of the page runs: resolves with the time the
 *  first customer row's link appears. */
function watchForTheList() {
  const w = window as unknown as { listShown: Promise<number> };
  w.listShown = new Promise((resolve) => {
    const shown = () => document.querySelector('table.data-table tbody tr a') !== null;
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

type Load = {
  shown: number; document: number; wasm: { ms: number; transferred: number; encoded: number; decoded: number };
  api: number; firstPaint: number;
};

async function load(page: Page): Promise<Load> {
  await page.goto('/partner/customers');
  const shown = await page.evaluate(() => (window as unknown as { listShown: Promise<number> }).listShown);
  return page.evaluate((shownAt) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const wasm = resources.find((r) => r.name.includes('switchboard-app') && r.name.endsWith('.wasm'));
    const api = resources.filter((r) => r.name.includes('/api/'));
    const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
    return {
      shown: shownAt,
      document: nav.responseEnd,
      wasm: {
        ms: wasm ? wasm.responseEnd - wasm.startTime : 0,
        transferred: wasm?.transferSize ?? 0,
        encoded: wasm?.encodedBodySize ?? 0,
        decoded: wasm?.decodedBodySize ?? 0,
      },
      api: api.length ? Math.max(...api.map((r) => r.responseEnd)) - Math.min(...api.map((r) => r.startTime)) : 0,
      firstPaint: paint?.startTime ?? 0,
    };
  }, shown);
}

function describe(loads: Load[]): string {
  const shown = loads.map((l) => l.shown);
  const w = loads[loads.length - 1].wasm;
  const encoding = w.transferred === 0 ? 'from the cache'
    : `${(w.encoded / 1024).toFixed(0)} KiB over the wire for ${(w.decoded / 1024).toFixed(0)} KiB`;
  return `median ${Math.round(median(shown))} ms (min ${Math.round(Math.min(...shown))}, max ${Math.round(Math.max(...shown))}, ${loads.length} loads); ` +
    `document ${Math.round(median(loads.map((l) => l.document)))} ms, wasm ${encoding} in ${Math.round(median(loads.map((l) => l.wasm.ms)))} ms, ` +
    `session + list calls ${Math.round(median(loads.map((l) => l.api)))} ms`;
}

test('start-up to the signed-in customers list, cold and warm', async ({ browser }) => {
  // The session cookie, signed in once through the form.
  const signing = await browser.newContext();
  const first = await signing.newPage();
  await signIn(first);
  const state = await signing.storageState();
  await signing.close();

  const cold: Load[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ storageState: state });
    await context.addInitScript(watchForTheList);
    const page = await context.newPage();
    cold.push(await load(page));
    await context.close();
  }
  expect(cold.every((l) => l.wasm.transferred > 0)).toBeTruthy();

  const context = await browser.newContext({ storageState: state });
  await context.addInitScript(watchForTheList);
  const page = await context.newPage();
  await load(page);
  const warm: Load[] = [];
  for (let run = 0; run < RUNS; run++) warm.push(await load(page));
  await context.close();

  const coldMedian = median(cold.map((l) => l.shown));
  record('startup', 'cold: new profile, nothing cached', describe(cold), `under ${GOAL_MS} ms`, coldMedian < GOAL_MS);
  record('startup', 'warm: the same profile again', describe(warm), `under ${GOAL_MS} ms`, median(warm.map((l) => l.shown)) < GOAL_MS);
});
