import { expect, test } from '@playwright/test';

test.describe('searching', () => {
  test('typing "shoulder pain" in the header box and pressing Enter lists shoulder pages first', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await box.fill('shoulder pain');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=shoulder(\+|%20)pain/);
    const results = page.locator('[data-search-results] li a');
    await expect(results.first()).toBeVisible();
    const top = await results.evaluateAll((links) => links.slice(0, 3).map((link) => (link as HTMLAnchorElement).pathname));
    for (const path of top) expect(path).toMatch(/shoulder/);
    await expect(page.getByRole('status')).toContainText('results for “shoulder pain”');
  });

  test('the header search is a plain form that works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/areas/');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('neck');
    await page.getByRole('button', { name: 'Search', exact: true }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=neck/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Body areas' }).last()).toBeVisible();
    await context.close();
  });
});
