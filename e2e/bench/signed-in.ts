// Signing in the way an admin does, for the live benchmarks.
import { expect, Page } from '@playwright/test';

export const PARTNER = 'partner@northwind.example';
export const PASSWORD = 'Switchboard-demo-2026';

/** Signs the partner admin in through the form; ends on the customers list. */
export async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('#email').fill(PARTNER);
  await page.locator('#password').fill(PASSWORD);
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('table.data-table tbody tr a').first()).toBeVisible();
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
