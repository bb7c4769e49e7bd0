import { expect, test } from '@playwright/test';
import { pdfPageCount } from './support/site';

const ROUTINE = '/routines/daily-5-minute-scan/';

test.describe('printing a routine', () => {
  test('in print, navigation and search are hidden and the safety callout shows', async ({ page }) => {
    await page.goto(ROUTINE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeHidden();
    await expect(page.locator('[data-safety-callout]')).toBeVisible();
  });

  for (const format of ['Letter', 'A4'] as const) {
    test(`the routine prints on at most 2 ${format} pages`, async ({ page }) => {
      await page.goto(ROUTINE);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: false });
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    });
  }
});
