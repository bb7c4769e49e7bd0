/** What search engines read: every JSON-LD block parses and carries its required fields, matching the page. */
import type { CheerioAPI } from 'cheerio';
import { expect, test } from 'vitest';
import { builtPage, entryPaths, SITEMAP_PATHS } from './pages';

type Thing = Record<string, unknown> & { '@type': string };

const techniques = entryPaths('techniques');
const routines = entryPaths('routines');
const guides = entryPaths('guides');

function structuredData($: CheerioAPI): Thing[] {
  return $('script[type="application/ld+json"]')
    .map((_, script) => $(script).text())
    .get()
    .flatMap((text) => {
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

function durationSeconds(iso: string): number {
  const [, h = '0', m = '0', s = '0'] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso) ?? [];
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

const text = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, element) => $(element).text().trim())
    .get();

test('every technique (32 or more), routine and guide has a page, so each gets its checks', () => {
  expect(techniques.length).toBeGreaterThanOrEqual(32);
  expect(routines.length).toBeGreaterThanOrEqual(6);
  expect(guides.length).toBeGreaterThanOrEqual(1);
});

/** A built page's parsed structured data and canonical address. */
function read(path: string) {
  const { $ } = builtPage(path);
  return { $, canonical: $('link[rel="canonical"]').attr('href') ?? '', things: structuredData($) };
}

test.each(SITEMAP_PATHS)('%s has a breadcrumb trail that matches the visible one (none on home)', (path) => {
  const { $, canonical, things } = read(path);
  if (path === '/' || path === '/es/') {
    expect(things.filter((thing) => thing['@type'] === 'BreadcrumbList')).toEqual([]);
    return;
  }
  const crumbs = only(things, 'BreadcrumbList')['itemListElement'] as Record<string, unknown>[];
  expect(crumbs.map((crumb) => crumb['name'])).toEqual(text($, 'nav.crumbs li'));
  crumbs.forEach((crumb, index) => {
    expect(crumb['@type']).toBe('ListItem');
    expect(crumb['position']).toBe(index + 1);
    expect(String(crumb['item'])).toMatch(/^https?:\/\/[^/]+\//);
  });
  expect(crumbs.at(-1)?.['item']).toBe(canonical);
});

test.each(techniques)('%s is a HowTo with its tools and steps', (path) => {
  const { $, canonical, things } = read(path);
  const howTo = only(things, 'HowTo');
  expect(howTo['name']).toBe($('h1').text());
  expect(howTo['url']).toBe(canonical);
  expect(String(howTo['description']).length).toBeGreaterThan(10);
  expect(howTo['totalTime']).toMatch(/^PT(\d+H)?(\d+M)?(\d+S)?$/);
  const tools = howTo['tool'] as Thing[];
  expect(tools.length).toBeGreaterThan(0);
  const glanceLinks = text($, '.glance a');
  for (const tool of tools) {
    expect(tool['@type']).toBe('HowToTool');
    expect(glanceLinks.filter((link) => link.includes(String(tool['name'])))).toHaveLength(1);
  }
  const steps = howTo['step'] as Thing[];
  expect($('.steps ol > li')).toHaveLength(steps.length);
  expect(steps.every((step) => step['@type'] === 'HowToStep' && String(step['text']).length > 5)).toBe(true);
});

test.each([...techniques, ...guides])('%s is a MedicalWebPage with its review date', (path) => {
  const { $, canonical, things } = read(path);
  const medical = only(things, 'MedicalWebPage');
  expect(medical['url']).toBe(canonical);
  expect(medical['lastReviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect($('.reviewed time').attr('datetime')).toBe(String(medical['lastReviewed']));
});

test.each(routines)('%s is a HowTo whose steps and time match the page', (path) => {
  const { $, canonical, things } = read(path);
  const howTo = only(things, 'HowTo');
  expect(howTo['name']).toBe($('h1').first().text());
  const listed = $('.routine-steps a.name')
    .map((_, link) => new URL($(link).attr('href') ?? '', canonical).href)
    .get();
  expect((howTo['step'] as Thing[]).map((step) => step['url'])).toEqual(listed);
  // The page says "3-6 min" or "about 5 min": the HowTo's time is the upper end.
  const shown = $('[data-total-time]').first().text();
  const upperMinutes = Number(/(\d+) min/.exec(shown)?.[1]);
  expect(Math.max(1, Math.round(durationSeconds(String(howTo['totalTime'])) / 60))).toBe(upperMinutes);
});
