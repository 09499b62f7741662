// Issue 3 (directory): the users list (search, filters, keyset pages),
// manual add of users (PH-2) with inline validation, change of package
// (PH-8), and a read-only partner admin who can change nothing (T-2).
import { Page } from '@playwright/test';
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage, expectNoOverflow,
  PARTNER, READ_ONLY,
} from './fixtures';

/** Signs in as `who` and opens Archer Farms' users from Partner Hub. */
async function openArcherUsers(page: Page, who = PARTNER) {
  await signIn(page, who);
  await page.getByRole('link', { name: 'Launch Control Hub for Archer Farms' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archer Farms');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users');
  return page.url().split('/')[4];
}

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });

test('the users list searches, filters and pages through 127 users', async ({ page, consoleLog }) => {
  await openArcherUsers(page);
  const table = page.locator('#users-table');
  await expect(page.getByRole('status').filter({ hasText: 'users in this organization' })).toHaveText('127 users in this organization · page 1');
  await expect(table.locator('tbody tr')).toHaveCount(50);
  const firstPageFirst = await table.locator('tbody tr').first().getByRole('rowheader').textContent();
  await expectAccessible(page, 'users (en)');
  await snapshot(page, 'users-en');

  // Keyset pages: 50 + 50 + 27, then back.
  const pages = page.getByRole('navigation', { name: 'Pages of users' });
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('page 2')).toBeVisible();
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).not.toHaveText(firstPageFirst!);
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(27);
  await expect(pages.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Previous page' }).click();
  await pages.getByRole('button', { name: 'Previous page' }).click();
  await expect(table.locator('tbody tr').first().getByRole('rowheader')).toHaveText(firstPageFirst!);
  await expect(pages.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  // Search by a word of the name, then by an email prefix.
  const search = page.getByLabel('Search by name or email');
  await search.fill('kowal');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.getByRole('rowheader')).toHaveText('Gray Kowalski');
  await search.fill('devon.pat');
  await expect(table.getByRole('rowheader', { name: 'Devon Patel' })).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await search.fill('');

  // Filters: package and location; sort by email, descending.
  await page.getByLabel('Package').selectOption({ label: 'Webex Suite' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('Location').selectOption({ label: 'Toronto Office' });
  // Wait for the new page of rows before reading it.
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.getByRole('rowheader')).toHaveText('Emery Tremblay');
  await page.getByLabel('Package').selectOption({ label: 'All' });
  await page.getByLabel('Location').selectOption({ label: 'All' });
  await page.getByLabel('Sort by').selectOption({ label: 'Email (Z to A)' });
  await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText(/^morgan\.jensen119@/);
});

test('PH-2: three users are added at once; an invalid email is caught before submit', async ({ page, consoleLog }) => {
  const orgId = await openArcherUsers(page);
  await page.getByRole('link', { name: 'Add users' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add users manually');
  const stamp = Date.now();

  const row = (n: number) => page.locator('fieldset.user-row').nth(n);
  await row(0).getByLabel('Email address').fill(`lena.${stamp}@archerfarms.example`);
  await row(0).getByLabel('First name').fill('Lena');
  await row(0).getByLabel('Last name').fill('Ortiz');
  await row(0).getByLabel('Package').selectOption({ label: 'Webex Meetings' });
  await page.getByRole('button', { name: 'Add another user' }).click();
  await page.getByRole('button', { name: 'Add another user' }).click();

  // Row 2: an invalid email shows its error as soon as the field is left.
  const badEmail = row(1).getByLabel('Email address');
  await badEmail.fill('milo.at.archerfarms');
  await row(1).getByLabel('First name').fill('Milo');
  await expect(badEmail).toHaveAttribute('aria-invalid', 'true');
  await expect(row(1).getByText('This is not a valid email address.')).toBeVisible();
  await row(1).getByLabel('Package').selectOption({ label: 'Webex Meetings' });

  // Row 3: a calling package asks for calling data.
  await row(2).getByLabel('Email address').fill(`nia.${stamp}@archerfarms.example`);
  await row(2).getByLabel('First name').fill('Nia');
  await row(2).getByLabel('Package').selectOption({ label: 'Webex Calling' });
  await expect(row(2).getByLabel('Location')).toBeVisible();
  await row(2).getByLabel('Location').selectOption({ label: 'Grand Rapids HQ (US)' });
  await row(2).getByLabel('Extension').fill('1500');
  await row(2).getByLabel('Phone number').fill('231-456-9020');
  await expectAccessible(page, 'add users with an error (en)');
  await snapshot(page, 'add-users-error-en');

  // Submitting with the error sends nothing and says what to fix.
  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/add_users')) posted = true; });
  await page.getByRole('button', { name: 'Add 3 users' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Fix 1 problem before saving/);
  await expect(badEmail).toBeFocused();
  expect(posted).toBe(false);

  // The server refuses the same bad row on its own (T-4).
  const direct = await page.request.post('/api/add_users', {
    data: { input: { org_id: orgId, users: [{ email: 'milo.at.archerfarms', package: 'webex_meetings' }] } },
    headers: origin(page),
  });
  expect(direct.status()).toBe(422);
  const refusal = await direct.json();
  expect(refusal.code).toBe('email_invalid');
  expect(refusal.findings).toEqual([{ row: 0, field: 'email', code: 'email_invalid' }]);

  await badEmail.fill(`milo.${stamp}@archerfarms.example`);
  await expect(badEmail).toHaveAttribute('aria-invalid', 'false');
  await page.getByRole('button', { name: 'Add 3 users' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/users\\?added=3$`));
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText(/3 users added/);
  await page.getByLabel('Search by name or email').fill(`${stamp}`);
  await expect(page.locator('#users-table tbody tr')).toHaveCount(3);
  await expect(page.getByRole('row', { name: /Nia/ }).getByRole('cell', { name: '+12314569020' })).toBeVisible();
});

test('PH-2: a 26th row is refused in the browser and by the server', async ({ page, consoleLog }) => {
  const orgId = await openArcherUsers(page);
  await page.getByRole('link', { name: 'Add users' }).click();
  const addRow = page.getByRole('button', { name: 'Add another user' });
  for (let i = 1; i < 25; i++) await addRow.click();
  await expect(page.locator('fieldset.user-row')).toHaveCount(25);
  await expect(addRow).toBeDisabled();
  await expect(page.getByText('25 of 25 users')).toBeVisible();

  const users = Array.from({ length: 26 }, (_, i) => ({ email: `bulk${i}@archerfarms.example`, package: 'webex_meetings' }));
  const direct = await page.request.post('/api/add_users', {
    data: { input: { org_id: orgId, users } },
    headers: origin(page),
  });
  expect(direct.status()).toBe(422);
  expect((await direct.json()).code).toBe('too_many_users');
});

test('PH-8: a change to Webex Calling needs calling data in the same step', async ({ page, consoleLog }) => {
  const orgId = await openArcherUsers(page);
  await page.getByLabel('Search by name or email').fill('kowalski');
  await page.getByRole('link', { name: 'Gray Kowalski' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gray Kowalski');
  await expect(page.locator('#user-package-name')).toHaveText('Webex Meetings');
  await expectAccessible(page, 'user (en)');
  await snapshot(page, 'user-en');
  const userId = page.url().split('/').pop();

  await page.getByRole('button', { name: 'Change package' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change package' });
  await dialog.getByLabel('New package').selectOption({ label: 'Webex Calling' });
  await expect(dialog.getByText('This package needs calling data')).toBeVisible();
  await dialog.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(dialog.getByText('This package needs a location.')).toBeVisible();
  await expect(dialog.getByText('This package needs an extension or a phone number.')).toBeVisible();
  await expect(dialog.getByLabel('Location')).toBeFocused();
  await expectAccessible(page, 'change package refused (en)');
  await snapshot(page, 'change-package-refused-en');

  // The server refuses it too.
  const direct = await page.request.post('/api/change_package', {
    data: { input: { org_id: orgId, user_id: userId, package: 'webex_calling' } },
    headers: origin(page),
  });
  expect(direct.status()).toBe(422);
  expect((await direct.json()).findings.map((f: { code: string }) => f.code))
    .toEqual(['location_missing', 'extension_or_number_missing']);

  await dialog.getByLabel('Location').selectOption({ label: 'Grand Rapids HQ (US)' });
  await dialog.getByLabel('Extension').fill('1777');
  await dialog.getByLabel('Phone number').fill('(231) 456-9030');
  await dialog.getByRole('button', { name: 'Change', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Package changed' })).toContainText('Package changed to Webex Calling.');
  await expect(page.locator('#user-package-name')).toHaveText('Webex Calling');
  await expect(page.getByText('+12314569030')).toBeVisible();
  await expect(page.getByText('Webex Calling Professional')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change package' })).toBeFocused();
});

test('T-2: a read-only partner admin sees the directory and can change nothing', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 403/);
  const orgId = await openArcherUsers(page, READ_ONLY);
  await expect(page.getByRole('note')).toContainText('read-only');
  await expect(page.getByRole('button', { name: 'Add users' })).toBeDisabled();
  await page.getByRole('link', { name: 'Avery Archer' }).click();
  await expect(page.getByRole('button', { name: 'Change package' })).toBeDisabled();
  await expectAccessible(page, 'user (read-only)');

  await page.goto(`/orgs/${orgId}/users/new`);
  await expect(page.getByRole('button', { name: /^Add 1 user/ })).toBeDisabled();
  const direct = await page.request.post('/api/add_users', {
    data: { input: { org_id: orgId, users: [{ email: 'sneaky@archerfarms.example', package: 'webex_meetings' }] } },
    headers: origin(page),
  });
  expect(direct.status()).toBe(403);
  expect((await direct.json()).code).toBe('forbidden');
});

test('the directory pages in Norwegian', async ({ page, consoleLog }) => {
  await openArcherUsers(page);
  await chooseLanguage(page, 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brukere');
  await expectAccessible(page, 'users (nb)');
  await expectNoOverflow(page, 'users (nb)');
  await snapshot(page, 'users-nb');
  await page.getByRole('link', { name: /Devon Patel/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devon Patel');
  await expectNoOverflow(page, 'user (nb)');
  await snapshot(page, 'user-nb');
  await page.goBack();
  await page.locator('a.button.primary').click();
  await page.locator('fieldset.user-row').first().locator('select').selectOption('webex_calling');
  await expectAccessible(page, 'add users (nb)');
  await expectNoOverflow(page, 'add users (nb)');
  await snapshot(page, 'add-users-nb');
  await chooseLanguage(page, 'en');
});

test('locations: a location is added with its address and numbers, checked before they are sent', async ({ page, consoleLog }) => {
  await openArcherUsers(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Locations');
  const table = page.locator('#locations-table');
  await expect(table.getByRole('rowheader', { name: 'Toronto Office' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Grand Rapids HQ/ })).toContainText('US');

  // Each run starts from a fresh demo database, so fixed names are unique.
  await page.getByRole('button', { name: 'Add location' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add location' });
  await dialog.getByLabel('Name').fill('Lansing');
  await dialog.getByLabel('Street address').fill('1 Capitol Ave');
  await dialog.getByRole('button', { name: 'Add location' }).click();
  await expect(dialog.getByText('Enter the city.')).toBeVisible();
  await expect(dialog.getByLabel('City')).toBeFocused();
  await dialog.getByLabel('City').fill('Lansing');
  await dialog.getByRole('button', { name: 'Add location' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('rowheader', { name: 'Lansing' })).toBeVisible();

  await page.getByRole('button', { name: 'Add numbers' }).click();
  const numbers = page.getByRole('dialog', { name: 'Add numbers' });
  await numbers.getByLabel('Location').selectOption({ label: 'Lansing' });
  await numbers.getByLabel('Phone numbers, one per line').fill('517-373-0100\n12');
  await numbers.getByRole('button', { name: 'Add numbers' }).click();
  await expect(numbers.getByText(/^Line 2: /)).toBeVisible();
  await numbers.getByLabel('Phone numbers, one per line').fill('517-373-0100');
  await expectAccessible(page, 'add numbers (en)');
  await numbers.getByRole('button', { name: 'Add numbers' }).click();
  await expect(numbers).toBeHidden();
  await expect(page.locator('#numbers-table').getByRole('rowheader', { name: '+15173730100' })).toBeVisible();
  await expectAccessible(page, 'locations (en)');
  await snapshot(page, 'locations-en');
});

test('locations: a location is edited with the same checks, and only an unused one is deleted', async ({ page, consoleLog }) => {
  await openArcherUsers(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Locations' }).click();
  const table = page.locator('#locations-table');
  await page.getByRole('button', { name: 'Add location' }).click();
  const add = page.getByRole('dialog', { name: 'Add location' });
  await add.getByLabel('Name').fill('Kalamazoo');
  await add.getByLabel('Street address').fill('241 W South St');
  await add.getByLabel('City').fill('Kalamazoo');
  await add.getByRole('button', { name: 'Add location' }).click();
  await expect(add).toBeHidden();

  // Edit: the form starts from the location; a cleared city is caught.
  await table.getByRole('button', { name: 'Edit Kalamazoo' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit location' });
  await expect(edit.getByLabel('Street address')).toHaveValue('241 W South St');
  await edit.getByLabel('Name').fill('Kalamazoo Depot');
  await edit.getByLabel('City').fill('');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByText('Enter the city.')).toBeVisible();
  await expect(edit.getByLabel('City')).toBeFocused();
  await edit.getByLabel('City').fill('Portage');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: /Kalamazoo Depot/ })).toContainText('Portage');

  // A location with users is not offered for deletion; an unused one is.
  await table.getByRole('button', { name: 'Delete Toronto Office' }).click();
  const inUse = page.getByRole('dialog', { name: 'Delete Toronto Office?' });
  await expect(inUse.getByRole('alert')).toContainText('still');
  await expect(inUse.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await inUse.getByRole('button', { name: 'Cancel' }).click();
  await table.getByRole('button', { name: 'Delete Kalamazoo Depot' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Kalamazoo Depot?' });
  await expectAccessible(page, 'delete location (en)');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(table.getByRole('rowheader', { name: 'Kalamazoo Depot' })).toHaveCount(0);
  await expect(table.getByRole('rowheader', { name: 'Toronto Office' })).toBeVisible();
});
