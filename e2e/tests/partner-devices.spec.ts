// Issue 6 (partner-managed SIP devices), the users' side: Devices → Add
// device → a user → *Cisco phone, ATA, or 3rd party device* (PMD-4) with an
// approved type (PMD-2), a MAC checked as typed and unique everywhere, and
// the disclaimer before Save (PMD-1); the SIP credentials shown once; a
// second user (PMD-5); *Update password* (PMD-9); and an org without the
// Device Management integration offered nothing and refused (PMD-3).
import { Page } from '@playwright/test';
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage, expectNoOverflow,
  PARTNER, CUSTOMER_ADMIN,
} from './fixtures';
import { rememberSecret } from './secrets';

test.describe.configure({ mode: 'serial' });

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });
// A MAC no demo device has, typed the way a label prints it.
const MAC = '00:1b:44:11:3a:b7';
const MAC_STORED = '001B44113AB7';

let orgId = '';
let deviceId = '';
let firstPassword = '';

/** The credentials panel: user name, realm and a password of 20 or more. */
async function credentialsShown(page: Page) {
  const panel = page.getByRole('region', { name: 'SIP credentials' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('note')).toContainText('last time you can view the password in full');
  const password = (await panel.locator('#sip-password').textContent())!.trim();
  rememberSecret('SIP password', password);
  expect(password.length).toBeGreaterThanOrEqual(20);
  await expect(panel.locator('#sip-user-name')).not.toBeEmpty();
  return { panel, password };
}

/** Devices → Add device → the user → the partner-managed choice. */
async function startAdd(page: Page, name: string) {
  await page.goto(`/orgs/${orgId}/devices`);
  await page.getByRole('link', { name: 'Add device' }).click();
  await page.getByLabel('Search users by name or email').fill(name);
  await page.getByRole('radio', { name: new RegExp(name) }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Cisco phone, ATA, or 3rd party device' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add partner-managed device');
}

test('PMD-4, PMD-1, PMD-2: a desk phone for Finley Roy, its MAC checked as typed, saved only after the disclaimer, its credentials shown once', async ({ page, context, consoleLog }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  orgId = page.url().split('/')[4];
  await startAdd(page, 'Finley Roy');
  await expect(page.getByRole('radio', { name: 'Partner Managed Devices' })).toBeChecked();

  // PMD-2: only approved types are offered.
  const model = page.getByLabel('Device type');
  expect(await model.locator('option').count()).toBeGreaterThan(5);
  await model.selectOption({ label: 'Poly VVX 250 (Desk phone, firmware 6.4.3 or later)' });

  // The MAC is read as typed: a typo at once, the normalised form after.
  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/add_partner_device')) posted = true; });
  const mac = page.getByLabel('MAC address');
  await mac.fill('00:1b:44:11:3a');
  await expect(mac).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#device-mac-error')).toHaveAttribute('data-code', 'mac_invalid');
  await mac.fill(MAC);
  await expect(mac).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#device-mac-normalised')).toHaveText('Reads as 00:1B:44:11:3A:B7.');

  // PMD-1: Save waits for the disclaimer.
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  await expectAccessible(page, 'add partner-managed device');
  await snapshot(page, 'pmd-add-user-device');
  expect(posted).toBe(false);
  await page.getByLabel(/responsible for any fraud/).check();
  await save.click();

  await expect(page.getByRole('status').filter({ hasText: 'Device added for Finley Roy.' })).toBeVisible();
  const { panel, password } = await credentialsShown(page);
  firstPassword = password;
  await panel.getByRole('button', { name: 'Copy password' }).click();
  await expect(panel.getByRole('status')).toHaveText('Password copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await expectAccessible(page, 'SIP credentials');
  await snapshot(page, 'pmd-credentials');

  await page.getByRole('link', { name: 'Open the device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poly VVX 250');
  deviceId = page.url().split('/').pop()!;
  await expect(page.locator('#device-mac')).toHaveText('00:1B:44:11:3A:B7');
  await expect(page.locator('#device-disclaimer')).toContainText('admin@archerfarms.example');
  await expect(page.locator('#device-users li')).toHaveText([/Finley Roy/]);
  // Never again: not on the page, not after a reload.
  await expect(page.getByText(password)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poly VVX 250');
  expect(await page.content()).not.toContain(password);

  // The Devices list has it, found by its MAC in another spelling.
  await page.goto(`/orgs/${orgId}/devices`);
  await page.getByLabel(/Search/).first().fill('001b.4411.3ab7');
  await expect(page.locator(`tr[data-device="${deviceId}"]`)).toBeVisible();
});

test('PMD-4: a MAC already in use is refused, in the browser and by the server; so is a save without the disclaimer', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 422/);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await startAdd(page, 'Devon Patel');
  await page.getByLabel('Device type').selectOption({ label: 'Yealink T54W (Desk phone, firmware 96.86.0.100 or later)' });
  await page.getByLabel('MAC address').fill(MAC_STORED.toLowerCase());
  await page.getByLabel(/responsible for any fraud/).check();
  await page.getByRole('button', { name: 'Save' }).click();
  const mac = page.getByLabel('MAC address');
  await expect(mac).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#device-mac-error')).toHaveAttribute('data-code', 'mac_duplicate');
  await expect(page.getByRole('region', { name: 'SIP credentials' })).toHaveCount(0);

  // The server refuses a device without the disclaimer on its own.
  const users = await page.request.post('/api/list_users', {
    headers: origin(page),
    data: { query: { org_id: orgId, search: 'Devon' } },
  });
  const devon = (await users.json()).users[0].id;
  const direct = await page.request.post('/api/add_partner_device', {
    headers: origin(page),
    data: {
      input: {
        org_id: orgId,
        user_ids: [devon],
        device: { model: 'yealink_t54w', mac: '00:1B:44:11:3A:B8', disclaimer_acknowledged: false },
      },
    },
  });
  expect(direct.status()).toBe(422);
  const refusal = await direct.json();
  expect(refusal.findings.map((f: { code: string }) => f.code)).toEqual(['disclaimer_not_acknowledged']);
});

test('PMD-5, PMD-9: the device gets a second user, loses it again, and a new password shown once', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  const users = page.getByRole('region', { name: 'Users' });
  // The last user cannot be removed.
  await expect(users.getByRole('button', { name: 'Remove Finley Roy from this device' })).toBeDisabled();

  await users.getByLabel('Add a user: search by name or email').fill('Devon');
  await users.getByRole('button', { name: 'Add Devon Patel to this device' }).click();
  await expect(users.getByRole('status')).toHaveText('Devon Patel can now use this device.');
  await expect(page.locator('#device-users li')).toHaveText([/Devon Patel|Finley Roy/, /Devon Patel|Finley Roy/]);
  await expectAccessible(page, 'partner device with two users');
  await snapshot(page, 'pmd-device-two-users');
  await page.reload();
  await expect(page.locator('#device-users li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove Devon Patel from this device' }).click();
  await expect(page.locator('#device-users li')).toHaveText([/Finley Roy/]);

  // PMD-9: Update password asks, then shows the new one once.
  await page.getByRole('button', { name: 'Update password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update the SIP password?' });
  await expect(dialog).toContainText('shown once');
  await expectAccessible(page, 'update password dialog');
  await dialog.getByRole('button', { name: 'Update password' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New SIP password generated.' })).toBeVisible();
  const { password } = await credentialsShown(page);
  expect(password).not.toBe(firstPassword);
  await snapshot(page, 'pmd-password-updated');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poly VVX 250');
  expect(await page.content()).not.toContain(password);
});

test('PMD-4 in Norwegian: the add page is translated and nothing is clipped', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await chooseLanguage(page, 'nb');
  const users = await page.request.post('/api/list_users', {
    headers: origin(page),
    data: { query: { org_id: orgId, search: 'Finley' } },
  });
  const finley = (await users.json()).users[0].id;
  await page.goto(`/orgs/${orgId}/devices/new/partner/${finley}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legg til partneradministrert enhet');
  await page.getByLabel('MAC-adresse').fill('zz');
  await expect(page.locator('#device-mac-error')).toHaveAttribute('data-code', 'mac_invalid');
  await expectNoOverflow(page, 'add partner device (nb)');
  await expectAccessible(page, 'add partner device (nb)');
  await snapshot(page, 'pmd-add-user-device-nb');
  await chooseLanguage(page, 'en');
});

test('PMD-3: Contoso has no Device Management integration: nothing is offered and the server refuses', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 4\d\d/);
  await signIn(page, PARTNER);
  await page.getByRole('link', { name: 'Launch Control Hub for Contoso Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Ltd');
  const contosoId = page.url().split('/')[4];
  await page.goto(`/orgs/${contosoId}/devices/new`);
  await page.getByLabel('Search users by name or email').fill('Idris');
  await page.getByRole('radio', { name: /Idris Shah/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: /Step 2/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Cisco phone, ATA, or 3rd party device' })).toHaveCount(0);

  const users = await page.request.post('/api/list_users', {
    headers: origin(page),
    data: { query: { org_id: contosoId, search: 'Idris' } },
  });
  const idris = (await users.json()).users[0].id;
  await page.goto(`/orgs/${contosoId}/devices/new/partner/${idris}`);
  await expect(page.locator('#device-management-off')).toContainText('Device Management integration');
  await expect(page.getByLabel('MAC address')).toHaveCount(0);

  const direct = await page.request.post('/api/add_partner_device', {
    headers: origin(page),
    data: {
      input: {
        org_id: contosoId,
        user_ids: [idris],
        device: { model: 'poly_vvx_250', mac: '00:1B:44:11:3A:C9', disclaimer_acknowledged: true },
      },
    },
  });
  expect(direct.status()).toBeGreaterThanOrEqual(400);
  expect((await direct.json()).code).toBe('device_management_not_entitled');
});
