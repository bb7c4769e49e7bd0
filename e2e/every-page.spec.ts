import { expect, test } from '@playwright/test';
import { builtSitemapPaths, existsInDist } from './support/dist';

const paths = builtSitemapPaths();

test('the sitemap lists the main routes', () => {
  for (const route of ['/', '/areas/', '/techniques/', '/routines/', '/safety/', '/about/', '/search/']) {
    expect(paths).toContain(route);
  }
  expect(paths.filter((path) => path.startsWith('/areas/')).length).toBeGreaterThanOrEqual(11);
});

for (const path of paths) {
  test(`${path}: one safety callout, sound page frame, working links, nothing from other origins`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');

    await expect(page.locator('[data-safety-callout]')).toHaveCount(1);
    await expect(page.locator('[data-safety-callout]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
    await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#main');
    const search = page.locator('header form[action="/search/"] input[type="search"][name="q"]');
    await expect(search).toHaveCount(1);

    // Read the attribute: an <a> inside an SVG (the body map) has no string .href.
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href));
    const broken = hrefs
      .map((href) => new URL(href))
      .filter((url) => url.origin === origin && !existsInDist(url.pathname))
      .map((url) => url.pathname);
    expect(broken, 'internal links that lead nowhere').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  });
}

test('every page has its own title', async ({ request }) => {
  const titles = new Map<string, string>();
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title, `${path} has a title`).not.toBe('');
    expect(titles.get(title), `"${title}" is used by ${titles.get(title)} and ${path}`).toBeUndefined();
    titles.set(title, path);
  }
});

test('an unknown address shows the 404 page with search and the body areas', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('main input[type="search"]')).toBeVisible();
  await expect(page.locator('main a[href="/areas/neck/"]')).toBeVisible();
});
