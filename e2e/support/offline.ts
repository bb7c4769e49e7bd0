import { expect, type Page } from '@playwright/test';

/**
 * One online visit, as a reader's first: opens `path` and waits until the service worker has
 * installed the offline copy and controls the page. The worker registers a little after load
 * (src/scripts/sw-register.ts), so this waits for it rather than for the page.
 */
export async function visitOnce(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The browser's own "No internet" page is not ours: ours always carries the safety line. */
export async function expectOurPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('[data-safety-callout]')).toBeVisible();
}
