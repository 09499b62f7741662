// The browser half of `cargo xtask bench` that needs a server of its own:
// the users-CSV check in the browser, on the e2e suite's server (demo data,
// SWITCHBOARD_BIN: the release binary). Prints and records figures;
// asserts only that each measurement ran.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: 'validate-users.spec.ts',
  timeout: 300_000,
  expect: { timeout: 120_000 },
  // The secrets check belongs to the e2e suite's full run.
  globalTeardown: undefined,
  webServer: {
    ...(base.webServer as object),
    // The bench measures checking, not importing: default batches.
    env: { ...((base.webServer as { env: Record<string, string> }).env), SWITCHBOARD_IMPORT_BATCH_PAUSE_MS: '0', SWITCHBOARD_IMPORT_BATCH_ROWS: '500' },
  },
});
