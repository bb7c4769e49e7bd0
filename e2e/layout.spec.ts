import { expect, test } from '@playwright/test';
import { HEAD_TO_FEET } from './support/site';

const MAP = 'Body map, front and back';
/** The map's regions by name, head to feet: each link is named after its area's page. */
const HEAD_TO_FEET_NAMES = [
  'Head',
  'Jaw',
  'Neck',
  'Shoulders',
  'Arms',
  'Lower back',
  'Hips',
  'Quads (front of thigh)',
  'Back of thigh (hamstrings)',
  'Calves',
  'Feet',
];

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

test.describe('the body map on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('every region takes a tap at least 44 px square, and a tap on any region’s shape opens that region', async ({
    page,
  }) => {
    await page.goto('/');
    const map = page.getByRole('group', { name: MAP });
    await map.scrollIntoViewIfNeeded();
    const found = await map.evaluate((svg) => {
      const SIDE = 44;
      /** The region a tap at (x, y) lands on, by its name. */
      const tapped = (x: number, y: number) =>
        document.elementFromPoint(x, y)?.closest('a.region')?.getAttribute('aria-label') ?? 'nothing';
      /** Whether every tap on a 2 px grid over a square of SIDE px at (left, top) opens `name`: a fingertip's room. */
      const squareOpens = (name: string, left: number, top: number) => {
        for (let dy = 0; dy <= SIDE; dy += 2)
          for (let dx = 0; dx <= SIDE; dx += 2) if (tapped(left + dx, top + dy) !== name) return false;
        return true;
      };
      const hitBoxes: string[] = [];
      const stolen: string[] = [];
      for (const link of svg.querySelectorAll('a.region')) {
        const name = link.getAttribute('aria-label') ?? '';
        // Its hit boxes, invisible pads and visible shapes, in CSS px: one must hold a 44 px square
        // where every tap opens this region, or else the largest is reported.
        let best: DOMRect | undefined;
        let bestFits = false;
        for (const part of link.querySelectorAll<SVGGraphicsElement>('rect.hit, path')) {
          const box = part.getBoundingClientRect();
          let fits = false;
          for (let top = box.top; !fits && top + SIDE <= box.bottom; top += 2)
            for (let left = box.left; !fits && left + SIDE <= box.right; left += 2) fits = squareOpens(name, left, top);
          if (
            !best ||
            (fits && !bestFits) ||
            (fits === bestFits && box.width * box.height > best.width * best.height)
          ) {
            best = box;
            bestFits = fits;
          }
        }
        hitBoxes.push(
          `${name}: ${bestFits ? '44+ square' : `${Math.round(best?.width ?? 0)}x${Math.round(best?.height ?? 0)}`}`,
        );
        // Every point of each visible shape, on a 3 px grid, opens its own region, unless a later
        // region's shape is drawn over it there (the neck over the foot of the head, for one).
        const later = [...svg.querySelectorAll<SVGPathElement>('a.region path')].filter(
          (path) => link.compareDocumentPosition(path) & Node.DOCUMENT_POSITION_FOLLOWING && !link.contains(path),
        );
        const local = (path: SVGPathElement, x: number, y: number) =>
          new DOMPoint(x, y).matrixTransform(path.getScreenCTM()!.inverse());
        const inFill = (path: SVGPathElement, x: number, y: number) => path.isPointInFill(local(path, x, y));
        // A shape's edge takes taps too: where two shapes meet, the later one's edge is drawn on top.
        const drawn = (path: SVGPathElement, x: number, y: number) =>
          inFill(path, x, y) || path.isPointInStroke(local(path, x, y));
        for (const path of link.querySelectorAll<SVGPathElement>('path')) {
          const box = path.getBoundingClientRect();
          for (let y = box.top + 1; y < box.bottom; y += 3)
            for (let x = box.left + 1; x < box.right; x += 3) {
              if (!inFill(path, x, y) || later.some((other) => drawn(other, x, y))) continue;
              const got = tapped(x, y);
              if (got !== name) stolen.push(`${name} at ${Math.round(x)},${Math.round(y)} opens ${got}`);
            }
        }
      }
      return { hitBoxes, stolen: stolen.slice(0, 10) };
    });
    expect(found.hitBoxes).toEqual(HEAD_TO_FEET_NAMES.map((name) => `${name}: 44+ square`));
    expect(found.stolen, 'taps on a shape that open another region').toEqual([]);
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
