/**
 * "Add to Home Screen" gives the guide its own icon and window, in English from / and in Spanish
 * from /es/: Chromium's own checks find each language's manifest sound and the site installable. They run in the full browser with a profile of its
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

for (const { path, manifestPath, lang } of [
  { path: '/', manifestPath: '/manifest.webmanifest', lang: 'en' },
  { path: '/es/', manifestPath: '/es/manifest.webmanifest', lang: 'es' },
]) {
  test(`Chromium finds ${path}'s manifest (${lang}) without errors and the site installable from it`, async ({
    baseURL,
  }) => {
    const profile = mkdtempSync(join(tmpdir(), 'installable-'));
    const executablePath = chromiumExecutable();
    const context = await chromium.launchPersistentContext(profile, {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
      baseURL: baseURL!,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(path);
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
      expect(new URL(manifest.url).pathname).toBe(manifestPath);
      expect(manifest.errors).toEqual([]);
      expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ lang, start_url: path });
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
