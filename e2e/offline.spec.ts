/**
 * The guide after one online visit, with the connection gone (README, "Offline"): every kind of
 * page, search, the builder from an address, the timer and "Mark today as done" work, and an
 * address that cannot be opened gets our offline page in its language, never the browser's
 * error. A Spanish reader gets all of it in Spanish. Service
 * workers are blocked in the other specs (playwright.config.ts); these allow them.
 */
import { expect, test } from '@playwright/test';
import { expectOurPage, visitOnce } from './support/offline';

test.use({ serviceWorkers: 'allow' });

test('after one visit to the home page, every kind of page, search and the builder open offline', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/');
  await context.setOffline(true);

  await test.step('a routine, /safety/, a technique with its pictures and an area, none visited before', async () => {
    await page.goto('/routines/daily-5-minute-scan/');
    await expectOurPage(page, 'Daily 5-minute scan');
    await page.goto('/safety/');
    await expectOurPage(page, 'Safety');
    await expect(page.locator('#emergency')).toBeVisible();
    await page.goto('/techniques/neck-line-trace/');
    await expectOurPage(page, 'Neck: trace the line of pain');
    await expect(page.locator('svg.fig-position')).toBeVisible();
    await page.goto('/areas/feet/');
    await expectOurPage(page, 'Feet');
  });

  await test.step('a search for "shoulder pain" finds its pages', async () => {
    await page.goto('/search/?q=shoulder%20pain');
    await expect(page.getByRole('status')).toContainText('results for “shoulder pain”');
    await expect(page.locator('[data-search-results] h2 a').first()).toHaveAttribute('href', /shoulder/);
  });

  await test.step('the builder opens a routine built from its address', async () => {
    await page.goto('/routines/build/?t=neck-line-trace,shoulder-grip-hold');
    await expect(page.locator('[data-builder-list] > li')).toHaveText([
      /^Neck: trace the line of pain/,
      /^Shoulders: grip and thumb hold/,
    ]);
    // The handout rows (shown on paper) hold each technique's steps, fetched from the saved copy.
    await expect(page.locator('[data-handout-rows] > tr:not([hidden]) ol > li').first()).toBeAttached();
  });

  await test.step('an address that does not exist gets our offline page, with the stop rule and emergency numbers', async () => {
    const response = await page.goto('/no-such-page/');
    expect(response?.ok()).toBe(true);
    await expectOurPage(page, 'You are offline');
    await expect(page.locator('[data-urgency="emergency"]')).toContainText(/911/);
    await page.getByRole('main').getByRole('link', { name: 'Body areas' }).click();
    await expectOurPage(page, 'Body areas');
  });
});

test('a Spanish reader, after one visit to /es/, gets Spanish pages, Spanish search and the Spanish offline page', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/es/');
  await context.setOffline(true);

  await test.step('a routine, /es/safety/, a technique with its pictures and an area, none visited before', async () => {
    await page.goto('/es/routines/daily-5-minute-scan/');
    await expectOurPage(page, 'Revisión diaria de 5 minutos');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.goto('/es/safety/');
    await expectOurPage(page, 'Seguridad');
    await expect(page.locator('#emergency')).toBeVisible();
    await page.goto('/es/techniques/neck-line-trace/');
    await expectOurPage(page, 'Cuello: sigue la línea del dolor');
    await expect(page.locator('svg.fig-position')).toBeVisible();
    await page.goto('/es/areas/feet/');
    await expectOurPage(page, 'Pies');
  });

  await test.step('a search for "dolor de cuello" finds Spanish pages, the neck first among them', async () => {
    await page.goto('/es/search/?q=dolor%20de%20cuello');
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados para “dolor de cuello”\.$/, { timeout: 15_000 });
    const results = page.locator('[data-search-results] h2 a');
    const paths = await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !path.startsWith('/es/'))).toEqual([]);
    expect(paths.slice(0, 3)).toContain('/es/areas/neck/');
  });

  await test.step('an unknown /es/ address gets the Spanish offline page, with the stop rule and emergency numbers', async () => {
    const response = await page.goto('/es/no-existe/');
    expect(response?.ok()).toBe(true);
    await expectOurPage(page, 'Estás sin conexión');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-urgency="emergency"]')).toContainText(/911/);
    await page.getByRole('main').getByRole('link', { name: 'Zonas del cuerpo' }).click();
    await expectOurPage(page, 'Zonas del cuerpo');
    await expect(page).toHaveURL(/\/es\/areas\/$/);
  });

  await test.step('an unknown English address still gets the English offline page', async () => {
    await page.goto('/no-such-page/');
    await expectOurPage(page, 'You are offline');
  });
});

test('offline, the timer runs on a technique page, and a routine played through can be marked done', async ({
  page,
  context,
}) => {
  await page.addInitScript(() => localStorage.setItem('safety-check', 'none-of-these'));
  await visitOnce(page, '/about/');
  await context.setOffline(true);

  await page.goto('/techniques/shoulder-grip-hold/');
  const timer = page.locator('hold-timer');
  await timer.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

  await page.goto('/routines/daily-5-minute-scan/');
  const player = page.locator('hold-timer');
  await player.getByRole('button', { name: 'Start routine', exact: true }).click();
  for (let step = 1; step <= 5; step++) await player.getByRole('button', { name: 'Skip this technique' }).click();
  await player.getByRole('button', { name: 'Mark today as done' }).click();
  await expect(player.getByText('Today is marked as done.')).toBeVisible();
  await page.goto('/');
  await expect(page.locator('days-strip li[data-done]')).toHaveCount(1);
});
