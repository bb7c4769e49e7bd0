/**
 * A reader whose browser runs no JavaScript (switched off, blocked, or a script that
 * failed to load): every page still gives its words, its dose and its safety advice, and
 * no control shows that could do nothing (README, "Islands"). One tab walks the pages.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, a reader still gets the doses, the search, the emergency advice and no dead control', async ({
  page,
}) => {
  await test.step('a technique shows its dose as text, with no timer control and no Print button', async () => {
    await page.goto('/techniques/shoulder-grip-hold/');
    const timer = page.locator('hold-timer');
    await expect(timer.getByText('Hold 10-15 s, 3 times, resting 10 s between.')).toBeVisible();
    await expect(
      timer.getByText('The timer needs JavaScript. Without it, count slowly or watch a clock.'),
    ).toBeVisible();
    await expect(timer.getByRole('button')).toHaveCount(0);
    await expect(timer.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
  });

  await test.step('a routine page shows its steps and no player', async () => {
    await page.goto('/routines/daily-5-minute-scan/');
    await expect(page.locator('.routine-steps > li')).toHaveCount(5);
    await expect(page.getByRole('button', { name: 'Start routine' })).toHaveCount(0);
    await expect(page.locator('hold-timer').getByRole('heading')).toHaveCount(0);
  });

  await test.step('the builder says what it needs and links to the ready-made routines', async () => {
    await page.goto('/routines/build/?t=neck-line-trace');
    await expect(page.getByText('Building your own routine needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Daily 5-minute scan' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });

  await test.step('the header search submits, and /search/ explains why and links to every list', async () => {
    await page.goto('/areas/');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('neck');
    await page.getByRole('searchbox', { name: 'Search the guide' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=neck$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const main = page.getByRole('main');
    for (const name of ['Body areas', 'All techniques', 'Routines', 'Guides']) {
      await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('searchbox', { name: 'Search for a body area, a symptom or a tool' })).toBeHidden();
  });

  await test.step('/search/ still says what to do in an emergency', async () => {
    await page.goto('/search/?q=chest+pain');
    const fallback = page.locator('[data-search-fallback]');
    await expect(fallback).toContainText('Call your local emergency number now');
    await expect(fallback.getByRole('link', { name: 'Check the warning signs that need help now' })).toHaveAttribute(
      'href',
      '/safety/#emergency',
    );
  });
});
