// Issue 2 (foundation): sign-in, Partner Hub customers (PH-1), Launch
// Control Hub (T-3), refusals, languages.
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage,
  PARTNER, CUSTOMER_ADMIN, OTHER_PARTNER, DEMO_PASSWORD,
} from './fixtures';

test('PH-1: a partner admin signs in, finds a customer and launches its Control Hub', async ({ page, consoleLog }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to Switchboard');
  await expectAccessible(page, 'sign-in (en)');
  await snapshot(page, 'sign-in-en');

  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'Archer Farms' })).toBeVisible();
  // T-3: another partner's customer is not listed.
  await expect(table.getByText('Initech')).toHaveCount(0);
  await expectAccessible(page, 'customers (en)');
  await snapshot(page, 'customers-en');

  await page.getByLabel('Search customers').fill('bergen');
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await expect(table.getByRole('rowheader', { name: 'Bergen Havn AS' })).toBeVisible();
  await page.getByLabel('Search customers').fill('');

  await page.getByRole('link', { name: 'Launch Control Hub for Archer Farms' }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]+\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archer Farms');
  await expect(page.getByText('Northwind Telecom', { exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: CUSTOMER_ADMIN })).toBeVisible();
  await expect(page.getByRole('note').first()).toContainText('as an administrator of Northwind Telecom');
  // Subscriptions and license pools: Webex Go in two subscriptions.
  const licenses = page.getByRole('region', { name: 'Subscriptions and licenses' });
  await expect(licenses.getByRole('rowheader', { name: 'Webex Go' })).toHaveCount(2);
  const proRow = licenses.getByRole('row', { name: /Webex Calling Professional/ });
  await expect(proRow.getByRole('cell').nth(3)).toHaveText('200');
  // Numbers follow the locale: English groups thousands with a comma.
  const messagingRow = licenses.getByRole('row', { name: /Basic Messaging/ });
  await expect(messagingRow.getByRole('cell').nth(3)).toHaveText('1,500');
  await expectAccessible(page, 'overview (en)');
  await snapshot(page, 'overview-en');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
  await expect(page.getByRole('cell', { name: 'Created organization' })).toBeVisible();
  await expectAccessible(page, 'audit log (en)');
  await snapshot(page, 'audit-en');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The session is gone on the server too: a protected page sends us back.
  await page.goto('/partner/customers');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('issue 9.2: opened on the customers list, the list is asked for once, alongside the session, and never shown to another session', async ({ page, consoleLog }) => {
  const listCalls: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/list_customers')) listCalls.push(r.url()); });

  // Signed out, and the browser knows it: nothing is asked early.
  await page.goto('/partner/customers');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(listCalls).toHaveLength(0);

  // Signed out, but the browser believes it is signed in (the session
  // expired): the early call is refused, the browser is sent to sign in,
  // and after signing in the page asks again rather than show the refusal.
  consoleLog.allow(/status of 401/);
  await page.evaluate(() => localStorage.setItem('switchboard.signed-in', '1'));
  await page.goto('/partner/customers');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(listCalls).toHaveLength(1);
  await page.locator('#email').fill(OTHER_PARTNER);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await expect(page.getByRole('rowheader', { name: 'Initech' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(listCalls).toHaveLength(2);

  // Signed in: opening the page makes one list call, sent before the
  // session call has answered (both leave in the app's first task).
  listCalls.length = 0;
  const events: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/list_customers')) events.push('list asked'); });
  page.on('response', (r) => { if (r.url().endsWith('/api/session')) events.push('session answered'); });
  await page.goto('/partner/customers');
  await expect(page.getByRole('rowheader', { name: 'Initech' })).toBeVisible();
  expect(events).toEqual(['list asked', 'session answered']);
  expect(listCalls).toHaveLength(1);

  // Another partner signing in afterwards sees their own list only.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, PARTNER);
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await expect(page.getByRole('rowheader', { name: 'Archer Farms' })).toBeVisible();
  await expect(page.getByText('Initech')).toHaveCount(0);
});

test('a wrong password is refused with a clear message', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 401/);
  await signIn(page, PARTNER, 'not-the-password');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(/email address or password is not correct/i);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.locator('#password')).toHaveAttribute('aria-describedby', 'sign-in-error');
  await expectAccessible(page, 'sign-in error (en)');
  await snapshot(page, 'sign-in-error-en');
});

test('an invalid email is caught in the browser before anything is sent', async ({ page, consoleLog }) => {
  await page.goto('/sign-in');
  let posted = false;
  page.on('request', (r) => { if (r.url().includes('/api/sign_in')) posted = true; });
  await page.locator('#email').fill('not-an-email');
  await page.locator('#password').fill('whatever');
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('#email-problem')).toBeVisible();
  await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true');
  expect(posted).toBe(false);
});

test('T-3: a customer admin who edits the URL to another org is refused by the server', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 403/);
  // Find another customer's id as the partner sees it.
  await signIn(page, PARTNER);
  await page.getByRole('link', { name: 'Launch Control Hub for Contoso Ltd' }).click();
  await expect(page).toHaveURL(/\/overview$/);
  const otherOrgUrl = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signIn(page, CUSTOMER_ADMIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archer Farms');
  const refused = page.waitForResponse((r) => r.url().includes('/api/org_overview') && r.status() === 403);
  await page.goto(otherOrgUrl);
  await refused;
  await expect(page.getByRole('alert')).toHaveText(/do not have access/i);
  await expect(page.getByText('Contoso Ltd')).toHaveCount(0);
  await snapshot(page, 'refused-en');

  // The server refuses the same request sent directly, not only the page.
  const orgId = otherOrgUrl.split('/')[2];
  const direct = await page.request.post('/api/org_overview', {
    data: { org_id: orgId },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(direct.status()).toBe(403);
  expect((await direct.json()).code).toBe('forbidden');
});

test('switching to Norwegian shows Norwegian text and is remembered', async ({ page, consoleLog }) => {
  await signIn(page, PARTNER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
  await chooseLanguage(page, 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunder');
  // Dates follow the locale too ("24. nov. 2026" in Norwegian).
  await expect(page.getByRole('row', { name: /Archer Farms/ }).getByRole('cell').nth(2)).toHaveText(/^\d{1,2}\. \S+ \d{4}$/);
  await expectAccessible(page, 'customers (nb)');
  await snapshot(page, 'customers-nb');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunder');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await chooseLanguage(page, 'en');
});

test('security headers are on pages, files and API answers', async ({ page, request }) => {
  for (const path of ['/', '/sign-in', '/healthz', '/api/v1/organizations']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBeTruthy();
  }
  const crossSite = await request.post('/api/session', {
    data: {},
    headers: { Origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).code).toBe('csrf_rejected');
});
