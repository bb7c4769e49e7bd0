import { expect, test } from '@playwright/test';

test.describe('reading a technique guide', () => {
  test('a reader goes from home to Shoulders to a technique and gets steps, dose and safety', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Body areas' })
      .getByRole('link', { name: 'Shoulders', exact: true })
      .click();
    await expect(page).toHaveURL(/\/areas\/shoulders\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shoulders');

    await page
      .getByRole('link', { name: /^Shoulders: / })
      .first()
      .click();
    await expect(page).toHaveURL(/\/techniques\/[a-z-]+\/$/);
    await expect(page.locator('h1')).toHaveCount(1);

    const steps = page.locator('.steps ol > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    expect(await steps.count()).toBeLessThanOrEqual(7);
    await expect(page.locator('[data-dose]').first()).toHaveText(/\d/);
    await expect(page.locator('[data-safety-callout]')).toBeVisible();
    await expect(page.locator('[data-safety-callout]')).toContainText('Stop');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/techniques/shoulder-grip-hold/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
