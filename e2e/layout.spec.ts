import { expect, test } from '@playwright/test';
import { HEAD_TO_FEET } from './support/site';

const MAP = 'Body map, front and back';

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the header leaves the screen to the page: short, with a search button that opens search', async ({ page }) => {
    await page.goto('/techniques/neck-line-trace/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, 'header height').toBeLessThanOrEqual(170);
    const find = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true });
    expect((await find.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await find.click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('searchbox', { name: 'Search for a body area, a symptom or a tool' })).toBeVisible();
  });

  test('body text on a technique page is at least 18 px', async ({ page }) => {
    await page.goto('/techniques/neck-line-trace/');
    // The lead, the steps and the lists a reader follows; the date and the sources may be smaller.
    const reading = '.lead, .steps li, .prose > p:not(.reviewed), .prose > ul:not(.sources) > li';
    const sizes = await page
      .locator(reading)
      .evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
  });
});

test.describe('the body map on the home page', () => {
  test('a keyboard reaches its links from the top of the page, head to feet', async ({ page }) => {
    await page.goto('/');
    const inMap = () => page.evaluate(() => Boolean(document.activeElement?.closest('.body-map')));
    for (let presses = 0; presses < 40 && !(await inMap()); presses++) await page.keyboard.press('Tab');
    const order: string[] = [];
    for (let stop = 0; stop < 11 && (await inMap()); stop++) {
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(HEAD_TO_FEET.map((id) => `/areas/${id}/`));
  });

  test('a region shows focus and hover, and a click on it opens its area', async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('group', { name: MAP });
    const look = (name: string) =>
      map
        .getByRole('link', { name, exact: true })
        .locator('path')
        .first()
        .evaluate((path) => {
          const style = getComputedStyle(path);
          return `${style.fill} ${style.stroke} ${style.strokeWidth}`;
        });
    const resting = await look('Neck');
    await map.getByRole('link', { name: 'Neck', exact: true }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await look('Neck'), 'focused').not.toBe(resting);
    const lowerBack = map.getByRole('link', { name: 'Lower back', exact: true });
    const before = await look('Lower back');
    await lowerBack.hover();
    expect(await look('Lower back'), 'hovered').not.toBe(before);
    await lowerBack.click();
    await expect(page).toHaveURL(/\/areas\/lower-back\/$/);
  });
});

test.describe('the small body map on a technique page', () => {
  test('prints in black and white', async ({ page }) => {
    await page.goto('/techniques/shoulder-tennis-ball-wall/');
    await page.emulateMedia({ media: 'print' });
    const colours = await page.locator('.body-map').evaluate((map) => ({
      figure: getComputedStyle(map.querySelector('.figure')!).fill,
      outline: getComputedStyle(map.querySelector('.outline')!).stroke,
      picked: getComputedStyle(map.querySelector('.picked path')!).fill,
    }));
    expect(colours).toEqual({ figure: 'rgb(255, 255, 255)', outline: 'rgb(0, 0, 0)', picked: 'rgb(0, 0, 0)' });
  });
});
