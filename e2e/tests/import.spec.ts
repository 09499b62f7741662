// Issue 4 (bulk users by CSV, PH-4 … PH-7): a file with errors is checked
// in the browser before anything is sent, the findings and an error report
// say what to fix, the fixed file is previewed and applied as a background
// job with progress, and an all-FALSE row deletes a user.
import * as fs from 'node:fs';
import { Page } from '@playwright/test';
import { test, expect, signIn, expectAccessible, snapshot, PARTNER } from './fixtures';

const HEADER = [
  'User ID/Email (Required)', 'First Name', 'Last Name', 'Display Name', 'Extension', 'Phone Number',
  'Location', 'Jabber Calling', 'Jabber with Webex Teams', 'Preferred Webex Site', 'Webex Calling',
  'Webex Calling Standard', 'Webex Suite', 'Webex Voice', 'Webex Meetings', 'Basic Messaging',
  'Basic Space Meetings', 'Call on Webex',
];

/** A file as Excel saves it in the nb locale: BOM, `;`, CRLF. */
function excelNb(rows: string[][]): Buffer {
  const lines = [HEADER, ...rows].map((cells) => cells.join(';'));
  return Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');
}

const F = 'FALSE';
const meetingsUser = (email: string, first: string, last: string) =>
  [email, first, last, '', '', '', '', F, F, 'bergenhavn', F, F, F, F, 'TRUE', '', '', ''];
const callingUser = (email: string, extension: string) =>
  [email, 'Øystein', 'Ås', '', extension, '', 'Bergen havnekontor', 'TRUE', F, 'bergenhavn', 'TRUE', F, F, F, F, '', '', ''];
const deleteRow = (email: string) => [email, '', '', '', '', '', '', '', '', '', F, F, F, F, F, '', '', ''];

async function openImport(page: Page, org = 'Bergen Havn AS') {
  await signIn(page, PARTNER);
  await page.getByRole('link', { name: `Launch Control Hub for ${org}` }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import users from a CSV file');
}

async function choose(page: Page, name: string, file: Buffer) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: file });
}

test('a file with errors is checked before upload, fixed from its error report, previewed and applied', async ({ page, consoleLog }) => {
  await openImport(page);
  await expect(page.getByRole('link', { name: 'Download the template' })).toHaveAttribute('href', '/api/v1/imports/users/template');

  const withErrors = excelNb([
    meetingsUser('kari.importsen@bergenhavn.example', 'Kari', 'Importsen'),
    meetingsUser('not-an-email', 'Per', 'Importsen'),
    callingUser('oystein.importsen@bergenhavn.example', '4501'),
    deleteRow('ghost@bergenhavn.example'),
  ]);
  // Nothing is sent before the admin applies: count upload requests.
  const uploads: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/imports/users?')) uploads.push(r.url()); });
  await choose(page, 'bergen.csv', withErrors);
  await expect(page.locator('#import-status')).toHaveText('4 rows checked: 2 errors, 0 warnings.');
  const findings = page.locator('#import-findings tbody tr');
  await expect(findings).toHaveCount(2);
  await expect(findings.nth(0)).toHaveAttribute('data-code', 'email_invalid');
  await expect(findings.nth(0)).toContainText('This is not a valid email address.');
  await expect(findings.nth(1)).toHaveAttribute('data-code', 'user_unknown_for_delete');
  expect(uploads).toEqual([]);

  // Filter by problem, and look at the row as written.
  await page.locator('#import-filter-code').selectOption('user_unknown_for_delete');
  await expect(findings).toHaveCount(1);
  await findings.first().getByRole('button', { name: '4' }).click();
  await expect(page.locator('#import-row-cells')).toContainText('ghost@bergenhavn.example');
  await page.locator('#import-filter-code').selectOption('');
  await expect(page.locator('#import-preview-add')).toHaveText('2');
  await expectAccessible(page, 'import with findings');
  await snapshot(page, 'import-findings-en');

  // The error report: the rows as written plus an Errors column.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#import-error-report').click(),
  ]);
  expect(download.suggestedFilename()).toBe('bergen-errors.csv');
  const report = fs.readFileSync(await download.path(), 'utf8');
  const lines = report.split('\r\n');
  expect(lines[0].endsWith(';Errors')).toBe(true);
  expect(lines[2]).toContain('This is not a valid email address.');

  // Fixed in the spreadsheet (the Errors column may stay) and chosen again.
  const fixed = lines
    .filter((line) => !line.startsWith('ghost@'))
    .join('\r\n')
    .replace('not-an-email', 'per.importsen@bergenhavn.example');
  await choose(page, 'bergen-fixed.csv', Buffer.from(fixed, 'utf8'));
  await expect(page.locator('#import-status')).toHaveText('3 rows checked: 0 errors, 0 warnings.');
  await expect(page.getByText('No problems found.')).toBeVisible();
  await expect(page.locator('#import-preview-add')).toHaveText('3');
  await expect(page.locator('#import-preview-licenses')).toBeVisible();
  await page.locator('#import-all-or-nothing').check();
  await page.locator('#import-apply').click();

  // The job page: progress, then the result of every row.
  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]+$/);
  await expect(page.locator('#import-progress')).toBeAttached();
  await expect(page.locator('#import-job-status')).toHaveText('Finished', { timeout: 15_000 });
  await expect(page.locator('#import-applied')).toHaveText('3');
  await expect(page.locator('#import-results tbody tr[data-outcome="applied"]')).toHaveCount(3);
  await expectAccessible(page, 'import job');
  await snapshot(page, 'import-job-en');
  expect(uploads).toHaveLength(1);

  // The users list has them.
  await page.getByRole('link', { name: 'Back to users' }).click();
  await page.getByRole('searchbox').fill('Importsen');
  await expect(page.locator('#users-table tbody tr')).toHaveCount(3);

  // An all-FALSE row deletes the user.
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await choose(page, 'leavers.csv', excelNb([deleteRow('kari.importsen@bergenhavn.example')]));
  await expect(page.locator('#import-preview-delete')).toHaveText('1');
  await page.locator('#import-apply').click();
  await expect(page.locator('#import-job-status')).toHaveText('Finished', { timeout: 15_000 });
  await expect(page.locator('#import-results tbody tr')).toContainText(['Delete']);
  await page.getByRole('link', { name: 'Back to users' }).click();
  await page.getByRole('searchbox').fill('Importsen');
  await expect(page.locator('#users-table tbody tr')).toHaveCount(2);

  // Undo the delete from its job page: Kari is back, as she was.
  await page.goBack();
  await expect(page.locator('#import-job-status')).toHaveText('Finished');
  await page.locator('#import-undo').click();
  await page.locator('#import-undo-yes').click();
  await expect(page.locator('#import-job-status')).toHaveText('Undone', { timeout: 15_000 });
  await expect(page.locator('#import-undone')).toHaveText('1');
  await expect(page.locator('#import-results tbody tr .undo-outcome')).toHaveText(['Restored']);
  await expect(page.locator('#import-undo')).toHaveCount(0);
  await snapshot(page, 'import-undone-en');
  await page.getByRole('link', { name: 'Back to users' }).click();
  await page.getByRole('searchbox').fill('Importsen');
  await expect(page.locator('#users-table tbody tr')).toHaveCount(3);
});

test('a file that is not UTF-8 is refused with the row to look at', async ({ page, consoleLog }) => {
  await openImport(page);
  const latin1 = Buffer.concat([
    excelNb([meetingsUser('a@bergenhavn.example', 'A', 'B')]).subarray(3),
    Buffer.from('b@bergenhavn.example;Bj\xf8rn', 'latin1'),
  ]);
  await choose(page, 'latin1.csv', latin1);
  const findings = page.locator('#import-findings tbody tr');
  await expect(findings).toHaveCount(1);
  await expect(findings.first()).toHaveAttribute('data-code', 'not_utf8');
  await expect(findings.first().getByRole('rowheader')).toHaveText('2');
  await expect(page.locator('#import-apply')).toHaveCount(0);
});

test('a 20,000-row file is checked in a Web Worker, off the page thread', async ({ page, consoleLog }) => {
  consoleLog.allow(/deprecated parameters for the initialization function/);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openImport(page);
  const rows = Array.from({ length: 20_000 }, (_, i) =>
    meetingsUser(`bulk.${i}@bergenhavn.example`, 'Bulk', `Nr${i}`));
  await choose(page, 'bulk.csv', excelNb(rows));
  await expect(page.locator('#import-status')).toHaveText(/^20000 rows checked: /, { timeout: 30_000 });
  expect(workers.some((url) => url.endsWith('/switchboard-worker_loader.js'))).toBe(true);
  // Bergen Havn has a few Meetings licenses left: the rest run out, found
  // before anything is sent, and only the first 200 findings are listed.
  await expect(page.locator('#import-findings tbody tr')).toHaveCount(200);
  await expect(page.locator('#import-findings tbody tr').first()).toHaveAttribute('data-code', 'license_exhausted');
  await expect(page.locator('#import-preview-add')).toHaveText(/^[1-9]$/);
});

test('an import keeps going through a page reload, and its undo puts the users list back', async ({ page, consoleLog }) => {
  consoleLog.allow(/deprecated parameters for the initialization function/);
  await openImport(page, 'Archer Farms');
  const usersStatus = page.getByRole('status').filter({ hasText: 'users in this organization' });
  const rows = Array.from({ length: 60 }, (_, i) =>
    [`reload.${i}@archerfarms.example`, 'Reload', `Nr${i}`, '', '', '', '', F, F, 'archer', F, F, F, F, 'TRUE', '', '', '']);
  await choose(page, 'reload.csv', excelNb(rows));
  await expect(page.locator('#import-status')).toHaveText('60 rows checked: 0 errors, 0 warnings.');
  await page.locator('#import-apply').click();

  // The server applies 10 rows per batch here (playwright.config.ts):
  // reload once some are done, and the bar carries on from there.
  const progress = page.locator('#import-progress');
  await expect(page.locator('#import-job-status')).toHaveText('Running');
  await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);
  const before = Number(await progress.getAttribute('value'));
  await page.reload();
  await expect(progress).toBeAttached();
  expect(Number(await progress.getAttribute('value'))).toBeGreaterThanOrEqual(before);
  await expect(page.locator('#import-job-status')).toHaveText('Finished', { timeout: 20_000 });
  await expect(page.locator('#import-applied')).toHaveText('60');
  await expect(progress).toHaveAttribute('value', '60');

  await page.getByRole('link', { name: 'Back to users' }).click();
  await expect(usersStatus).toContainText('users in this organization');
  const withImport = await usersStatus.textContent();

  // Undo: the 60 users go again, and the count is what it was.
  await page.goBack();
  await page.locator('#import-undo').click();
  await page.locator('#import-undo-yes').click();
  await expect(page.locator('#import-job-status')).toHaveText('Undone', { timeout: 20_000 });
  await expect(page.locator('#import-undone')).toHaveText('60');
  await page.getByRole('link', { name: 'Back to users' }).click();
  const count = (text: string | null) => Number((text ?? '').match(/^(\d+)/)?.[1]);
  await expect.poll(async () => count(await usersStatus.textContent())).toBe(count(withImport) - 60);
});
