// Issue 6 (partner-managed SIP devices) in the browser: the approved device
// catalog (PMD-2) and the Device Management entitlement (PMD-3) set by the
// partner; then workspaces (PMD-6 … PMD-8) added with the three-step wizard,
// their SIP credentials shown once (PMD-1, PMD-9), and the device limits of
// their licenses, refused by the page before posting and by the server.
import { Page } from '@playwright/test';
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage, expectNoOverflow, expectTranslated,
  PARTNER, CUSTOMER_ADMIN,
} from './fixtures';

test.describe.configure({ mode: 'serial' });

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });
const SIGN_OUT: Record<string, string> = {
  en: 'Sign out', ru: 'Выйти', nb: 'Logg ut', ro: 'Deconectare', it: 'Esci',
};
const WIZARD_TITLE: Record<string, string> = {
  en: 'Add workspace',
  ru: 'Добавить рабочее пространство',
  ro: 'Adăugați spațiu de lucru',
  it: 'Aggiungi spazio di lavoro',
  nb: 'Legg til arbeidsområde',
};
const TOO_LONG_EN = 'A workspace name has at most 30 characters.';

let macCounter = 0;
/** A fresh locally administered unicast MAC, in the colon layout. */
function nextMac(): string {
  macCounter += 1;
  const hex = (0x100000 + macCounter + Math.floor(Math.random() * 0xeffff)).toString(16).toUpperCase().padStart(6, '0');
  return `02:E2:E0:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

/** Opens a customer's Control Hub from Partner Hub → Customers; its org id. */
async function openCustomer(page: Page, name: string): Promise<string> {
  await page.goto('/partner/customers');
  await page.getByRole('link', { name: `Launch Control Hub for ${name}` }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/overview$/);
  return page.url().split('/')[4];
}

/** The org's Device Management switch, turned to `on` from its overview. */
async function setDeviceManagement(page: Page, orgId: string, on: boolean) {
  await page.goto(`/orgs/${orgId}/overview`);
  const toggle = page.getByRole('switch', { name: 'Device Management integration' });
  await expect(toggle).toBeEnabled();
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect(toggle).toBeChecked({ checked: on });
  await expect(page.locator('#device-management-state')).toHaveText(on ? /^On:/ : /^Off:/);
}

/** Step 1 and 2 of the wizard, filled correctly. */
async function fillWorkspaceAndDevice(page: Page, name: string, mac: string) {
  await page.getByLabel('Workspace name').fill(name);
  await page.getByLabel('Room type').selectOption('meeting_room');
  await page.getByLabel('Capacity').fill('8');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Device' })).toBeVisible();
  await page.getByLabel('Device type').selectOption({ index: 1 });
  await page.getByLabel('MAC address').fill(mac);
  await page.getByRole('checkbox', { name: /I own the SIP credentials/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Calling' })).toBeVisible();
}

/** Step 3 and Save: the first free number of the org's first location. */
async function fillCallingAndSave(page: Page, license: 'Workspace Professional' | 'Common Area') {
  await page.getByRole('radio', { name: new RegExp(`^${license} \\(`) }).check();
  await page.getByLabel('Location').selectOption({ index: 1 });
  const number = page.getByLabel('Phone number');
  await expect(number.locator('option')).not.toHaveCount(1);
  await number.selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#workspace-created')).toBeVisible();
}

/** The credentials panel: its values, checked for shape. */
async function credentialsShown(page: Page) {
  const panel = page.getByRole('region', { name: 'SIP credentials' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('note')).toContainText('This is the last time you can view the password in full');
  const userName = (await panel.locator('#sip-user-name').textContent())!.trim();
  const realm = (await panel.locator('#sip-realm').textContent())!.trim();
  const password = (await panel.locator('#sip-password').textContent())!.trim();
  expect(userName).toMatch(/^pmd[0-9a-z]{12}$/);
  expect(realm).not.toBe('');
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  return { panel, userName, realm, password };
}

/** Creates a workspace through the wizard; its page's URL. */
async function createWorkspace(page: Page, orgId: string, name: string, license: 'Workspace Professional' | 'Common Area') {
  await page.goto(`/orgs/${orgId}/workspaces/new`);
  await fillWorkspaceAndDevice(page, name, nextMac());
  await fillCallingAndSave(page, license);
  await credentialsShown(page);
  await page.getByRole('link', { name: 'Open the workspace' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  return page.url();
}

/** Adds a device on a workspace's page and dismisses its credentials. */
async function addDevice(page: Page) {
  const section = page.getByRole('region', { name: 'Add device' });
  await section.getByLabel('Device type').selectOption({ index: 1 });
  await section.getByLabel('MAC address').fill(nextMac());
  const save = section.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  await section.getByRole('checkbox', { name: /I own the SIP credentials/ }).check();
  await save.click();
  await expect(page.locator('#workspace-device-added')).toBeVisible();
  await credentialsShown(page);
  await page.getByRole('button', { name: 'I have copied the credentials' }).click();
}

let clujId = '';
let bergenId = '';
let workspaceUrl = '';

test('PMD-2: a partner full admin adds and edits approved device types in Partner Hub', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Device types' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Device types');

  // A new type: the fields are checked before anything is sent.
  await page.getByRole('button', { name: 'Add device type' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add device type' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Vendor')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Enter 1 to 60 characters without tabs or line breaks.').first()).toBeVisible();
  await dialog.getByLabel('Vendor').fill('Poly');
  await dialog.getByLabel('Model').fill('VVX 250');
  await dialog.getByLabel('Key (for API clients)').fill('e2e_poly_vvx_250');
  await dialog.getByLabel('Minimum firmware').fill('6.3.0');
  await dialog.getByLabel('Lines').fill('17');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Enter a line count from 1 to 16.')).toBeVisible();
  await dialog.getByLabel('Lines').fill('4');
  await expectAccessible(page, 'device type dialog');
  await snapshot(page, 'pmd-device-type-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const table = page.locator('#device-types-table');
  const row = table.locator('tr[data-key="e2e_poly_vvx_250"]');
  await expect(row).toContainText('VVX 250');
  await expect(row).toContainText('6.3.0');
  await expect(row).toContainText('Desk phone');
  await expect(row).toContainText('Approved');

  // An ATA too, so there is a choice.
  await page.getByRole('button', { name: 'Add device type' }).click();
  await dialog.getByLabel('Vendor').fill('Cisco');
  await dialog.getByLabel('Model').fill('ATA 192');
  await dialog.getByLabel('Key (for API clients)').fill('e2e_cisco_ata_192');
  await dialog.getByLabel('Type', { exact: true }).selectOption('ata');
  await dialog.getByLabel('Minimum firmware').fill('11.2.3');
  await dialog.getByLabel('Lines').fill('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(table.locator('tr[data-key="e2e_cisco_ata_192"]')).toContainText('Analogue adapter (ATA)');

  // Edit: a newer minimum firmware.
  await row.getByRole('button', { name: 'Edit Poly VVX 250' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Poly VVX 250' });
  await expect(edit.getByLabel('Minimum firmware')).toHaveValue('6.3.0');
  await edit.getByLabel('Minimum firmware').fill('6.4.0');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('6.4.0');
  await expectAccessible(page, 'device types');
  await snapshot(page, 'pmd-device-types');

  // Kept on the server.
  await page.reload();
  await expect(page.locator('#device-types-table tr[data-key="e2e_poly_vvx_250"]')).toContainText('6.4.0');
});

test('PMD-2: a customer admin reads the device catalog and cannot edit it', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 403/);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto('/partner/device-types');
  await expect(page.locator('#device-types-read-only')).toHaveText(/Only partner full administrators/);
  await expect(page.locator('#device-types-table tr[data-key="e2e_poly_vvx_250"]')).toContainText('6.4.0');
  await expect(page.getByRole('button', { name: 'Add device type' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expectAccessible(page, 'device types, read only');
  const refused = await page.request.post('/api/save_device_model', {
    headers: origin(page),
    data: {
      input: {
        key: 'e2e_poly_vvx_250', vendor: 'Poly', model: 'VVX 250', device_type: 'phone',
        min_firmware: '1.0', line_count: 4, approved: true,
      },
    },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe('forbidden');
});

test('PMD-3: a customer admin reads the Device Management state in words and cannot change it', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 403/);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  const archerId = page.url().split('/')[4];
  await expect(page.locator('#device-management-state')).toHaveText(/^(On|Off):/);
  await expect(page.getByRole('switch', { name: 'Device Management integration' })).toHaveCount(0);
  await expectAccessible(page, 'overview with Device Management read only');
  const refused = await page.request.post('/api/set_device_management', {
    headers: origin(page),
    data: { input: { org_id: archerId, entitled: true } },
  });
  expect(refused.status()).toBe(403);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Workspaces' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workspaces');
});

test('PMD-3: without Device Management the wizard says so and offers nothing', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  const romaId = await openCustomer(page, 'Roma Servizi S.r.l.');
  await expect(page.locator('#device-management-state')).toHaveText(/^Off:/);
  await page.goto(`/orgs/${romaId}/workspaces`);
  await page.getByRole('link', { name: 'Add workspace' }).click();
  await expect(page.locator('#add-workspace-not-entitled')).toContainText('does not have the Device Management integration');
  await expect(page.getByLabel('Workspace name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
  await expectAccessible(page, 'add workspace without the entitlement');
  await snapshot(page, 'pmd-wizard-not-entitled');
});

test('PMD-3: a partner full admin turns the Device Management integration on and off', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  clujId = await openCustomer(page, 'Cluj Software SRL');
  await setDeviceManagement(page, clujId, false);
  const toggle = page.getByRole('switch', { name: 'Device Management integration' });
  await expect(page.locator('#device-management-state')).toHaveText(/^Off:/);
  await toggle.click();
  await expect(toggle).toBeChecked();
  await expect(page.locator('#device-management-state')).toHaveText(/^On:/);
  await expectAccessible(page, 'overview with the Device Management switch');
  await snapshot(page, 'pmd-overview-switch');
  // Kept on the server.
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Device Management integration' })).toBeChecked();
  await setDeviceManagement(page, clujId, false);
  await page.reload();
  await expect(page.locator('#device-management-state')).toHaveText(/^Off:/);
  await setDeviceManagement(page, clujId, true);

  bergenId = await openCustomer(page, 'Bergen Havn AS');
  await setDeviceManagement(page, bergenId, true);
});

test('PMD-6, PMD-7, PMD-1, PMD-9: the wizard checks the name as typed, needs the disclaimer and shows the credentials once', async ({ page, context, consoleLog }) => {
  consoleLog.allow(/status of 422/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await page.goto(`/orgs/${clujId}/devices`);
  // Devices → Add device → New workspace leads to the wizard.
  await page.getByRole('link', { name: 'Add device' }).click();
  await page.getByRole('radio', { name: 'New workspace' }).check();
  await expect(page.getByLabel('Search users by name or email')).toBeHidden();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${clujId}/workspaces/new$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add workspace');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toContainText('Step 1 of 3');
  await expect(steps.locator('[aria-current="step"]')).toContainText('Workspace');

  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/create_workspace')) posted = true; });
  const name = page.getByLabel('Workspace name');
  // PMD-7: 31 ASCII letters are one too many, said while typing.
  await name.fill('A'.repeat(31));
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#workspace-name-error')).toHaveText(TOO_LONG_EN);
  await expect(page.locator('#workspace-name-error')).toHaveAttribute('data-code', 'workspace_name_too_long');
  await name.fill('Room #1');
  await expect(page.locator('#workspace-name-error')).toHaveText('A workspace name cannot contain % # < > , \\ or ".');
  await page.getByLabel('Room type').selectOption('meeting_room');
  await page.getByLabel('Capacity').fill('8');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(name).toBeFocused();
  await expect(steps).toContainText('Step 1 of 3');
  await expectAccessible(page, 'wizard step 1 with an error');
  await snapshot(page, 'pmd-wizard-name-error');
  await name.fill('');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#workspace-name-error')).toHaveText("Enter the workspace's name.");
  // 30 Cyrillic letters are exactly right: characters, not bytes, count.
  const cyrillic = 'Переговорная'.padEnd(30, 'ж');
  expect([...cyrillic].length).toBe(30);
  await name.fill(cyrillic);
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('#workspace-name-error')).toHaveCount(0);
  expect(posted).toBe(false);

  // The server refuses the same names on its own, with the codes.
  const direct = async (workspaceName: string) => {
    const response = await page.request.post('/api/create_workspace', {
      headers: origin(page),
      data: {
        input: {
          org_id: clujId, name: workspaceName, room_type: 'meeting_room', capacity: '8',
          device: { model: 'e2e_poly_vvx_250', mac: nextMac(), disclaimer_acknowledged: true },
          license: 'professional', location_id: 'none', phone_number: '+40264405009',
        },
      },
    });
    expect(response.status()).toBe(422);
    return (await response.json()).findings.map((f: { field: string, code: string }) => `${f.field}:${f.code}`);
  };
  expect(await direct('B'.repeat(31))).toContain('name:workspace_name_too_long');
  expect(await direct('Room #1')).toContain('name:workspace_name_forbidden_character');
  expect(await direct(cyrillic)).not.toContain('name:workspace_name_too_long');

  // Step 2: the MAC is checked as typed; Next waits for the disclaimer.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(steps).toContainText('Step 2 of 3');
  await expect(page.getByRole('heading', { level: 2, name: 'Device' })).toBeFocused();
  const model = page.getByLabel('Device type');
  await expect(model.locator('option', { hasText: 'Poly VVX 250 (Desk phone, firmware 6.4.0 or later)' })).toHaveCount(1);
  await model.selectOption({ label: 'Poly VVX 250 (Desk phone, firmware 6.4.0 or later)' });
  const mac = page.getByLabel('MAC address');
  await mac.fill('00:1A:2B:3C:4D');
  await expect(page.locator('#device-mac-error')).toHaveText('This is not a valid device MAC address.');
  await expect(mac).toHaveAttribute('aria-invalid', 'true');
  await mac.fill(nextMac());
  await expect(mac).toHaveAttribute('aria-invalid', 'false');
  const next = page.getByRole('button', { name: 'Next' });
  await expect(next).toBeDisabled();
  await expectAccessible(page, 'wizard step 2');
  await snapshot(page, 'pmd-wizard-device');
  await page.getByRole('checkbox', { name: /I own the SIP credentials/ }).check();
  await expect(next).toBeEnabled();
  await next.click();

  // Step 3: Professional (Cluj has no Common Area licenses), the
  // location's free numbers only.
  await expect(steps).toContainText('Step 3 of 3');
  await expect(page.getByRole('radio', { name: /^Common Area \(/ })).toBeDisabled();
  await page.getByRole('radio', { name: /^Workspace Professional \(devices per workspace: up to 5;/ }).check();
  await expect(page.getByLabel('Subscription')).toHaveCount(0);
  const number = page.getByLabel('Phone number');
  await expect(number).toBeDisabled();
  const location = page.getByLabel('Location');
  await expect(location.locator('option').nth(1)).toHaveText(/^Cluj-Napoca \(free numbers: \d+\)$/);
  await location.selectOption({ index: 1 });
  await expect(number).toBeEnabled();
  const offered = await number.locator('option').allTextContents();
  expect(offered.length).toBeGreaterThan(1);
  for (const n of offered.slice(1)) expect(n).toMatch(/^\+40264405\d{3}$/);
  await number.selectOption({ index: 1 });
  const chosenNumber = await number.inputValue();
  await page.getByLabel('Extension (optional)').fill('1');
  await expect(page.locator('#workspace-extension-error')).toBeVisible();
  await page.getByLabel('Extension (optional)').fill('');
  await expectAccessible(page, 'wizard step 3');
  await snapshot(page, 'pmd-wizard-calling');
  await page.getByRole('button', { name: 'Save' }).click();

  // The credentials, once, with copy buttons.
  await expect(page.locator('#workspace-created')).toContainText(`Workspace ${cyrillic} created.`);
  const { panel, password, userName } = await credentialsShown(page);
  await panel.getByRole('button', { name: 'Copy password' }).click();
  await expect(panel.getByRole('status')).toHaveText('Password copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await panel.getByRole('button', { name: 'Copy user name' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(userName);
  expect(posted).toBe(true);
  await expectAccessible(page, 'workspace created with its credentials');
  await snapshot(page, 'pmd-wizard-credentials');

  await page.getByRole('link', { name: 'Open the workspace' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cyrillic);
  workspaceUrl = page.url();
  await expect(page.locator('#workspace-number')).toHaveText(chosenNumber);
  await expect(page.locator('#workspace-device-count')).toHaveText('1 of 5');
  // Never shown again: not on the workspace page, not after a reload.
  await expect(page.getByText(password)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cyrillic);
  await expect(page.getByText(password)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'SIP credentials' })).toHaveCount(0);
  await page.goto(`/orgs/${clujId}/workspaces/new`);
  await expect(page.getByText(password)).toHaveCount(0);

  // The list shows it with its facts.
  await page.goto(`/orgs/${clujId}/workspaces`);
  const row = page.locator('#workspaces-table tbody tr', { hasText: cyrillic });
  await expect(row).toContainText('Meeting room');
  await expect(row).toContainText('Workspace Professional');
  await expect(row).toContainText('Cluj-Napoca');
  await expect(row).toContainText(chosenNumber);
  await expect(row).toContainText('1 of 5');
  await expectAccessible(page, 'workspaces list');
  await snapshot(page, 'pmd-workspaces');
});

test('PMD-8: a Professional workspace holds five devices; the sixth is refused by the page and the server', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 4\d\d/);
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await page.goto(workspaceUrl);
  await expect(page.locator('#workspace-device-count')).toHaveText('1 of 5');
  await addDevice(page);
  await expectAccessible(page, 'workspace page');
  await snapshot(page, 'pmd-workspace');
  for (let i = 3; i <= 5; i++) {
    await addDevice(page);
    await expect(page.locator('#workspace-device-count')).toHaveText(`${i} of 5`);
  }
  await expect(page.locator('#workspace-devices-table tbody tr')).toHaveCount(5);
  // Full: said before anything is posted.
  await expect(page.locator('#workspace-full')).toContainText('This workspace holds no more devices.');
  await expect(page.locator('#workspace-full')).toContainText('Device limit of this license: 5.');
  await expect(page.getByRole('region', { name: 'Add device' }).getByRole('button', { name: 'Add device' })).toBeDisabled();
  await expect(page.getByLabel('MAC address')).toHaveCount(0);
  await expectAccessible(page, 'full workspace');
  await snapshot(page, 'pmd-workspace-full');

  // The devices open on their own pages.
  const first = page.locator('#workspace-devices-table tbody tr').first().getByRole('link');
  await expect(first).toHaveAttribute('href', new RegExp(`/orgs/${clujId}/devices/[0-9a-f-]+$`));

  const workspaceId = workspaceUrl.split('/').pop();
  const sixth = await page.request.post('/api/add_workspace_device', {
    headers: origin(page),
    data: {
      input: {
        org_id: clujId, workspace_id: workspaceId,
        device: { model: 'e2e_poly_vvx_250', mac: nextMac(), disclaimer_acknowledged: true },
      },
    },
  });
  expect(sixth.status()).toBeGreaterThanOrEqual(400);
  expect((await sixth.json()).code).toBe('workspace_device_limit');
});

test('PMD-8: a Common Area workspace holds exactly one device; deleting it asks first', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 4\d\d/);
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  const url = await createWorkspace(page, bergenId, 'Resepsjon', 'Common Area');
  await expect(page.locator('#workspace-device-count')).toHaveText('1 of 1');
  await expect(page.locator('#workspace-full')).toContainText('This workspace holds no more devices.');
  await expect(page.locator('#workspace-full')).toContainText('Device limit of this license: 1.');
  const second = await page.request.post('/api/add_workspace_device', {
    headers: origin(page),
    data: {
      input: {
        org_id: bergenId, workspace_id: url.split('/').pop(),
        device: { model: 'e2e_cisco_ata_192', mac: nextMac(), disclaimer_acknowledged: true },
      },
    },
  });
  expect(second.status()).toBeGreaterThanOrEqual(400);
  expect((await second.json()).code).toBe('workspace_device_limit');

  // Delete: a confirmation first; Cancel keeps it.
  await page.getByRole('button', { name: 'Delete workspace' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this workspace?' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page, 'delete workspace dialog');
  await snapshot(page, 'pmd-workspace-delete');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: 'Delete workspace' }).click();
  await confirm.getByRole('button', { name: 'Delete workspace' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${bergenId}/workspaces\\?deleted=1$`));
  await expect(page.getByRole('status').filter({ hasText: 'The workspace was deleted.' })).toBeVisible();
  await expect(page.locator('#workspaces-table tbody tr', { hasText: 'Resepsjon' })).toHaveCount(0);
});

for (const locale of ['ru', 'ro', 'it', 'nb']) {
  test(`PMD-6: the wizard is translated and fits in ${locale}`, async ({ page, consoleLog }) => {
    await signIn(page, PARTNER);
    await expect(page).toHaveURL(/\/partner\/customers$/);
  await expect(page).toHaveURL(/\/partner\/customers$/);
    await page.goto(`/orgs/${clujId}/workspaces/new`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add workspace');
    await chooseLanguage(page, locale);
    await expectTranslated(page, SIGN_OUT[locale]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(WIZARD_TITLE[locale]);
    await page.locator('#workspace-name').fill('x'.repeat(31));
    const error = page.locator('#workspace-name-error');
    await expect(error).toHaveAttribute('data-code', 'workspace_name_too_long');
    await expect(error).not.toHaveText(TOO_LONG_EN);
    await expect(error).not.toBeEmpty();
    await expectNoOverflow(page, `wizard step 1 (${locale})`);
    await expectAccessible(page, `wizard step 1 (${locale})`);
    await snapshot(page, `pmd-wizard-${locale}`);
    await page.locator('#workspace-name').fill('Sala 2');
    await page.locator('#workspace-room-type').selectOption('office');
    await page.locator('#workspace-capacity').fill('4');
    await page.locator('#add-workspace-next').click();
    await expect(page.locator('#device-disclaimer')).toBeVisible();
    await expectNoOverflow(page, `wizard step 2 (${locale})`);
    await page.locator('#device-model').selectOption({ index: 1 });
    await page.locator('#device-mac').fill(nextMac());
    await page.locator('#device-disclaimer').check();
    await page.locator('#add-workspace-next').click();
    await expect(page.locator('#workspace-location')).toBeVisible();
    await expectNoOverflow(page, `wizard step 3 (${locale})`);
    await expectAccessible(page, `wizard step 3 (${locale})`);
    await snapshot(page, `pmd-wizard-calling-${locale}`);
    await chooseLanguage(page, 'en');
  });
}
