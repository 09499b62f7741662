// Issue 3 (directory): a partner full admin renames catalog entries for its
// own customers; the name is checked in the browser with the same rule the
// server applies, and keys never change.
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage, expectNoOverflow,
  PARTNER, READ_ONLY,
} from './fixtures';

test('a partner renames a package for its customers, then resets it', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Catalog' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalog');
  const packages = page.locator('#catalog-package-table');
  const calling = packages.locator('tr[data-key="webex_calling"]');
  await expect(calling.getByRole('rowheader')).toHaveText('Webex Calling');
  await expect(packages.locator('tr[data-key="webex_suite"]')).toContainText('Meetings');
  await expectAccessible(page, 'catalog (en)');

  // A clash with another package is caught while typing, before any request.
  await calling.getByRole('button', { name: 'Rename Webex Calling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename Webex Calling' });
  const name = dialog.getByLabel('Name');
  await expect(name).toHaveValue('Webex Calling');
  await name.fill('webex suite');
  await expect(dialog.getByText('Another entry already has this name.', { exact: false })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a name.')).toBeVisible();
  await name.fill('Northwind Calling');
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(calling.getByRole('rowheader')).toContainText('Northwind Calling');
  await expect(calling.getByRole('rowheader')).toContainText('Default name: Webex Calling');
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to Northwind Calling.' })).toBeAttached();
  await snapshot(page, 'catalog-en');

  // The customer's Control Hub shows the partner's name.
  await nav.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('link', { name: 'Launch Control Hub for Archer Farms' }).click();
  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByLabel('Package').locator('option', { hasText: 'Northwind Calling' })).toBeAttached();

  // Reset: the default name is back for every customer.
  await nav.getByRole('link', { name: 'Catalog' }).click();
  await calling.getByRole('button', { name: 'Reset Northwind Calling to its default name' }).click();
  await expect(calling.getByRole('rowheader')).toHaveText('Webex Calling');
  await expect(calling.getByRole('button', { name: /^Reset/ })).toHaveCount(0);

  // Norwegian: the page is translated and nothing overflows.
  await chooseLanguage(page, 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Katalog');
  await expectNoOverflow(page, 'catalog (nb)');
  await snapshot(page, 'catalog-nb');
  await chooseLanguage(page, 'en');
});

test('T-2: a read-only partner admin sees the catalog and can rename nothing', async ({ page, consoleLog }) => {
  await signIn(page, READ_ONLY);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Catalog' }).click();
  const rename = page.locator('#catalog-license-table').getByRole('button', { name: 'Rename Meetings' });
  await expect(rename).toBeDisabled();
  // The server refuses the same change the disabled button would send.
  const refused = await page.request.post('/api/rename_catalog_entry', {
    headers: { Origin: new URL(page.url()).origin },
    data: { input: { partner_org_id: '', kind: 'license', key: 'meetings', name: 'Mine' } },
  });
  expect(refused.status()).toBe(403);
});
