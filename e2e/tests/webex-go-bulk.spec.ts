// Issue 5, item 8 (GO-7 … GO-9): Webex Go lines in bulk from a devices CSV.
// The admin downloads the org's template (its last column names a Webex Go
// subscription), fills in 50 rows of which 3 are wrong, and sees the 3
// errors in the browser before anything is uploaded; fixed, the file is
// submitted with "Email activation code" on, runs as a job with a progress
// bar, and every row's result is listed; the lines show on Devices as
// Activation pending, and the users get their codes by email.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible, snapshot, CUSTOMER_ADMIN } from './fixtures';
import { mailDir } from './server-paths';

test.describe.configure({ mode: 'serial' });

const LINES = 50;
/** New numbers of Grand Rapids HQ (US) for the bulk users: +1 231-456-9100 … */
const FIRST_NUMBER = 12314569100;
const FIRST_EXTENSION = 8001;
const stamp = Date.now().toString(36);
const email = (i: number) => `bulk.go${i}.${stamp}@archerfarms.example`;
const extension = (i: number) => String(FIRST_EXTENSION + i);
const number = (i: number) => `+${FIRST_NUMBER + i}`;

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });

/** Calls a server function as the signed-in admin. */
async function serverFn(page: Page, name: string, data: unknown) {
  const response = await page.request.post(`/api/${name}`, { headers: origin(page), data });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

let orgId = '';
let template = '';
/** The subscription whose Webex Go column the rows mark TRUE. */
let subscriptionId = '';

/**
 * 50 Webex Calling users at Grand Rapids HQ, eligible for Webex Go (GO-1):
 * the first half with a number of their own, the second half with only an
 * extension (the file gives them one, GO-3).
 */
async function addBulkUsers(page: Page) {
  const locations = await serverFn(page, 'list_locations', { org_id: orgId });
  const grandRapids = locations.find((l: { name: string }) => l.name === 'Grand Rapids HQ');
  expect(grandRapids, 'the demo has Grand Rapids HQ').toBeTruthy();
  await serverFn(page, 'add_numbers', {
    input: {
      org_id: orgId,
      location_id: grandRapids.id,
      numbers: Array.from({ length: LINES }, (_, i) => number(i)),
    },
  });
  for (const start of [0, 25]) {
    const users = Array.from({ length: 25 }, (_, k) => {
      const i = start + k;
      return {
        email: email(i),
        first_name: 'Bulk',
        last_name: `Go ${String(i).padStart(2, '0')} ${stamp}`,
        package: 'webex_calling',
        calling: {
          location_id: grandRapids.id,
          extension: extension(i),
          phone_number: i < 25 ? number(i) : '',
        },
      };
    });
    await serverFn(page, 'add_users', { input: { org_id: orgId, users } });
  }
}

/** The devices CSV: the template's header, then one row per user. */
function devicesCsv(header: string, rows: string[][]): Buffer {
  return Buffer.from([header, ...rows.map((cells) => cells.join(','))].join('\r\n') + '\r\n', 'utf8');
}

function row(i: number, columns: string[], change: Partial<Record<string, string>> = {}): string[] {
  const cells: Record<string, string> = {
    Username: email(i),
    Type: 'USER',
    Extension: extension(i),
    // The first half keeps its number (repeated here); the second half gets one.
    'Phone Number': number(i),
    'Device Type': 'WEBEX_CALLING',
    Model: 'Webex Go Device',
    'MAC Address': '',
    Location: 'Grand Rapids HQ',
    ...change,
  };
  return columns.map((column) => {
    if (column in cells) return cells[column];
    return column === `Webex Go [Sub. ${subscriptionId}]` ? 'TRUE' : '';
  });
}

async function choose(page: Page, name: string, file: Buffer) {
  await page.locator('#device-import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
}

test('GO-7, GO-8: Devices → Import CSV offers the org template, whose last column names a Webex Go subscription', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/overview$/);
  orgId = page.url().split('/')[4];
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page).toHaveURL(`/orgs/${orgId}/devices/import`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import Webex Go devices from a CSV file');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('webex-go-template.csv');
  template = fs.readFileSync(await download.path(), 'utf8');
  const header = template.split('\r\n')[0];
  const columns = header.split(',');
  // GO-8: the fixed columns in order, then the org's two Webex Go subscriptions.
  expect(columns.slice(0, 8)).toEqual([
    'Username', 'Type', 'Extension', 'Phone Number', 'Device Type', 'Model', 'MAC Address', 'Location',
  ]);
  expect(columns).toHaveLength(10);
  expect(columns[columns.length - 1]).toMatch(
    /^Webex Go \[Sub\. [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\]$/,
  );
  await expectAccessible(page, 'devices import, empty');
  await snapshot(page, 'webex-go-bulk-empty');
});

test('GO-9: 3 bad rows of 50 are found in the browser before any upload; fixed, 50 lines are added with their codes emailed', async ({ page, consoleLog }) => {
  test.setTimeout(120_000);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await addBulkUsers(page);
  // The subscription with the most Webex Go licenses left takes the lines.
  const facts = await page.request.post(`/api/v1/devices/importFacts?orgId=${orgId}`, {
    headers: origin(page),
    data: { usernames: [], numbers: [] },
  });
  expect(facts.status()).toBe(200);
  const subscriptions: { id: string; available: number }[] = (await facts.json()).subscriptions;
  subscriptionId = subscriptions.reduce((a, b) => (b.available > a.available ? b : a)).id;
  const available = subscriptions.find((s) => s.id === subscriptionId)!.available;
  expect(available).toBeGreaterThanOrEqual(LINES);

  const header = template.split('\r\n')[0];
  const columns = header.split(',');
  const good = Array.from({ length: LINES }, (_, i) => row(i, columns));
  const bad = good.map((cells) => [...cells]);
  bad[4] = row(4, columns, { Type: 'DEVICE' }); // row 5: type_invalid
  bad[16] = row(16, columns, { Username: `nobody.${stamp}@archerfarms.example` }); // row 17: username_unknown
  bad[32] = row(32, columns, { Extension: '9999' }); // row 33: extension_mismatch

  await page.goto(`/orgs/${orgId}/devices/import`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import Webex Go devices from a CSV file');
  const submits: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/devices/imports') submits.push(r.url());
  });
  await choose(page, 'webex-go-bad.csv', devicesCsv(header, bad));
  await expect(page.locator('#device-import-status')).toHaveText('Rows: 50. Errors: 3.');
  const findings = page.locator('#device-import-findings tbody tr');
  await expect(findings).toHaveCount(3);
  await expect(findings.nth(0)).toHaveAttribute('data-code', 'type_invalid');
  await expect(findings.nth(0).getByRole('rowheader')).toHaveText('5');
  await expect(findings.nth(1)).toHaveAttribute('data-code', 'username_unknown');
  await expect(findings.nth(1).getByRole('rowheader')).toHaveText('17');
  await expect(findings.nth(2)).toHaveAttribute('data-code', 'extension_mismatch');
  await expect(findings.nth(2).getByRole('rowheader')).toHaveText('33');
  for (let i = 0; i < 3; i++) {
    await expect(findings.nth(i).locator('.badge')).toHaveText('Error');
  }
  await expect(findings.nth(2)).toContainText('Extension');
  await expect(page.locator('#device-import-lines')).toHaveText('47');
  await expect(page.locator('#device-import-blocked')).toContainText('The file has 3 errors');
  await expect(page.locator('#device-import-submit')).toBeDisabled();
  expect(submits, 'nothing uploaded while the file has errors').toEqual([]);
  await expectAccessible(page, 'devices import with errors');
  await snapshot(page, 'webex-go-bulk-errors');

  // Fixed: every row applies.
  await choose(page, 'webex-go.csv', devicesCsv(header, good));
  await expect(page.locator('#device-import-status')).toHaveText('Rows: 50. Errors: 0.');
  await expect(page.locator('#device-import-no-findings')).toBeVisible();
  await expect(page.locator('#device-import-lines')).toHaveText('50');
  await expect(page.locator('#device-import-subscriptions')).toContainText(subscriptionId);
  const toggle = page.getByRole('checkbox', { name: 'Email activation code' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.locator('#device-import-email-hint')).toContainText('Each user gets an email');
  await page.getByRole('button', { name: 'Submit: add 50 Webex Go lines' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/devices/imports/[0-9a-f-]+$`));
  const jobId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webex Go import');
  const progress = page.locator('progress#device-import-progress');
  await expect(progress).toHaveAttribute('max', '50');
  await expect(page.locator('#device-import-progress-text')).toHaveText(/^\d+ of 50 rows done$/);
  await expect(page.locator('#device-import-job-status')).toHaveText('Finished', { timeout: 30_000 });
  await expect(page.locator('#device-import-progress-text')).toHaveText('50 of 50 rows done');
  await expect(progress).toHaveAttribute('value', '50');
  await expect(page.locator('#device-import-applied')).toHaveText('50');
  await expect(page.locator('#device-import-refused')).toHaveText('0');
  const results = page.locator('#device-import-results tbody tr');
  await expect(results).toHaveCount(LINES);
  await expect(page.locator('#device-import-results tbody tr[data-outcome="applied"]')).toHaveCount(LINES);
  await expect(results.nth(0)).toContainText(email(0));
  await expect(results.nth(0)).toContainText('Activation code emailed to the user');
  await expect(results.nth(LINES - 1)).toContainText(email(LINES - 1));
  await expectAccessible(page, 'devices import job');
  await snapshot(page, 'webex-go-bulk-job');

  // A row's device: the line is waiting for activation.
  await results.nth(30).getByRole('link', { name: `Open the device (${email(30)})` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webex Go Device');
  await expect(page.getByText('Activation pending').first()).toBeVisible();

  // GO-5: the users get their codes by email (the dispatcher sends every 2 s).
  await expect
    .poll(() => fs.readdirSync(mailDir)
      .map((f) => fs.readFileSync(path.join(mailDir, f), 'utf8'))
      .filter((m) => m.includes(email(LINES - 1)) && m.includes('Webex Go')).length, { timeout: 20_000 })
    .toBe(1);

  // GO-14: the Devices page lists the 50 lines as Activation pending.
  await page.goto(`/orgs/${orgId}/devices`);
  await page.getByLabel('Search by user, email or model').fill(stamp);
  const devices = page.locator('#devices-table tbody tr');
  await expect(devices).toHaveCount(LINES);
  await expect(devices.filter({ hasText: 'Activation pending' })).toHaveCount(LINES);
  await expect(page.locator('#devices-table')).toContainText(email(25));
  await snapshot(page, 'webex-go-bulk-devices');

  // The later specs read the first page of Devices as the demo left it:
  // the bulk lines are deleted again (GO-13), their licenses back in the pool.
  const rows = await page.request.get(`/api/v1/devices/imports/${jobId}/rows?orgId=${orgId}&limit=200`);
  expect(rows.status()).toBe(200);
  const items: { deviceId: string }[] = (await rows.json()).items;
  expect(items).toHaveLength(LINES);
  for (const item of items) {
    await serverFn(page, 'delete_device', { device: { org_id: orgId, device_id: item.deviceId } });
  }
  const after = await page.request.post(`/api/v1/devices/importFacts?orgId=${orgId}`, {
    headers: origin(page),
    data: { usernames: [], numbers: [] },
  });
  const left: { id: string; available: number }[] = (await after.json()).subscriptions;
  expect(left.find((s) => s.id === subscriptionId)!.available).toBe(available);
  await page.reload();
  await page.getByLabel('Search by user, email or model').fill(stamp);
  await expect(page.getByText('Devices: 0')).toBeVisible();
});
