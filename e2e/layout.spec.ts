import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths } from './support/dist';

const paths = builtSitemapPaths();
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const HEAD_TO_FEET = ['head', 'jaw', 'neck', 'shoulders', 'arms', 'lower-back', 'hips', 'quads', 'calves', 'feet'];
const MAP = 'Body map, front and back';

/** What sticks out past the right edge of the window: the page itself, or any element in it. */
function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.body.querySelectorAll('*')) {
      // A drawing may run past its SVG's edge: the SVG clips it, and the SVG's own box is checked.
      const svg = element.parentElement?.closest('svg');
      if (svg && getComputedStyle(svg).overflow !== 'visible') continue;
      const box = element.getBoundingClientRect();
      if (box.width > 1 && box.right > width + 0.5) {
        found.push(
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ends at ${Math.round(box.right)}px`,
        );
      }
    }
    return found;
  });
}

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of [...paths, '/no-such-page/']) {
    test(`${path} fits the screen, with the main sections and, below home, breadcrumbs`, async ({ page }) => {
      await page.goto(path);
      expect(await sideways(page), 'nothing clipped or scrolling sideways').toEqual([]);
      const main = page.getByRole('navigation', { name: 'Main' });
      for (const section of ['Body areas', 'Techniques', 'Routines', 'Safety']) {
        const link = main.getByRole('link', { name: section, exact: true });
        await expect(link).toBeVisible();
        expect((await link.boundingBox())?.height, `${section} is a large tap target`).toBeGreaterThanOrEqual(44);
      }
      if (path === '/' || path === '/no-such-page/') return;
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(crumbs.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.locator('h1').textContent()) ?? '');
    });
  }

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
  test('has ten links, one to each area, each named after the page it opens', async ({ page }) => {
    await page.goto('/');
    const links = page.getByRole('group', { name: MAP }).getByRole('link');
    await expect(links).toHaveCount(10);
    const targets = await links.evaluateAll((all) =>
      all.map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]),
    );
    expect(targets.map(([, href]) => href).sort()).toEqual(HEAD_TO_FEET.map((id) => `/areas/${id}/`).sort());
    for (const [name, href] of targets) {
      await page.goto(href!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
    }
  });

  test('a keyboard reaches its links from the top of the page, head to feet', async ({ page }) => {
    await page.goto('/');
    const inMap = () => page.evaluate(() => Boolean(document.activeElement?.closest('.body-map')));
    for (let presses = 0; presses < 40 && !(await inMap()); presses++) await page.keyboard.press('Tab');
    const order: string[] = [];
    for (let stop = 0; stop < 10 && (await inMap()); stop++) {
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

  test('the list beside it holds the same links in the same order', async ({ page }) => {
    await page.goto('/');
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(await hrefs('nav[aria-label="Body areas"] a')).toEqual(await hrefs('.body-map a'));
  });
});

test.describe('the small body map', () => {
  for (const path of paths.filter((p) => /^\/(areas|techniques)\/[^/]+\/$/.test(p))) {
    test(`${path} shows where it works, with no links`, async ({ page }) => {
      await page.goto(path);
      const home = path.startsWith('/areas/')
        ? await page.locator('h1').textContent()
        : await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last().textContent();
      const picture = page.getByRole('img', { name: /^Body map with .+ highlighted$/ });
      await expect(picture).toBeVisible();
      expect(await picture.getAttribute('aria-label')).toContain(home);
      await expect(page.locator('.body-map a')).toHaveCount(0);
    });
  }

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

test.describe('in the dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('pages are dark', async ({ page }) => {
    await page.goto('/');
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .match(/\d+/g)!
      .map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(60);
  });

  for (const path of paths) {
    test(`${path} has no WCAG 2.2 A or AA violation`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
});

test('the browser bar takes the header colour in light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const [bar, header] = await page.evaluate(() => {
      const meta = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((tag) =>
        matchMedia(tag.media || 'all').matches,
      );
      const probe = document.createElement('div');
      probe.style.color = meta?.content ?? '';
      document.body.append(probe);
      return [getComputedStyle(probe).color, getComputedStyle(document.querySelector('.site-header')!).backgroundColor];
    });
    expect(bar, colorScheme).toBe(header);
    await context.close();
  }
});
