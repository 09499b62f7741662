// The browser half of `cargo xtask bench` on the server the xtask started
// (release build, 100,000 users in Archer Farms): start-up times and the
// users page at scale. BENCH_BASE_URL names the server; no server of
// Playwright's own.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: ['startup.spec.ts', 'users-page.spec.ts'],
  timeout: 300_000,
  expect: { timeout: 60_000 },
  globalTeardown: undefined,
  webServer: undefined,
  use: { ...base.use, baseURL: process.env.BENCH_BASE_URL },
});
