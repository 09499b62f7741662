// Issue 10: every page in several locales is scanned with axe-core (WCAG 2.1
// AA), checked for clipped text and photographed for review; the portal is
// usable with the keyboard alone.
import { Page } from '@playwright/test';
import {
  test, expect, signIn, expectAccessible, snapshot, chooseLanguage, expectNoOverflow, expectTranslated,
  PARTNER, CUSTOMER_ADMIN,
} from './fixtures';

// Each locale with its sign-out label: proof the page is really translated.
const SIGN_OUT: Record<string, string> = {
  en: 'Sign out', ru: 'Выйти', nb: 'Logg ut', ro: 'Deconectare', it: 'Esci',
};
const LOCALES = Object.keys(SIGN_OUT);

/** The pages a partner admin reaches, each checked as it stands. */
async function visitEveryPage(page: Page, locale: string) {
  const check = async (name: string) => {
    await expectTranslated(page, SIGN_OUT[locale]);
    await expectAccessible(page, `${name} (${locale})`);
    await expectNoOverflow(page, `${name} (${locale})`);
    await snapshot(page, `${name}-${locale}`);
  };
  await expect(page).toHaveURL(/\/partner\/customers$/);
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await check('customers');

  await page.locator('a[href$="/overview"]').first().click();
  await expect(page.locator('main h1')).not.toBeEmpty();
  await expect(page.locator('table').first()).toBeVisible();
  await check('overview');

  await page.locator('nav a[href$="/audit"]').click();
  await expect(page.locator('table tbody tr').first()).toBeVisible();
  await check('audit');

  await page.locator('nav a[href$="/reports/calls"]').click();
  await expect(page.locator('#calls-table tbody tr').first()).toBeVisible();
  await check('call-history');
}

for (const locale of LOCALES) {
  test(`every page passes axe and fits in ${locale}`, async ({ page }) => {
    await page.goto('/sign-in');
    await chooseLanguage(page, locale);
    await expectAccessible(page, `sign-in (${locale})`);
    await expectNoOverflow(page, `sign-in (${locale})`);
    await snapshot(page, `sign-in-${locale}`);

    // The language picked before signing in is kept after it.
    await signIn(page, PARTNER);
    await expect(page).toHaveURL(/\/partner\/customers$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await visitEveryPage(page, locale);

    await page.goto('/no/such/page');
    await expectAccessible(page, `not found (${locale})`);
    await snapshot(page, `not-found-${locale}`);
    await page.goto('/partner/customers');
    await chooseLanguage(page, 'en');
  });
}

test('a refusal is announced accessibly in Russian', async ({ page, consoleLog }) => {
  consoleLog.allow(/status of 40[13]/);
  await page.goto('/sign-in');
  await chooseLanguage(page, 'ru');
  await signIn(page, PARTNER, 'wrong password');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'sign-in error (ru)');
  await snapshot(page, 'sign-in-error-ru');
  await chooseLanguage(page, 'en');
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      (source) => {
        const el = document.activeElement;
        // eslint-disable-next-line no-new-func
        return el ? new Function('el', `return (${source})(el)`)(el) : false;
      },
      matches.toString(),
    );
    if (found) return;
  }
  throw new Error(`no focusable element matched within ${limit} Tab presses`);
}

test('keyboard only: sign in and launch a customer view', async ({ page }) => {
  await page.goto('/sign-in');
  await tabTo(page, (el) => el.id === 'email');
  await page.keyboard.type(PARTNER);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Switchboard-demo-2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/partner\/customers$/);

  // The focus ring is visible on the focused control.
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Launch Control Hub for Archer Farms');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archer Farms');

  // The skip link leads past the navigation to the page itself.
  await page.goto('/partner/customers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a customer admin sees the pages of one org, accessibly', async ({ page }) => {
  await signIn(page, CUSTOMER_ADMIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archer Farms');
  // No Partner Hub for a customer admin.
  await expect(page.getByRole('link', { name: 'Customers' })).toHaveCount(0);
  await expectAccessible(page, 'customer overview (en)');
  await snapshot(page, 'customer-overview-en');
});

test('the shortcuts dialog takes focus, closes with Esc and gives focus back', async ({ page }) => {
  await signIn(page, PARTNER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expectAccessible(page, 'shortcuts dialog (en)');
  await snapshot(page, 'shortcuts-dialog-en');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // '?' opens it from anywhere outside a field; '/' jumps to the search.
  await page.locator('main h1').click();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search customers')).toBeFocused();
  // In a field, '?' is just a character.
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Search customers')).toHaveValue('?');
});
