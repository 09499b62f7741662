// Issue 7 (SUB-1 … SUB-10): the subscription setup wizard, driven as an
// admin would. The test plays the ordering system (POST /api/v1/orders with
// its machine credential), reads the welcome email the server sent, opens
// its Set up service link and goes through the wizard: the orgs (SUB-2 …
// SUB-5), Meetings sites with the licenses split (SUB-8), the Calling
// headquarters (SUB-9), the order summary PDF (SUB-10); Set up later and
// resuming (SUB-7); handing the order to someone else, who creates an
// account and a new org from scratch (SUB-2, SUB-3).
//
// WIZARD_SHOTS=<dir> keeps a screenshot of every step for review.
import { APIRequestContext, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  test, expect, signIn, expectAccessible, chooseLanguage, expectNoOverflow,
  DEMO_PASSWORD, PARTNER, CUSTOMER_ADMIN,
} from './fixtures';
import { orderingTokenFile } from './server-paths';
import { mailTo } from './mail';

test.describe.configure({ mode: 'serial' });

const orderingToken = () => fs.readFileSync(orderingTokenFile, 'utf8').trim();

/** The ordering system sends an order (SUB-1). */
async function postOrder(
  request: APIRequestContext,
  subscriptionId: string,
  services: { service: string; quantity: number }[],
  contact: string,
) {
  const response = await request.post('/api/v1/orders', {
    headers: { Authorization: `Bearer ${orderingToken()}` },
    data: { subscriptionId, services, provisioningContactEmail: contact },
  });
  expect(response.status(), await response.text()).toBe(201);
}

/** The path of the Set up service link in the welcome email to `to`. */
async function setupLink(to: string, subscriptionId: string): Promise<string> {
  const mail = await mailTo(to, subscriptionId);
  const link = /https?:\/\/[^\s"<>]+\/setup\/[A-Za-z0-9._~%-]+/.exec(mail)?.[0];
  expect(link, `a Set up service link in:\n${mail}`).toBeTruthy();
  return new URL(link!).pathname;
}

async function shot(page: Page, name: string) {
  const dir = process.env.WIZARD_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

const stepHeading = (page: Page) => page.locator('#setup-step-title');

/** Waits for the wizard to stand at a step, named as the indicator names it. */
async function atStep(page: Page, name: string) {
  await expect(stepHeading(page)).toHaveText(name);
  // Focus moves to the new step's heading (screen readers read it).
  await expect(stepHeading(page)).toBeFocused();
}

async function next(page: Page) {
  await page.locator('#setup-next').click();
}

/** An order for the partner admin, opened from its email while signed in:
 * the link goes straight on to the wizard's first step. */
async function openAsPartner(
  page: Page,
  request: APIRequestContext,
  subscriptionId: string,
  services: { service: string; quantity: number }[],
) {
  await postOrder(request, subscriptionId, services, PARTNER);
  const link = await setupLink(PARTNER, subscriptionId);
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await page.goto(link);
  await expect(stepHeading(page)).toHaveText('Order for');
}

/** SUB-9's form, filled in with a Romanian headquarters. */
async function fillHeadquarters(page: Page, street: string) {
  await page.getByLabel('Headquarters location name').fill('Sediul central');
  await page.getByLabel('Country or region where most users are').selectOption('RO');
  await page.getByLabel('Street address').fill(street);
  await page.getByLabel('City').fill('Suceava');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test('a setup link that is not one is refused in words', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 400/);
  await page.goto('/setup/not-a-real-link');
  await expect(page.locator('#setup-link-error')).toContainText('This setup link is not valid');
  await expect(page.getByRole('link', { name: 'Go to sign-in' })).toBeVisible();
});

test('SUB-1 … SUB-10: a partner sets up a Suite order for an existing customer, Meetings on two sites, the Calling headquarters, and downloads the summary', async ({ page, request, consoleLog }) => {
  consoleLog.allow(/status of 422/);
  await postOrder(request, 'Sub-7001', [{ service: 'suite', quantity: 50 }], PARTNER);
  const link = await setupLink(PARTNER, 'Sub-7001');

  // Signed out, the link shows the order and asks to sign in, the email
  // filled in, and comes back to itself afterwards.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up service');
  await expect(page.locator('#order-subscription-id')).toHaveText('Sub-7001');
  await expect(page.locator('#order-services')).toHaveText('Webex Suite × 50');
  await shot(page, '01-link-signed-out');
  await page.locator('#setup-link-sign-in').click();
  await expect(page.locator('#email')).toHaveValue(PARTNER);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/setup$/);

  // SUB-2: nothing chosen is refused before anything is sent.
  await expect(stepHeading(page)).toHaveText('Order for');
  await expect(page.getByRole('navigation', { name: 'Steps' })).toContainText('Step 1 of 7');
  await next(page);
  await expect(page.locator('#setup-order-for-error')).toHaveText('Choose who the order is for.');
  await shot(page, '02-order-for');
  await page.getByLabel('This order is for a customer').check();
  await next(page);

  // SUB-3: the contact's own partner org is shown alone.
  await atStep(page, 'Partner organization');
  await expect(page.locator('#setup-org-intro')).toContainText('we matched your order');
  await expect(page.locator('.candidate-name')).toHaveText(['Northwind Telecom']);
  await expectAccessible(page, 'the partner org step');
  await shot(page, '03-partner-org');
  await next(page);

  // SUB-4: the partner's customers, with what tells them apart.
  await atStep(page, 'Customer organization');
  const archer = page.locator('label.candidate').filter({ hasText: 'Archer Farms' });
  await expect(archer).toContainText('archerfarms.example');
  await expect(archer).toContainText(/active user/);
  await shot(page, '04-customer-org');
  await next(page);
  await expect(page.locator('#setup-org-choice-error')).toHaveText('Choose an organization, or create a new one.');
  await archer.locator('input[type=radio]').check();
  await next(page);

  // SUB-5: both orgs, the Provisioning admin label, SUB-6's choice.
  await atStep(page, 'Review');
  await expect(page.locator('#setup-review-partner')).toContainText('Northwind Telecom');
  await expect(page.locator('#setup-review-customer')).toContainText('Archer Farms');
  await expect(page.locator('#setup-provisioning-admin')).toContainText('Provisioning admin');
  await expect(page.getByLabel('My customer will set up their own services')).not.toBeChecked();
  await expectAccessible(page, 'the review step');
  await shot(page, '05-review');
  await next(page);

  // SUB-8: the site name is judged as typed; two sites split the licenses.
  await atStep(page, 'Webex Meetings');
  await expect(page.locator('#setup-back')).toHaveCount(0);
  const sites = page.locator('fieldset.site');
  const first = sites.nth(0);
  await first.getByLabel('Site URL name').fill('ar');
  await first.getByLabel('Site URL name').blur();
  await expect(first.locator('.field-error')).toBeVisible();
  await first.getByLabel('Site URL name').fill('archerfarms');
  await expect(first.locator('.site-preview')).toHaveText('Your site: archerfarms.webex.com');
  await first.getByLabel('Time zone').selectOption('Europe/Bucharest');
  await first.getByLabel('Early adopter program').check();
  await page.getByLabel('I need additional URLs').check();
  await expect(sites).toHaveCount(2);
  const second = sites.nth(1);
  await second.getByLabel('Site URL name').fill('archerfarms-cluj');
  await first.getByLabel('Licenses for this site').fill('30');
  await second.getByLabel('Licenses for this site').fill('30');
  // A wrong split is refused as it is typed, and again at Next.
  await expect(page.locator('#setup-split-status')).toHaveText('60 of 50 licenses distributed: 10 too many.');
  await expect(page.locator('#setup-sites-error')).toHaveAttribute('data-code', 'license_split_mismatch');
  await shot(page, '06-meetings-wrong-split');
  await next(page);
  await expect(stepHeading(page)).toHaveText('Webex Meetings');
  await second.getByLabel('Licenses for this site').fill('20');
  await expect(page.locator('#setup-split-status')).toHaveText('50 of 50 licenses distributed.');
  await expect(page.locator('#setup-sites-error')).toHaveCount(0);
  await expectAccessible(page, 'the Meetings step');
  await shot(page, '07-meetings');
  await next(page);

  // SUB-9: the headquarters.
  await atStep(page, 'Webex Calling');
  await next(page);
  await expect(page.locator('#setup-hq-name-error')).toBeVisible();
  await fillHeadquarters(page, 'Strada Fermelor 12');
  await expectAccessible(page, 'the Calling step');
  await shot(page, '08-calling');
  await next(page);

  // SUB-10: done, reviewed, the summary as PDF.
  await atStep(page, 'Done');
  await expect(page.locator('#setup-done')).toContainText('Subscription Sub-7001 is set up.');
  await expect(page.locator('#setup-summary-sites')).toContainText('archerfarms.webex.com');
  await expect(page.locator('#setup-summary-sites')).toContainText('archerfarms-cluj.webex.com');
  await expect(page.locator('#setup-summary-hq')).toContainText('Sediul central');
  await shot(page, '09-done');
  const pdf = page.locator('#setup-summary-pdf');
  await expect(pdf).toHaveAttribute('download', '');
  const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
  const file = path.join(os.tmpdir(), `order-summary-${Date.now()}.pdf`);
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const fact of ['Sub-7001', 'Archer Farms', 'archerfarms-cluj', 'Europe/Bucharest', 'Sediul central']) {
    expect(text).toContain(fact);
  }
  // SUB-5: Nora holds the Provisioning admin label in Archer Farms and
  // asks its full admins for full admin (answered in the last test).
  await page.locator('#setup-request-full-admin').click();
  await expect(page.locator('#setup-full-admin-requested')).toBeVisible();

  // The orders page lists it as set up.
  await page.locator('#setup-close').click();
  await expect(page).toHaveURL(/\/partner\/orders$/);
  const row = page.locator('#orders-table tbody tr').filter({ hasText: 'Sub-7001' });
  await expect(row).toContainText('Set up');
  await expect(row).toContainText('Archer Farms');
  await expectAccessible(page, 'the orders page');
  await shot(page, '10-orders');
});

test('SUB-7: Set up later leaves the order where it is; it resumes at the same step after a reload and after signing in again', async ({ page, request }) => {
  await postOrder(request, 'Sub-7002', [{ service: 'meetings', quantity: 10 }], PARTNER);
  await mailTo(PARTNER, 'Sub-7002');
  await signIn(page, PARTNER);

  // The reminder after sign-in.
  const reminder = page.locator('#unfinished-orders');
  await expect(reminder).toContainText('You have 1 order to set up.');
  await shot(page, '11-reminder');
  await reminder.getByRole('link', { name: 'Continue setting up Sub-7002' }).click();
  await expect(stepHeading(page)).toHaveText('Order for');
  await page.getByLabel('This order is for my company').check();
  await next(page);
  await atStep(page, 'Partner organization');
  await next(page);
  await atStep(page, 'Review');
  await expect(page.getByLabel('My customer will set up their own services')).toHaveCount(0);

  await page.locator('#setup-later').click();
  await expect(page).toHaveURL(/\/partner\/orders$/);
  const row = page.locator('#orders-table tbody tr').filter({ hasText: 'Sub-7002' });
  await expect(row).toContainText('In progress');
  await page.reload();
  await row.getByRole('link', { name: 'Resume the setup of Sub-7002' }).click();
  await expect(stepHeading(page)).toHaveText('Review');
  await page.reload();
  await expect(stepHeading(page)).toHaveText('Review');

  await signOut(page);
  await signIn(page, PARTNER);
  await page.locator('#unfinished-orders').getByRole('link', { name: 'Continue setting up Sub-7002' }).click();
  await expect(stepHeading(page)).toHaveText('Review');
  // Back keeps the answers.
  await page.locator('#setup-back').click();
  await atStep(page, 'Partner organization');
  await expect(page.locator('.candidate-name')).toHaveText(['Northwind Telecom']);
});

test('SUB-2, SUB-3: someone else receives the link, creates an account and sets up a new org from scratch', async ({ page, request, consoleLog }) => {
  consoleLog.allow(/status of 422/);
  const someone = 'ana.popescu@fermele.example';
  // Signed in, the link goes straight on to the wizard.
  await openAsPartner(page, request, 'Sub-7003', [{ service: 'calling', quantity: 5 }]);
  await page.getByLabel('I want someone else to complete this order').check();
  const email = page.getByLabel('Their email address');
  await email.fill('ana');
  await email.blur();
  await expect(page.locator('#setup-someone-else-email-error')).toBeVisible();
  await email.fill(someone);
  await expect(page.locator('#setup-someone-else-email-error')).toHaveCount(0);
  await next(page);
  await atStep(page, 'Handed over');
  await expect(page.locator('#setup-handed-over')).toContainText(someone);
  await shot(page, '12-handed-over');
  await signOut(page);

  // Their email arrives; they have no account yet.
  const theirs = await setupLink(someone, 'Sub-7003');
  await page.goto(theirs);
  await expect(page.locator('#setup-account-form')).toBeVisible();
  await expect(page.locator('#setup-account-email')).toHaveValue(someone);
  await page.getByLabel('Your name').fill('Ana Popescu');
  await page.locator('#setup-account-password').fill('short');
  await expect(page.locator('#setup-account-password-error')).toHaveAttribute('data-code', 'password_too_short');
  await page.locator('#setup-account-password').fill('Fermele-Bucovinei-2026');
  await page.getByLabel('Repeat the password').fill('Fermele-Bucovinei-2027');
  await expect(page.locator('#setup-account-repeat-error')).toHaveText('The two passwords are not the same.');
  await expectAccessible(page, 'the account form');
  await shot(page, '13-create-account');
  await page.getByLabel('Repeat the password').fill('Fermele-Bucovinei-2026');
  await page.locator('#setup-account-submit').click();
  await expect(page).toHaveURL(/\/orders\/[^/]+\/setup$/);

  // A fresh wizard: their company has no org yet, so they create one.
  await expect(stepHeading(page)).toHaveText('Order for');
  await page.getByLabel('This order is for my company').check();
  await next(page);
  await atStep(page, 'Partner organization');
  await expect(page.locator('#setup-org-intro')).toContainText('No organization matches');
  await next(page);
  await expect(page.locator('#setup-org-name-error')).toBeVisible();
  await page.getByLabel('Company name').fill('Fermele Bucovinei SRL');
  await page.getByLabel('Business vertical').selectOption('retail');
  await page.locator('#setup-org-country').selectOption('RO');
  await expectAccessible(page, 'the new org form');
  await shot(page, '14-new-org');
  await next(page);
  await atStep(page, 'Review');
  await expect(page.locator('#setup-review-partner')).toContainText('Fermele Bucovinei SRL');
  await expect(page.locator('#setup-review-partner')).toContainText('New organization · Retail · Romania');
  await next(page);
  await atStep(page, 'Webex Calling');
  await fillHeadquarters(page, 'Strada Mare 1');
  await next(page);
  await atStep(page, 'Done');
  await expect(page.locator('#setup-done')).toContainText('Sub-7003');
  await shot(page, '15-done-new-org');
});

test('SUB-3: a colleague at the partner\'s domain sees the partner org as a candidate, and may not take it over', async ({ page, request, consoleLog }) => {
  consoleLog.allow(/status of 40[03]|status of 422/);
  const colleague = 'sales@northwind.example';
  await postOrder(request, 'Sub-7005', [{ service: 'meetings', quantity: 3 }], colleague);
  await page.goto(await setupLink(colleague, 'Sub-7005'));
  await page.getByLabel('Your name').fill('Sam Sales');
  await page.locator('#setup-account-password').fill('Northwind-sales-2026');
  await page.getByLabel('Repeat the password').fill('Northwind-sales-2026');
  await page.locator('#setup-account-submit').click();
  await expect(stepHeading(page)).toHaveText('Order for');
  await page.getByLabel('This order is for my company').check();
  await next(page);
  await atStep(page, 'Partner organization');
  await expect(page.locator('#setup-org-intro')).toContainText('match the domain of your email address');
  const northwind = page.locator('label.candidate').filter({ hasText: 'Northwind Telecom' });
  await expect(northwind).toContainText('Verified domains: northwind.example');
  await expect(page.getByLabel('Create a new organization')).toBeVisible();
  await shot(page, '17-domain-candidates');
  // T-3: only Northwind's own admins may map orders to it.
  await northwind.locator('input[type=radio]').check();
  await next(page);
  await expect(page.locator('#setup-org-choice-error')).toHaveAttribute('data-code', 'forbidden');
  await expect(stepHeading(page)).toHaveText('Partner organization');
});

test('SUB-6: the customer sets up their own services: their admin is reminded after sign-in and continues at Meetings', async ({ page, request }) => {
  await openAsPartner(page, request, 'Sub-7007', [{ service: 'meetings', quantity: 4 }]);
  await page.getByLabel('This order is for a customer').check();
  await next(page);
  await atStep(page, 'Partner organization');
  await next(page);
  await atStep(page, 'Customer organization');
  // Once the partner holds the Provisioning admin label in Archer Farms
  // (the walk-through above), its admin email matches it exactly (SUB-4).
  const exact = page.locator('.org-candidates > .candidate-card');
  if (await exact.count()) {
    await expect(page.locator('#setup-org-intro')).toContainText('we matched your order');
    await expect(exact).toContainText('Archer Farms');
  } else {
    await page.locator('label.candidate').filter({ hasText: 'Archer Farms' }).locator('input[type=radio]').check();
  }
  await next(page);
  await atStep(page, 'Review');
  await expect(page.locator('#setup-review-customer')).toContainText('Archer Farms');
  await page.getByLabel('My customer will set up their own services').check();
  await next(page);
  await atStep(page, 'Handed over');
  await expect(page.locator('#setup-handed-over')).toContainText("customer's administrator");
  await signOut(page);

  // The customer's admin: the reminder on their landing page, then the
  // wizard where the partner left it for them.
  await mailTo(CUSTOMER_ADMIN, 'Sub-7007');
  await signIn(page, CUSTOMER_ADMIN);
  const reminder = page.locator('#unfinished-orders');
  await expect(reminder).toContainText('You have 1 order to set up.');
  await expect(reminder.getByRole('link', { name: 'All orders' })).toHaveCount(0);
  await shot(page, '19-customer-reminder');
  await reminder.getByRole('link', { name: 'Continue setting up Sub-7007' }).click();
  await expect(stepHeading(page)).toHaveText('Webex Meetings');
  await expect(page.locator('#setup-back')).toHaveCount(0);
  await page.getByLabel('Site URL name').fill('archer-training');
  await page.getByLabel('Time zone').selectOption('America/Chicago');
  await next(page);
  await atStep(page, 'Done');
  await expect(page.locator('#setup-summary-sites')).toContainText('archer-training.webex.com');
});

test('the wizard on a phone-sized screen keeps every control reachable', async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAsPartner(page, request, 'Sub-7004', [{ service: 'suite', quantity: 8 }]);
  await page.getByLabel('This order is for my company').check();
  await next(page);
  await atStep(page, 'Partner organization');
  await next(page);
  await atStep(page, 'Review');
  await next(page);
  await atStep(page, 'Webex Meetings');
  await page.getByLabel('I need additional URLs').check();
  await shot(page, '16-meetings-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBe(false);
});

test('SUB-2 "for my company", seed 003 in its own words: in Romanian from the order to the summary PDF, nothing clipped', async ({ page, request }) => {
  await openAsPartner(page, request, 'Sub-7006', [{ service: 'suite', quantity: 12 }]);
  await chooseLanguage(page, 'ro');
  await expect(stepHeading(page)).toHaveText('Destinația comenzii');
  await expect(page.getByLabel('Această comandă este pentru un client')).toBeVisible();
  await expect(page.locator('#setup-later')).toHaveText('Configurați mai târziu');
  await page.getByLabel('Această comandă este pentru compania mea').check();
  await page.locator('#setup-next').click();
  await atStep(page, 'Organizația parteneră');
  await page.locator('#setup-next').click();
  // T-1: the partner's own org is the customer too.
  await atStep(page, 'Revizuire');
  await expect(page.locator('#setup-review-partner')).toContainText('Northwind Telecom');
  await page.locator('#setup-next').click();
  await atStep(page, 'Webex Meetings');
  await page.getByLabel('Am nevoie de adrese URL suplimentare').check();
  const sites = page.locator('fieldset.site');
  await sites.nth(0).getByLabel('Licențe pentru acest site').fill('5');
  await expect(page.locator('#setup-split-status')).toHaveText('Licențe distribuite: 5 din 12; rămase de distribuit: 7.');
  await expectNoOverflow(page, 'the Meetings step in Romanian');
  await shot(page, '18-meetings-ro');
  await sites.nth(0).locator('input[id$="-url-name"]').fill('northwind-iasi');
  await sites.nth(0).locator('select[id$="-time-zone"]').selectOption('Europe/Bucharest');
  await sites.nth(1).locator('input[id$="-url-name"]').fill('northwind-brasov');
  await sites.nth(1).locator('select[id$="-time-zone"]').selectOption('Europe/Bucharest');
  await sites.nth(1).getByLabel('Licențe pentru acest site').fill('7');
  await expect(page.locator('#setup-split-status')).toHaveText('Licențe distribuite: 12 din 12.');
  await page.locator('#setup-next').click();
  await atStep(page, 'Webex Calling');
  await page.locator('#setup-hq-name').fill('Sediul Iași');
  await page.locator('#setup-hq-country').selectOption('RO');
  await page.locator('#setup-hq-line1').fill('Strada Ștefan cel Mare 1');
  await page.locator('#setup-hq-city').fill('Iași');
  await expectNoOverflow(page, 'the Calling step in Romanian');
  await page.locator('#setup-next').click();
  await atStep(page, 'Finalizat');
  await expect(page.locator('#setup-summary-sites')).toContainText('northwind-brasov.webex.com');

  // SUB-10 in the admin's language: the PDF's headings are Romanian, and
  // ș, ț and ă survive the round trip through the embedded font.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#setup-summary-pdf').click(),
  ]);
  const file = path.join(os.tmpdir(), `order-summary-ro-${Date.now()}.pdf`);
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  for (const fact of ['Rezumatul comenzii', 'Țară/regiune', 'Sediul Iași', 'Strada Ștefan cel Mare 1',
    'northwind-iasi.webex.com', 'Northwind Telecom']) {
    expect(text).toContain(fact);
  }
  // The admin's language is remembered: back to English for other specs.
  await chooseLanguage(page, 'en');
});

test('SUB-5, T-2: the customer\'s full admin follows the request email to the overview and grants full admin', async ({ page }) => {
  const mail = await mailTo(CUSTOMER_ADMIN, 'full administrator of Archer Farms');
  const link = /https?:\/\/[^\s"<>]+\/orgs\/[^\s"<>/]+\/overview/.exec(mail)?.[0];
  expect(link, `an overview link in:\n${mail}`).toBeTruthy();
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page).toHaveURL(/\/overview$/);
  await page.goto(new URL(link!).pathname);
  const card = page.locator('#full-admin-requests');
  await expect(card).toContainText(`Nora Lind (${PARTNER})`);
  const nora = page.locator('#org-admins-rows tr').filter({ hasText: PARTNER });
  await expect(nora).toContainText('Provisioning administrator');
  await expectAccessible(page, 'a request for full admin');
  await shot(page, '20-full-admin-request');
  await card.getByRole('button', { name: 'Grant full admin' }).click();
  await expect(page.locator('#full-admin-answered')).toHaveText('Nora Lind is now a full administrator.');
  await expect(nora).toContainText('Full administrator');
  // The server holds it: after a reload the request is gone and the role stays.
  await page.reload();
  await expect(page.locator('#org-admins-rows tr').filter({ hasText: PARTNER })).toContainText('Full administrator');
  await expect(page.locator('#full-admin-requests')).toHaveCount(0);
});
