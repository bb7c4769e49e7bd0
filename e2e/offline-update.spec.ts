/**
 * A new build never leaves old safety words in front of a reader (README, "Offline"): a reader
 * who has the guide saved comes back after /safety/ has changed, and sees the new words at once
 * or after the one Reload the page offers (Recargar on a Spanish page); the page never reloads
 * by itself. The second build is a copy of dist/ with /safety/ and /es/safety/ changed and its
 * service worker written again, served from the same origin by a small static host of the
 * test's own.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support/dist';
import { visitOnce } from './support/offline';
import { startStaticServer, type StaticServer } from './support/static-server';

test.use({ serviceWorkers: 'allow' });

const NEW_WORDS = 'These safety words are new in this build.';
const NEW_WORDS_ES = 'Estas palabras de seguridad son nuevas en esta versión.';
let next: string;
let server: StaticServer;

test.beforeAll(() => {
  next = mkdtempSync(join(tmpdir(), 'offline-update-'));
  cpSync(DIST, next, { recursive: true });
  const safety = join(next, 'safety', 'index.html');
  writeFileSync(safety, readFileSync(safety, 'utf8').replace('</h1>', `</h1><p data-new-words>${NEW_WORDS}</p>`));
  const spanishSafety = join(next, 'es', 'safety', 'index.html');
  writeFileSync(
    spanishSafety,
    readFileSync(spanishSafety, 'utf8').replace('</h1>', `</h1><p data-new-words>${NEW_WORDS_ES}</p>`),
  );
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'src', 'cli', 'service-worker.mjs'), next], {
    stdio: 'ignore',
  });
});

test.beforeEach(async () => {
  server = await startStaticServer(DIST);
});

test.afterEach(async () => {
  await server.close();
});

test.afterAll(() => {
  rmSync(next, { recursive: true, force: true });
});

test('after a new build, a reader sees the new /safety/ words after at most one reload, and old caches go', async ({
  page,
}) => {
  await visitOnce(page, `${server.origin}/safety/`);
  await expect(page.getByText(NEW_WORDS)).toHaveCount(0);
  const cachesBefore = await page.evaluate(() => caches.keys());

  server.serve(next);
  await page.goto(`${server.origin}/safety/`);
  const atOnce = await page.getByText(NEW_WORDS).isVisible();
  test.info().annotations.push({ type: 'new words', description: atOnce ? 'at once' : 'after the one Reload' });
  if (!atOnce) {
    // The saved copy answered first; the new build installs behind it and says so in one line.
    const line = page.locator('.update-line');
    await expect(line).toHaveText('A newer version is ready: Reload', { timeout: 15_000 });
    await expect(line).toHaveAttribute('role', 'status');
    await line.getByRole('button', { name: 'Reload' }).click();
  }
  await expect(page.getByText(NEW_WORDS)).toBeVisible();

  // The old build's runtime caches are gone; Workbox keeps one precache, updated in place.
  const cachesAfter = await page.evaluate(() => caches.keys());
  const runtime = (names: string[]) => names.filter((name) => name.startsWith('ease-'));
  expect(runtime(cachesAfter).some((name) => runtime(cachesBefore).includes(name))).toBe(false);
  expect(cachesAfter.filter((name) => name.includes('precache'))).toHaveLength(1);
});

test('the update line never reloads the page by itself, even with the timer running', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('safety-check', 'none-of-these'));
  await visitOnce(page, `${server.origin}/techniques/shoulder-grip-hold/`);
  const timer = page.locator('hold-timer');
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));

  server.serve(next);
  // The page asks for a new worker as a navigation would; the reader's page stays as it is.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.locator('.update-line')).toHaveText('A newer version is ready: Reload', { timeout: 15_000 });
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  expect(loads).toEqual([]);
});

test('on a Spanish page the update line is in Spanish, and its button reloads into the new build', async ({ page }) => {
  await visitOnce(page, `${server.origin}/es/safety/`);
  await expect(page.getByText(NEW_WORDS_ES)).toHaveCount(0);
  server.serve(next);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const line = page.locator('.update-line');
  await expect(line).toHaveText('Hay una versión nueva: Recargar', { timeout: 15_000 });
  await expect(line).toHaveAttribute('role', 'status');
  await line.getByRole('button', { name: 'Recargar' }).click();
  await expect(page.getByText(NEW_WORDS_ES)).toBeVisible();
  await expect(page.locator('.update-line')).toHaveCount(0);
});
