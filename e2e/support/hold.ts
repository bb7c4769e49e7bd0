import type { Page } from '@playwright/test';

/**
 * Holds every request matching `pattern` until `release()` is called: what a reader on a slow
 * connection sees before those files arrive.
 */
export async function holdRequests(page: Page, pattern: string): Promise<{ release: () => void }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return { release };
}
