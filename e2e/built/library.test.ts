/**
 * The library hangs together: each area and tool page reaches every technique
 * that belongs to it, and the body maps point where they say.
 */
import { describe, expect, test } from 'vitest';
import { readMdxFolder } from '../../src/lib/content-files';
import { HEAD_TO_FEET } from '../support/site';
import { builtPage, SITEMAP_PATHS } from './pages';

const techniques = readMdxFolder('techniques').map((file) => ({
  id: file.id,
  areas: file.frontmatter['areas'] as string[],
  tools: file.frontmatter['tools'] as string[],
}));
const areaIds = readMdxFolder('areas').map((file) => file.id);
const toolIds = readMdxFolder('tools').map((file) => file.id);

function linkedTechniques(path: string): string[] {
  const { $ } = builtPage(path);
  return $('main a[href^="/techniques/"]')
    .map((_, link) => ($(link).attr('href') ?? '').replace(/^\/techniques\/|\/$/g, ''))
    .get();
}

test.each(areaIds)('the %s area page links to every technique for that area', (area) => {
  const expected = techniques.filter((technique) => technique.areas.includes(area)).map(({ id }) => id);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.filter((id) => !linkedTechniques(`/areas/${area}/`).includes(id))).toEqual([]);
});

test.each(toolIds)('the %s tool page lists every technique that uses it', (tool) => {
  const expected = techniques.filter((technique) => technique.tools.includes(tool)).map(({ id }) => id);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.filter((id) => !linkedTechniques(`/tools/${tool}/`).includes(id))).toEqual([]);
});

describe('the body map on the home page', () => {
  const { $ } = builtPage('/');
  const map = $('[role="group"][aria-label="Body map, front and back"]');

  test('has eleven links, head to feet, each named after the page it opens', () => {
    const links = map
      .find('a')
      .map((_, link) => ({ name: $(link).attr('aria-label'), href: $(link).attr('href') ?? '' }))
      .get();
    expect(links.map((link) => link.href)).toEqual(HEAD_TO_FEET.map((id) => `/areas/${id}/`));
    for (const { name, href } of links) expect(builtPage(href).$('h1').text().trim()).toBe(name);
  });

  test('the list beside it holds the same links in the same order', () => {
    const hrefs = (selector: string) =>
      $(selector)
        .map((_, link) => $(link).attr('href'))
        .get();
    expect(hrefs('nav[aria-label="Body areas"] a')).toEqual(hrefs('.body-map a'));
  });
});

describe.each(SITEMAP_PATHS.filter((path) => /^\/(areas|techniques)\/[^/]+\/$/.test(path)))(
  'the small body map on %s',
  (path) => {
    test('shows the page’s own area, with no links', () => {
      const { $ } = builtPage(path);
      const home = path.startsWith('/areas/')
        ? $('h1').text().trim()
        : $('nav[aria-label="Breadcrumb"] a').last().text().trim();
      const label = $('svg.body-map[role="img"]').attr('aria-label') ?? '';
      expect(label).toMatch(/^Body map with .+ highlighted$/);
      expect(label).toContain(home);
      expect($('.body-map a')).toHaveLength(0);
    });
  },
);
