import { expect, test, type Page } from '@playwright/test';
import { PAGEFIND_OPTIONS } from '../src/lib/search-options';

/** What the built index holds, read through Pagefind's own API on /search/. */
interface Hit {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

async function search(page: Page, query: string | null, filters: Record<string, string> = {}): Promise<Hit[]> {
  return page.evaluate(
    async ({ query, filters, options }) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.options(options);
      const result = await pagefind.search(query, { filters });
      return Promise.all(result.results.map((hit: { data(): Promise<Hit> }) => hit.data()));
    },
    { query, filters, options: PAGEFIND_OPTIONS },
  );
}

async function filterCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(async (options) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.options(options);
    return pagefind.filters();
  }, PAGEFIND_OPTIONS);
}

test.describe('the search index', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/search/');
  });

  test('holds only main content: the safety callout is indexed on /safety/ alone', async ({ page }) => {
    // Every page shows "take blood thinners" in its callout; only /safety/ and the guide that discusses it match.
    const urls = (await search(page, 'blood thinners')).map((hit) => hit.url).sort();
    expect(urls).toEqual(['/guides/when-to-see-a-professional/', '/safety/']);
    const [technique] = await search(page, null, { kind: 'technique', area: 'neck' });
    expect(technique?.content).not.toContain('Safety first');
    expect(technique?.content).not.toContain('ask your doctor first');
  });

  test('leaves out the header, breadcrumbs, pager, footer, reference lists, timer controls, and the search and 404 pages', async ({
    page,
  }) => {
    const [technique] = await search(page, 'shoulders tennis ball against a wall');
    expect(technique?.url).toBe('/techniques/shoulder-tennis-ball-wall/');
    expect(technique?.content.startsWith('Shoulders: tennis ball against a wall.')).toBe(true);
    for (const outside of [
      'Skip to main content',
      'Body areas',
      'Previous',
      'No cookies, no tracking',
      'Cleveland Clinic',
    ]) {
      expect(technique?.content).not.toContain(outside);
    }
    const [routine] = await search(page, 'desk neck and shoulders', { kind: 'routine' });
    expect(routine?.url).toBe('/routines/desk-neck-and-shoulders/');
    for (const control of ['Start routine', 'Stop - it hurts']) expect(routine?.content).not.toContain(control);
    expect(await search(page, 'page not found')).toEqual([]);
    expect(await search(page, 'results show as you type')).toEqual([]);
  });

  test('records each page’s title, kind, areas, tools and keywords, without leaking them into the text', async ({
    page,
  }) => {
    const [neck] = await search(page, 'neck', { kind: 'area' });
    expect(neck?.url).toBe('/areas/neck/');
    expect(neck?.meta['title']).toBe('Neck');
    expect(neck?.meta['area_keywords']).toContain('stiff neck');
    expect(neck?.filters).toEqual({ kind: ['area'], area: ['neck'] });
    expect(neck?.content.startsWith('Neck.')).toBe(true);

    const [technique] = await search(page, 'tennis ball against a wall', { area: 'shoulders', kind: 'technique' });
    expect(technique?.meta['title']).toBe('Shoulders: tennis ball against a wall');
    expect(technique?.meta['keywords']).toContain('knot under my shoulder blade');
    expect(technique?.filters['tool']).toEqual(['tennis-ball']);
  });

  test('offers every area, tool and kind as a filter', async ({ page }) => {
    const filters = await filterCounts(page);
    expect(Object.keys(filters['area'] ?? {}).sort()).toEqual(
      [
        'arms',
        'calves',
        'feet',
        'hamstrings',
        'head',
        'hips',
        'jaw',
        'lower-back',
        'neck',
        'quads',
        'shoulders',
      ].sort(),
    );
    expect(Object.keys(filters['tool'] ?? {}).sort()).toEqual(['foam-roller', 'hands', 'lacrosse-ball', 'tennis-ball']);
    for (const kind of ['technique', 'area', 'routine', 'tool', 'guide'])
      expect(filters['kind']?.[kind]).toBeGreaterThan(0);
    expect(filters['kind']?.['area']).toBe(11);
  });
});
