// The browser half of `cargo xtask bench`: the same server and Chromium as
// the e2e suite, running the measurements under ./bench. Prints figures;
// asserts only that each measurement ran.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './bench',
  timeout: 300_000,
  expect: { timeout: 120_000 },
  webServer: {
    ...(base.webServer as object),
    // The bench measures checking, not importing: default batches.
    env: { ...((base.webServer as { env: Record<string, string> }).env), SWITCHBOARD_IMPORT_BATCH_PAUSE_MS: '0', SWITCHBOARD_IMPORT_BATCH_ROWS: '500' },
  },
});
