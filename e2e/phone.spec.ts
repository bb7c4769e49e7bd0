/**
 * What a reader on a 390 px phone (390 x 844) reaches within the first two screens: an area's
 * techniques, and on the home page "New to this? Start here". A first visit's 7-day strip is
 * one quiet line, and the home page does not shift as it loads.
 */
import { expect, test, type Page } from '@playwright/test';
import { HEAD_TO_FEET } from './support/site';

const SCREEN = { width: 390, height: 844 };
const TWO_SCREENS = SCREEN.height * 2;

test.use({ viewport: SCREEN });

/** Where an element ends, from the top of the page, in CSS px. */
const bottomOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

test('on every area page the first technique link ends within two screens, and the warning signs come after the techniques', async ({
  page,
}) => {
  const seen: string[] = [];
  for (const area of HEAD_TO_FEET) {
    await page.goto(`/areas/${area}/`);
    const first = await bottomOf(page, 'main a[href^="/techniques/"]');
    const lastCard = await bottomOf(page, 'main .card:last-of-type');
    const warnings = await page
      .locator('[data-area-warnings]')
      .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    expect(warnings, `${area}: "When to get help" follows the techniques`).toBeGreaterThan(lastCard);
    seen.push(`${area} ${first <= TWO_SCREENS ? 'within two screens' : `${Math.round(first)} px down`}`);
  }
  expect(seen).toEqual(HEAD_TO_FEET.map((area) => `${area} within two screens`));
});

test('the home page brings "New to this? Start here" within two screens, and a first visit sees one quiet line, not an empty week', async ({
  page,
}) => {
  await page.goto('/');
  const start = page.getByRole('heading', { name: 'New to this? Start here' });
  await expect(start).toBeVisible();
  // The heading and its first guide; it used to sit about 3,430 px down, near the foot of the page.
  expect(await bottomOf(page, 'main h2:has-text("New to this? Start here") + ul li')).toBeLessThanOrEqual(TWO_SCREENS);

  const strip = page.locator('days-strip');
  await expect(strip).toHaveAttribute('data-quiet');
  await expect(strip).toHaveText(/Your last 7 days:?\s*none marked yet\./);
  await expect(strip.locator('li').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Forget my history' })).toBeHidden();
  const height = await strip.evaluate((element) => element.getBoundingClientRect().height);
  expect(height, 'one line').toBeLessThan(40);
});

test('a marked day opens the week on the home page, and neither visit shifts the layout', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const shifts = async () => {
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    return page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  };
  await page.goto('/');
  expect(await shifts(), 'first visit').toBe(0);

  await page.evaluate(() => localStorage.setItem('days-done', JSON.stringify(['2020-01-01'])));
  await page.reload();
  const strip = page.locator('days-strip');
  await expect(strip).not.toHaveAttribute('data-quiet');
  await expect(strip.locator('li')).toHaveCount(7);
  await expect(strip.locator('li').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Forget my history' })).toBeEnabled();
  expect(await shifts(), 'a returning reader').toBe(0);

  await page.getByRole('button', { name: 'Forget my history' }).click();
  await expect(page.getByText('Your history is forgotten.')).toBeVisible();
  await expect(strip.locator('li').first()).toBeVisible();
  await page.reload();
  await expect(strip).toHaveAttribute('data-quiet');
});
