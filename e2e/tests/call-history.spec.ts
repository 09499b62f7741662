// GO-16: the detailed call history report. The test plays the calling
// platform: it posts call records through the ingest API with its own
// machine credential (idempotent by record id), including calls on Blake
// Morgan's Webex Go line, which the report shows as Mobile_Network. Then the
// admin filters by date range, user and sub-client type, pages, and exports
// the same filters as CSV.
import { APIRequestContext, Page } from '@playwright/test';
import * as fs from 'node:fs';
import { test, expect, signIn, expectAccessible, snapshot, CUSTOMER_ADMIN } from './fixtures';
import { callRecordsTokenFile, carrierTokenFile } from './server-paths';

test.describe.configure({ mode: 'serial' });

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });
const callsToken = () => fs.readFileSync(callRecordsTokenFile, 'utf8').trim();

type CallRecord = Record<string, string | number | undefined>;

async function ingest(request: APIRequestContext, orgId: string, records: CallRecord[], token = callsToken()) {
  return request.post('/api/v1/callRecords', {
    headers: { Authorization: `Bearer ${token}` },
    data: { orgId, records },
  });
}

/** Calls a server function as the signed-in admin. */
async function serverFn(page: Page, name: string, data: unknown) {
  const response = await page.request.post(`/api/${name}`, { headers: origin(page), data });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

let orgId = '';

test('GO-16: the platform ingests call records once each; only its own credential is accepted', async ({ page, request }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/overview$/);
  orgId = page.url().split('/')[4];

  const devices = await serverFn(page, 'list_devices', { query: { org_id: orgId, search: 'Blake' } });
  const line = devices.devices.find((d: { owner?: { email: string } }) => d.owner?.email === 'blake.morgan@archerfarms.example');
  expect(line, 'the demo gives Blake Morgan a Webex Go line').toBeTruthy();
  const users = await serverFn(page, 'list_users', { query: { org_id: orgId, search: 'Avery Archer' } });
  const avery = users.users[0].id as string;

  const onLine = (id: string, startTime: string, extra: CallRecord = {}): CallRecord => ({
    id, startTime, durationSeconds: 312, direction: 'ORIGINATING',
    callingNumber: '+12314569001', calledNumber: '+16165550142', deviceId: line.id, ...extra,
  });
  const records: CallRecord[] = [
    // A far end that sends a formula as its number: the export neutralises it.
    onLine('e2e-go-1', '2025-05-12T15:04:00Z', { calledNumber: '=1+1' }),
    onLine('e2e-go-2', '2025-05-11T09:30:00Z', { direction: 'TERMINATING', callingNumber: '+13125550187', calledNumber: '+12314569001' }),
    // The platform says Desktop, but the call was on the Webex Go line.
    onLine('e2e-go-3', '2025-05-10T18:00:00+02:00', { subClientType: 'Desktop' }),
    { id: 'e2e-desk-1', startTime: '2025-05-12T10:00:00Z', durationSeconds: 61, direction: 'TERMINATING', callingNumber: '+16165550100', calledNumber: '1001', userId: avery, subClientType: 'Desk_Phone' },
    { id: 'e2e-desk-2', startTime: '2025-05-11T11:00:00Z', durationSeconds: 3725, direction: 'ORIGINATING', callingNumber: '1001', calledNumber: '+16165550101', userId: avery, subClientType: 'desktop' },
    { id: 'e2e-old', startTime: '2025-04-01T11:00:00Z', durationSeconds: 5, direction: 'ORIGINATING', userId: avery },
  ];
  // A page and a half of Webex Go calls on one day, for paging.
  for (let i = 0; i < 55; i++) {
    const minute = String(i).padStart(2, '0');
    records.push(onLine(`e2e-page-${minute}`, `2025-05-20T10:${minute}:00Z`));
  }
  const first = await ingest(request, orgId, records);
  expect(first.status(), await first.text()).toBe(200);
  const result = await first.json();
  expect(result.accepted).toBe(records.length);
  expect(result.results[0].subClientType).toBe('Mobile_Network');
  expect(result.results[2].subClientType).toBe('Mobile_Network');
  expect(result.results[4].subClientType).toBe('Desktop');

  // Sent again (a retry): nothing changes.
  const again = await (await ingest(request, orgId, records)).json();
  expect(again.accepted).toBe(0);
  expect(again.duplicates).toBe(records.length);
  expect(again.results[0].recordId).toBe(result.results[0].recordId);

  // A refused record is explained and does not stop the others.
  const mixed = await (await ingest(request, orgId, [
    { id: 'e2e-bad', startTime: 'yesterday', durationSeconds: -1, direction: 'SIDEWAYS' },
  ])).json();
  expect(mixed.results[0].status).toBe('refused');
  expect(mixed.results[0].findings.map((f: { code: string }) => f.code)).toEqual([
    'call_start_invalid', 'call_duration_invalid', 'call_direction_invalid',
  ]);

  // The carrier's credential opens only the carrier API.
  const carrier = fs.readFileSync(carrierTokenFile, 'utf8').trim();
  const refused = await ingest(request, orgId, records.slice(0, 1), carrier);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).code).toBe('unauthenticated');
});

test('GO-16: the admin filters the call history by dates, user and Mobile_Network, pages and exports CSV', async ({ page }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Call history' }).click();
  await expect(page).toHaveURL(`/orgs/${orgId}/reports/calls`);
  await expect(page.getByRole('heading', { level: 1, name: 'Detailed call history' })).toBeVisible();
  const count = page.locator('p.count[role=status]');
  const rows = page.locator('#calls-table tbody tr');

  // The last seven days by default: the demo's calls, Webex Go ones among them.
  await expect(count).toContainText('Calls:');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('#calls-table tbody tr[data-sub-client=Mobile_Network]').first()).toBeVisible();
  await expectAccessible(page, 'call history, the last seven days');
  await snapshot(page, 'call-history');

  // A range of three days.
  await page.getByLabel('From', { exact: true }).fill('2025-05-10');
  await page.getByLabel('To', { exact: true }).fill('2025-05-12');
  await expect(count).toHaveText('Calls: 5 · page 1');
  await expect(rows.first().locator('th')).toHaveText('2025-05-12 15:04:00');

  // Webex Go calls only: Mobile_Network, whatever the platform said.
  await page.getByLabel('Sub-client type').selectOption('Mobile_Network');
  await expect(count).toHaveText('Calls: 3 · page 1');
  await expect(page.locator('#calls-table tbody tr[data-sub-client=Mobile_Network]')).toHaveCount(3);
  const newest = rows.first();
  await expect(newest.getByRole('link', { name: 'Blake Morgan' })).toBeVisible();
  await expect(newest.locator('td').nth(1)).toHaveText('Outgoing');
  await expect(newest.locator('td').nth(4)).toHaveText('5:12');
  await expect(newest.locator('td').nth(5)).toHaveText('Mobile_Network');
  // 18:00 at +02:00 is 16:00 UTC.
  await expect(rows.last().locator('th')).toHaveText('2025-05-10 16:00:00');
  await expectAccessible(page, 'call history, Mobile_Network');
  await snapshot(page, 'call-history-mobile-network');

  // The export carries the same filters and neutralises formula cells.
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  await expect(exportLink).toHaveAttribute('href', /from=2025-05-10&to=2025-05-12&subClientType=Mobile_Network$/);
  const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
  expect(download.suggestedFilename()).toBe('call-history.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('Start Time (UTC),User,User Email,Direction,Calling Number,Called Number,Duration (s),Sub Client Type,Device ID,Call Record ID');
  expect(lines).toHaveLength(4);
  expect(lines[1]).toMatch(/^2025-05-12T15:04:00Z,Blake Morgan,blake\.morgan@archerfarms\.example,ORIGINATING,'\+12314569001,'=1\+1,312,Mobile_Network,[0-9a-f-]+,e2e-go-1$/);

  // A user, by name: Avery's two calls (all sub-client types).
  await page.getByLabel('Sub-client type').selectOption('');
  await page.getByLabel('User', { exact: true }).fill('avery');
  await expect(count).toHaveText('Calls: 2 · page 1');
  await expect(rows.nth(0).locator('td').nth(5)).toHaveText('Desk_Phone');
  await expect(rows.nth(1).locator('td').nth(5)).toHaveText('Desktop');
  await expect(rows.nth(1).locator('td').nth(4)).toHaveText('1:02:05');
  await page.getByLabel('User', { exact: true }).fill('');

  // Pages of 50, newest first.
  await page.getByLabel('From', { exact: true }).fill('2025-05-20');
  await page.getByLabel('To', { exact: true }).fill('2025-05-20');
  await expect(count).toHaveText('Calls: 55 · page 1');
  await expect(rows).toHaveCount(50);
  await expect(rows.first().locator('th')).toHaveText('2025-05-20 10:54:00');
  const pager = page.getByRole('navigation', { name: 'Pages of calls' });
  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(count).toHaveText('Calls: 55 · page 2');
  await expect(rows).toHaveCount(5);
  await expect(rows.last().locator('th')).toHaveText('2025-05-20 10:00:00');
  await pager.getByRole('button', { name: 'Previous page' }).click();
  await expect(count).toHaveText('Calls: 55 · page 1');

  // A range the report refuses is explained, not sent.
  await page.getByLabel('From', { exact: true }).fill('2025-05-21');
  await expect(page.getByRole('alert')).toHaveText(/the second one not before the first/);
  await page.getByLabel('From', { exact: true }).fill('2025-04-01');
  await expect(page.getByRole('alert')).toHaveText(/at most 31 days/);
  await expectAccessible(page, 'call history, refused range');
  await snapshot(page, 'call-history-refused-range');
  await page.getByLabel('From', { exact: true }).fill('2025-05-01');
  await expect(count).toHaveText('Calls: 60 · page 1');
});
