import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths } from './support/dist';

/** What search engines read: every JSON-LD block must parse and carry its required fields. */
const paths = builtSitemapPaths();

/** The pages of one content collection, /<folder>/<id>/ (so /routines/build/ is no routine). */
function entryPaths(folder: string): Set<string> {
  const files = readdirSync(join(import.meta.dirname, '..', 'content', folder)).filter((name) => name.endsWith('.mdx'));
  return new Set(files.map((name) => `/${folder}/${name.slice(0, -4)}/`));
}
const techniques = entryPaths('techniques');
const routines = entryPaths('routines');
const guides = entryPaths('guides');

type Thing = Record<string, unknown> & { '@type': string };

async function structuredData(page: Page): Promise<Thing[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as { '@context'?: string; '@graph'?: Thing[] };
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'] ?? [];
  });
}

function only(things: Thing[], type: string): Thing {
  const matches = things.filter((thing) => thing['@type'] === type);
  expect(matches, `one ${type}`).toHaveLength(1);
  return matches[0]!;
}

const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+S)?$/;

function durationSeconds(iso: string): number {
  const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso) ?? [];
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

test('every technique, routine and guide has a page, so each gets its checks below', () => {
  for (const entries of [techniques, routines, guides]) {
    expect(entries.size).toBeGreaterThan(0);
    for (const path of entries) expect(paths).toContain(path);
  }
});

for (const path of paths) {
  test(`${path}: structured data parses and has its required fields`, async ({ page }) => {
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const things = await structuredData(page);

    if (path === '/') {
      expect(things.filter((thing) => thing['@type'] === 'BreadcrumbList')).toEqual([]);
    } else {
      const crumbs = only(things, 'BreadcrumbList')['itemListElement'] as Record<string, unknown>[];
      const visible = await page.locator('nav[aria-label="Breadcrumb"] li').allTextContents();
      expect(crumbs.map((crumb) => crumb['name'])).toEqual(visible.map((text) => text.trim()));
      crumbs.forEach((crumb, index) => {
        expect(crumb['@type']).toBe('ListItem');
        expect(crumb['position']).toBe(index + 1);
        expect(String(crumb['item'])).toMatch(/^https?:\/\/[^/]+\//);
      });
      expect(crumbs.at(-1)?.['item']).toBe(canonical);
    }

    if (techniques.has(path)) {
      const howTo = only(things, 'HowTo');
      expect(howTo['name']).toBe(await page.locator('h1').textContent());
      expect(howTo['url']).toBe(canonical);
      expect(String(howTo['description']).length).toBeGreaterThan(10);
      expect(howTo['totalTime']).toMatch(ISO_DURATION);
      const tools = howTo['tool'] as Thing[];
      expect(tools.length).toBeGreaterThan(0);
      for (const tool of tools) {
        expect(tool['@type']).toBe('HowToTool');
        await expect(page.locator('.glance a', { hasText: String(tool['name']) })).toHaveCount(1);
      }
      const steps = howTo['step'] as Thing[];
      await expect(page.locator('.steps ol > li')).toHaveCount(steps.length);
      expect(steps.every((step) => step['@type'] === 'HowToStep' && String(step['text']).length > 5)).toBe(true);
    }

    if (techniques.has(path) || guides.has(path)) {
      const medical = only(things, 'MedicalWebPage');
      expect(medical['url']).toBe(canonical);
      expect(medical['lastReviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await expect(page.locator('.reviewed time')).toHaveAttribute('datetime', String(medical['lastReviewed']));
    }

    if (routines.has(path)) {
      const howTo = only(things, 'HowTo');
      expect(howTo['name']).toBe(await page.locator('h1').first().textContent());
      const steps = howTo['step'] as Thing[];
      const listed = await page.locator('.routine-steps a.name').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(steps.map((step) => step['url'])).toEqual(listed.map((href) => new URL(new URL(href).pathname, canonical).href));
      // The page says "3-6 min" or "about 5 min": the HowTo's time is the upper end.
      const shown = (await page.locator('[data-total-time]').first().textContent()) ?? '';
      const upperMinutes = Number(/(\d+) min/.exec(shown)?.[1]);
      expect(Math.max(1, Math.round(durationSeconds(String(howTo['totalTime'])) / 60))).toBe(upperMinutes);
    }
  });
}
