/**
 * "Add to Home Screen" gives the guide its own icon and window: Chromium's own checks find the
 * manifest sound and the site installable. They run in the full browser with a profile of its
 * own, since the headless shell and Playwright's private contexts report every site as not
 * installable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/cli/browser.mjs';

// The test runner gives even this browser's contexts the config's options, which block workers.
test.use({ serviceWorkers: 'allow' });

test('Chromium finds the manifest without errors and the site installable', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'installable-'));
  const executablePath = chromiumExecutable();
  const context = await chromium.launchPersistentContext(profile, {
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
    baseURL: baseURL!,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
