// Issue 5 (Webex Go): a mobile line on the user's own phone. The admin adds
// it from Users or Devices (GO-2, GO-3), is shown the QR code and codes once
// (GO-11), and the test plays the carrier's side through the activation API
// (GO-15) to watch the status the portal shows (GO-14). Then the manage
// actions: a new code only while pending (GO-10), Lost/Stolen (GO-12),
// Delete with the license back in the pool (GO-13), and handing the code
// over when email is suppressed (GO-6). Ineligible users are refused (GO-1).
import { APIRequestContext, Locator, Page } from '@playwright/test';
import * as fs from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  test, expect, signIn, expectAccessible, snapshot,
  PARTNER, READ_ONLY, CUSTOMER_ADMIN,
} from './fixtures';
import { carrierTokenFile } from './server-paths';
import { mailTo } from './mail';
import { rememberSecret } from './secrets';

test.describe.configure({ mode: 'serial' });

const CODE = /^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/;
const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });
const carrierToken = () => fs.readFileSync(carrierTokenFile, 'utf8').trim();

/** The carrier redeems a code, as a phone adding the eSIM does (GO-15). */
async function redeem(request: APIRequestContext, code: string) {
  return request.post('/api/v1/carrier/activations', {
    headers: { Authorization: `Bearer ${carrierToken()}` },
    data: { activationCode: code },
  });
}

/** The carrier reports what the user did with the line on the phone. */
async function lineEvent(request: APIRequestContext, lineId: string, event: 'disabled' | 'enabled' | 'removed') {
  const response = await request.post(`/api/v1/carrier/lines/${lineId}/events`, {
    headers: { Authorization: `Bearer ${carrierToken()}` },
    data: { event },
  });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** Reads the QR code from a screenshot of the element that draws it. */
async function decodeQr(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data;
}

/** The activation panel's code and SM-DP+ address, checked for shape. */
async function activationShown(page: Page) {
  const panel = page.getByRole('region', { name: 'Activation details' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('note').first()).toContainText('shown only now');
  const code = (await panel.locator('#activation-code').textContent())!.trim();
  rememberSecret('activation code', code.replace(/[\s-]/g, ''));
  rememberSecret('activation code', code);
  const smdp = (await panel.locator('#activation-smdp').textContent())!.trim();
  expect(code).toMatch(CODE);
  expect(smdp).not.toBe('');
  await expect(panel.locator('#activation-provider')).not.toBeEmpty();
  await expect(panel.getByText('For Apple devices')).toBeVisible();
  await expect(panel.getByText('For Android devices')).toBeVisible();
  await expect(panel.locator('#activation-expires')).toContainText('expires on');
  // GO-11: the QR code is the standard eSIM activation string.
  const qr = panel.getByRole('img', { name: /QR code to activate the Webex Go eSIM/ });
  expect(await decodeQr(qr)).toBe(`LPA:1$${smdp}$${code}`);
  return { panel, code, smdp };
}

/** Opens a user's page from the users list. */
async function openUser(page: Page, orgId: string, name: string) {
  await page.goto(`/orgs/${orgId}/users`);
  await page.getByLabel('Search by name or email').fill(name);
  const table = page.locator('#users-table');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await table.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The Webex Go pool of one subscription on the org overview. */
async function webexGoUsed(page: Page, orgId: string, subscriptionId: string) {
  await page.goto(`/orgs/${orgId}/overview`);
  const row = page.getByRole('region', { name: 'Subscriptions and licenses' })
    .getByRole('row', { name: new RegExp(`Webex Go ${subscriptionId}`) });
  await expect(row).toBeVisible();
  return Number(await row.getByRole('cell').nth(1).textContent());
}

// Shared by the serial tests below: Archer Farms and Avery Archer's line.
let orgId = '';
let subscriptionId = '';
let deviceId = '';
let firstCode = '';

test('GO-2, GO-3, GO-11: Avery Archer gets a Webex Go line from the Users page; the QR code carries the LPA string', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/overview$/);
  orgId = page.url().split('/')[4];

  await openUser(page, orgId, 'Avery Archer');
  const devices = page.getByRole('region', { name: 'Devices' });
  await expect(devices.getByText('No devices yet.')).toBeVisible();

  // The "…" menu: keyboard first. Enter opens it on its item, Esc closes
  // it and returns to the button.
  const menuButton = devices.getByRole('button', { name: 'Device actions for Avery Archer' });
  await expect(menuButton).toHaveAttribute('aria-haspopup', 'menu');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  const item = page.getByRole('menuitem', { name: 'Add Webex Go device' });
  await expect(item).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'user page with the device menu open');
  await snapshot(page, 'webex-go-user-menu');
  await page.keyboard.press('Escape');
  await expect(item).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add Webex Go device');
  // GO-3: two subscriptions with Webex Go licenses: a picker, with what is
  // left in each; the user has a number: no number picker.
  const subscription = page.getByLabel('Subscription ID');
  await expect(subscription.locator('option')).toHaveCount(3);
  await expect(subscription.locator('option').nth(1)).toHaveText(/of \d+ licenses available/);
  await expect(page.getByLabel('Phone number')).toHaveCount(0);
  await expect(page.locator('#webex-go-uses-number')).toContainText('+1');

  // Nothing is sent until a subscription is chosen.
  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/add_webex_go')) posted = true; });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Choose the subscription whose Webex Go license the line uses.')).toBeVisible();
  await expect(subscription).toHaveAttribute('aria-invalid', 'true');
  await expect(subscription).toBeFocused();
  expect(posted).toBe(false);
  await expectAccessible(page, 'add Webex Go with an error');
  await snapshot(page, 'webex-go-add');

  await subscription.selectOption({ index: 1 });
  subscriptionId = await subscription.inputValue();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Webex Go device added for Avery Archer.' })).toBeVisible();
  const { panel, code } = await activationShown(page);
  firstCode = code;
  // GO-5: emailed to the user, with the code.
  await expect(panel.locator('#activation-emailed')).toHaveText(/Emailed to avery\.archer@/);
  await expect(panel.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
  const address = (await panel.locator('#activation-emailed').textContent())!.match(/Emailed to (\S+),/)![1];
  const mail = await mailTo(address, code);
  expect(mail).toContain('Webex Go');
  await expectAccessible(page, 'activation details');
  await snapshot(page, 'webex-go-activation');

  await page.getByRole('link', { name: 'Open the device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webex Go Device');
  deviceId = page.url().split('/').pop()!;
  await expect(page.locator('#device-status')).toHaveText('Activation pending');
  // Reloading never shows the code again.
  await expect(page.getByText(code)).toHaveCount(0);
  await expect(page.locator('#device-code-expires')).not.toHaveText('No unused activation code');
});

test('GO-15, GO-14: the carrier redeems the code once; the line is Online on the Users, Devices and device pages', async ({ page, consoleLog }) => {
  const redeemed = await redeem(page.request, firstCode);
  expect(redeemed.status(), await redeemed.text()).toBe(200);
  const line = await redeemed.json();
  expect(line.status).toBe('online');
  expect(line.lineId).toBe(deviceId);

  // Single use (GO-5).
  const again = await redeem(page.request, firstCode);
  expect(again.status()).toBeGreaterThanOrEqual(400);
  expect(again.status()).toBeLessThan(500);
  expect((await again.json()).code).toBe('activation_code_used');
  const unknown = await redeem(page.request, 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA');
  expect((await unknown.json()).code).toBe('activation_code_unknown');

  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  // Users list: the Webex Go column, with words beside the dot.
  await page.goto(`/orgs/${orgId}/users`);
  await page.getByLabel('Search by name or email').fill('Avery Archer');
  const users = page.locator('#users-table');
  await expect(users.locator('tbody tr')).toHaveCount(1);
  await expect(users.getByRole('columnheader', { name: 'Webex Go' })).toBeVisible();
  const goCell = users.locator('tbody tr td.webex-go');
  await expect(goCell).toHaveText('Online');
  await expect(goCell.locator('.dot')).toHaveAttribute('aria-hidden', 'true');
  await expectAccessible(page, 'users with a Webex Go column');
  await snapshot(page, 'webex-go-users');

  // Devices page: reached from the navigation, next to Users.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices');
  const table = page.locator('#devices-table');
  const row = table.locator(`tr[data-device="${deviceId}"]`);
  await expect(row.getByRole('link', { name: 'Avery Archer' })).toBeVisible();
  await expect(row.locator('.line-status')).toHaveText('Online');
  // The demo's other lines show the other states.
  await expect(table.locator('.line-status', { hasText: 'Offline' }).first()).toBeVisible();
  await snapshot(page, 'webex-go-devices');
  // Search and the status filter.
  await page.getByLabel('Search by user, email or model').fill('avery');
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await page.getByRole('search').getByLabel('Status').selectOption({ label: 'Activation pending' });
  await expect(page.getByText('No devices match.')).toBeVisible();
  await page.getByRole('search').getByLabel('Status').selectOption({ label: 'Online' });
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expectAccessible(page, 'devices');

  await row.getByRole('link', { name: 'Webex Go Device' }).click();
  await expect(page.locator('#device-status')).toHaveText('Online');
  await expect(page.locator('#device-owner')).toHaveText('Avery Archer');
  // GO-10: no new code while the line is active on a phone.
  await expect(page.getByRole('button', { name: 'Generate new activation code' })).toBeDisabled();
  await expect(page.locator('#device-regenerate-hint')).toContainText('only while activation is pending');
  await expectAccessible(page, 'device page (online)');
  await snapshot(page, 'webex-go-device-online');
  // The server refuses it on its own (T-4).
  const refused = await page.request.post('/api/regenerate_activation_code', {
    headers: origin(page),
    data: { device: { org_id: orgId, device_id: deviceId } },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).code).toBe('activation_not_pending');

  // The user page shows the line too, and offers no second one.
  await page.locator('#device-owner').getByRole('link').click();
  const devices = page.getByRole('region', { name: 'Devices' });
  await expect(devices.locator('.line-status')).toHaveText('Online');
  await expect(devices.getByRole('button', { name: /Device actions/ })).toHaveCount(0);
});

test('GO-10: after the user removes the line from the phone a new code is generated and the old one is refused', async ({ page, consoleLog }) => {
  // The user disables the line, then deletes it from the phone (GO-15).
  expect((await lineEvent(page.request, deviceId, 'disabled')).status).toBe('offline');
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  await expect(page.locator('#device-status')).toHaveText('Offline');
  expect((await lineEvent(page.request, deviceId, 'removed')).status).toBe('activation_pending');
  await page.reload();
  await expect(page.locator('#device-status')).toHaveText('Activation pending');

  const generate = page.getByRole('button', { name: 'Generate new activation code' });
  await expect(generate).toBeEnabled();
  await generate.click();
  await expect(page.locator('#device-issued')).toContainText('New activation code generated');
  const { code } = await activationShown(page);
  expect(code).not.toBe(firstCode);

  // Every earlier code stops working; the new one works once.
  const old = await redeem(page.request, firstCode);
  expect(['activation_code_superseded', 'activation_code_used']).toContain((await old.json()).code);
  const redeemed = await redeem(page.request, code);
  expect(redeemed.status()).toBe(200);
  await page.reload();
  await expect(page.locator('#device-status')).toHaveText('Online');
  firstCode = code;
});

test('GO-12: Lost/Stolen disables the line, shows new details and puts the line back to pending', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  await expect(page.locator('#device-status')).toHaveText('Online');

  await page.getByRole('button', { name: 'Lost/Stolen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Report the phone lost or stolen?' });
  await expect(dialog).toContainText('disabled now');
  await expectAccessible(page, 'lost/stolen dialog');
  await snapshot(page, 'webex-go-lost-stolen');
  await dialog.getByRole('button', { name: 'Disable the line and generate new details' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#device-issued')).toContainText('The line on the lost phone is disabled');
  const { code } = await activationShown(page);
  expect(code).not.toBe(firstCode);
  await expect(page.locator('#device-status')).toHaveText('Activation pending');
  await expect(page.getByRole('button', { name: 'Generate new activation code' })).toBeEnabled();

  // The lost phone's code is dead; the replacement's works.
  const old = await redeem(page.request, firstCode);
  expect(['activation_code_superseded', 'activation_code_used']).toContain((await old.json()).code);
});

test('T-2: a read-only admin sees the device and the email setting but can change neither', async ({ page, consoleLog }) => {
  await signIn(page, READ_ONLY);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  await expect(page.locator('#device-status')).toHaveText('Activation pending');
  await expect(page.locator('#read-only-note')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate new activation code' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lost/Stolen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expectAccessible(page, 'device page (read-only)');

  await page.goto(`/orgs/${orgId}/devices`);
  await expect(page.getByRole('button', { name: 'Add device' })).toBeDisabled();
  await page.goto(`/orgs/${orgId}/overview`);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.locator('#suppress-email-state')).toHaveText(/^Off/);
});

test('GO-13: Delete asks first, then the device is gone and its license is back in the pool', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  const usedBefore = await webexGoUsed(page, orgId, subscriptionId);

  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this Webex Go device?' });
  await expect(dialog).toContainText('returns to the available pool');
  await expectAccessible(page, 'delete device dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Devices');
  await expect(page.getByRole('status').filter({ hasText: 'Device deleted' })).toBeVisible();
  await expect(page.locator(`tr[data-device="${deviceId}"]`)).toHaveCount(0);

  expect(await webexGoUsed(page, orgId, subscriptionId)).toBe(usedBefore - 1);
  // The deleted device's page says so (its server function answers 404).
  consoleLog.allow(/status of 404/);
  await page.goto(`/orgs/${orgId}/devices/${deviceId}`);
  await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'not_found');
});

test('GO-1: a user in Canada and a Calling Standard user are refused, with the reason; the server refuses too', async ({ page, consoleLog }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);

  await openUser(page, orgId, 'Emery Tremblay');
  let devices = page.getByRole('region', { name: 'Devices' });
  await expect(devices.locator('#webex-go-ineligible')).toContainText('Webex Go cannot be added for this user');
  await expect(devices.locator('#webex-go-ineligible li')).toHaveText(['Webex Go is available only for users located in the US or the UK.']);
  await expect(devices.getByRole('button', { name: /Device actions/ })).toHaveCount(0);
  await expectAccessible(page, 'user page, ineligible for Webex Go');
  await snapshot(page, 'webex-go-ineligible-location');

  await openUser(page, orgId, 'Casey Nguyen');
  devices = page.getByRole('region', { name: 'Devices' });
  await expect(devices.locator('#webex-go-ineligible li[data-code="not_calling_professional"]')).toHaveText('The user needs a Webex Calling Professional license.');
  await expect(devices.getByRole('button', { name: /Device actions/ })).toHaveCount(0);
  const caseyId = page.url().split('/').pop()!;

  // The add page says the same when reached by its URL, and offers no form.
  await page.goto(`/orgs/${orgId}/users/${caseyId}/webex-go`);
  await expect(page.locator('#webex-go-ineligible')).toContainText('Webex Calling Professional');
  await expect(page.getByRole('button', { name: 'Add', exact: true })).toHaveCount(0);

  // The server refuses on its own (T-4).
  const direct = await page.request.post('/api/add_webex_go', {
    headers: origin(page),
    data: { input: { org_id: orgId, user_id: caseyId, subscription_id: subscriptionId } },
  });
  expect(direct.status()).toBe(422);
  const refusal = await direct.json();
  expect(refusal.findings.map((f: { code: string }) => f.code)).toContain('not_calling_professional');

  // From Devices → Add device the same user is refused with the reason.
  await page.goto(`/orgs/${orgId}/devices`);
  await page.getByRole('link', { name: 'Add device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add device');
  await page.getByLabel('Search users by name or email').fill('Tremblay');
  await page.getByRole('radio', { name: /Emery Tremblay/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#webex-go-ineligible')).toContainText('US or the UK');
  await expect(page.getByRole('radio', { name: 'Webex Go device' })).toHaveCount(0);
});

test('GO-2 from Devices, GO-3 number, GO-5 language: Jordan Reyes, without a number, gets a line with a free number of his location, and its mail in Norwegian', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  await page.getByRole('link', { name: 'Launch Control Hub for Contoso Ltd' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Ltd');
  const contosoId = page.url().split('/')[4];

  // GO-5: the mail a user receives is in the user's language, set on the
  // user's page and saved at once.
  await openUser(page, contosoId, 'Jordan Reyes');
  const language = page.getByLabel('Email language');
  await expect(language).toHaveValue('');
  await language.selectOption('nb');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectAccessible(page, 'user page with the email language');
  await page.reload();
  await expect(page.getByLabel('Email language')).toHaveValue('nb');
  await page.goto(`/orgs/${contosoId}/overview`);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Devices' }).click();
  await page.getByRole('link', { name: 'Add device' }).click();
  await expect(page.getByRole('radio', { name: 'Existing user' })).toBeChecked();

  // Next without a user says so.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Choose a user first.')).toBeVisible();
  await page.getByLabel('Search users by name or email').fill('reyes');
  // Existing user, New workspace (PMD-6) and the one user found.
  await expect(page.getByRole('radio')).toHaveCount(3);
  await page.getByRole('radio', { name: /Jordan Reyes/ }).check();
  await expectAccessible(page, 'add device, step 1');
  await snapshot(page, 'webex-go-add-device-user');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { name: 'Step 2: a device for Jordan Reyes' })).toBeVisible();
  await page.getByRole('radio', { name: 'Webex Go device' }).check();
  await expectAccessible(page, 'add device, step 2');
  await snapshot(page, 'webex-go-add-device-type');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add Webex Go device');
  // One subscription: no picker (GO-3). No number: a number field.
  await expect(page.getByLabel('Subscription ID')).toHaveCount(0);
  const number = page.getByLabel('Phone number');
  await expect(number).toBeVisible();
  // The browser checks the number before anything is sent.
  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/add_webex_go')) posted = true; });
  await number.fill('12');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#webex-go-number-error')).toHaveAttribute('data-code', 'phone_number_invalid');
  expect(posted).toBe(false);
  await expectAccessible(page, 'add Webex Go with a number');
  await snapshot(page, 'webex-go-add-number');

  const free = await page.locator('#webex-go-free-numbers option').first().getAttribute('value');
  expect(free).toMatch(/^\+44/);
  // Under Devices the main navigation still says where the admin is.
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav.getByRole('link', { name: 'Devices' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Users' })).not.toHaveAttribute('aria-current', 'page');
  await number.fill(free!);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const { panel, code } = await activationShown(page);
  const address = (await panel.locator('#activation-emailed').textContent())!.match(/Emailed to (\S+),/)![1];
  const mail = await mailTo(address, code);
  expect(mail).toContain('Aktiveringskoden din');
  await page.getByRole('link', { name: 'Open the device' }).click();
  await expect(page.locator('#device-number')).toHaveText(free!);
  await expect(page.locator('#device-owner')).toHaveText('Jordan Reyes');
});

test('GO-6: with email suppressed the admin copies, sends or prints the code instead', async ({ page, context, consoleLog }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  const toggle = page.getByRole('switch', { name: 'Suppress email to users' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page.getByRole('status').filter({ hasText: 'On: admins hand activation codes over.' })).toBeVisible();
  await expectAccessible(page, 'overview with the email setting');
  await snapshot(page, 'webex-go-overview-email');

  try {
    // Avery Archer's first line was deleted above (GO-13): he may have one again.
    await openUser(page, orgId, 'Avery Archer');
    await page.getByRole('button', { name: 'Device actions for Avery Archer' }).click();
    await page.getByRole('menuitem', { name: 'Add Webex Go device' }).click();
    await expect(page.getByText('Email to users is suppressed in this organization')).toBeVisible();
    await page.getByLabel('Subscription ID').selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const { panel, code } = await activationShown(page);
    await expect(panel.locator('#activation-emailed')).toHaveCount(0);

    await panel.getByRole('button', { name: 'Copy code' }).click();
    await expect(panel.getByText('Code copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    // Send: the address is checked in the browser, then by the server.
    const address = panel.getByLabel('Email address');
    await address.fill('avery.at.home');
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.getByText('This is not a valid email address.')).toBeVisible();
    const to = `avery.${Date.now()}@home.example`;
    await address.fill(to);
    await panel.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(panel.getByText(`Sent to ${to}.`)).toBeVisible();
    await mailTo(to, code);

    // Print opens the browser's dialog; the print style shows the panel only.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed += 1; };
    });
    await panel.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expectAccessible(page, 'activation details, email suppressed');
    await snapshot(page, 'webex-go-handover');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.banner')).toHaveCSS('visibility', 'hidden');
    await expect(panel.getByRole('button', { name: 'Copy code' })).toBeHidden();
    await snapshot(page, 'webex-go-print');
    await page.emulateMedia({ media: 'screen' });
  } finally {
    await page.goto(`/orgs/${orgId}/overview`);
    const off = page.getByRole('switch', { name: 'Suppress email to users' });
    await off.uncheck();
    await expect(page.getByRole('status').filter({ hasText: 'Off: users get their activation codes by email.' })).toBeVisible();
  }
});
