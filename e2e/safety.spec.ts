import { expect, test } from '@playwright/test';

test.describe('the safety line on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('is at most 200 px tall on area, list, search and guide pages, and prints in full', async ({ page }) => {
    for (const path of ['/areas/lower-back/', '/areas/', '/techniques/', '/search/', '/guides/choosing-a-tool/']) {
      await page.goto(path);
      const height = (await page.locator('[data-safety-callout]').boundingBox())!.height;
      expect(height, path).toBeLessThanOrEqual(200);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-safety-callout]')).toContainText('take blood thinners');
  });
});
