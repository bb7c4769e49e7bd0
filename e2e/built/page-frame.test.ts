/**
 * What every built page promises in its markup: one safety callout, a sound
 * frame (language, one heading, description, canonical, skip link, header
 * search, breadcrumbs below home), a strict content security policy, and links
 * that lead somewhere. The browser sweep (e2e/site-sweep.spec.ts) checks what
 * needs rendering: visibility, layout, console, requests and axe.
 */
import { describe, expect, test } from 'vitest';
import { builtPage, ENGLISH_PATHS, existsInDist, SITEMAP_PATHS } from './pages';

describe('the sitemap', () => {
  test('lists the main routes and every body area', () => {
    for (const route of ['/', '/areas/', '/techniques/', '/routines/', '/safety/', '/about/', '/search/']) {
      expect(ENGLISH_PATHS).toContain(route);
    }
    expect(ENGLISH_PATHS.filter((path) => /^\/areas\/[^/]+\/$/.test(path))).toHaveLength(11);
  });
});

// The English frame; e2e/built/languages.test.ts holds the Spanish twins to the same promises.
describe.each(ENGLISH_PATHS)('%s', (path) => {
  const { $ } = builtPage(path);

  test('has one safety callout, in the page frame', () => {
    expect($('[data-safety-callout]')).toHaveLength(1);
  });

  test('has a sound page frame: language, one heading, description, canonical, skip link and header search', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('h1')).toHaveLength(1);
    expect($('meta[name="description"]').attr('content')).toMatch(/.{20,}/);
    expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(path);
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('header form[action="/search/"] input[type="search"][name="q"]')).toHaveLength(1);
    const main = $('nav[aria-label="Main"] a')
      .map((_, link) => $(link).text().trim())
      .get();
    expect(main).toEqual(['Body areas', 'Techniques', 'Routines', 'Safety']);
  });

  test('below home, shows breadcrumbs from Home to this page', () => {
    const crumbs = $('nav[aria-label="Breadcrumb"]');
    if (path === '/') {
      expect(crumbs).toHaveLength(0);
      return;
    }
    expect(crumbs.find('a').first().text().trim()).toBe('Home');
    expect(crumbs.find('[aria-current="page"]').text().trim()).toBe($('h1').text().trim());
  });

  test('has a strict content security policy', () => {
    const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy.includes('wasm-unsafe-eval'), 'WebAssembly is allowed only where search runs').toBe(
      path === '/search/',
    );
  });

  test('shows no address on this machine, on screen or on paper', () => {
    const body = $('body').clone();
    body.find('script').remove();
    const printedLinks = $('a[data-print-url]')
      .map((_, link) => $(link).attr('href'))
      .get();
    expect([body.text(), ...printedLinks].join(' ')).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('links only to pages and files that exist', () => {
    const broken = $('a[href]')
      .map((_, link) => new URL($(link).attr('href') ?? '', `http://site${path}`))
      .get()
      .filter((url) => url.origin === 'http://site' && !existsInDist(url.pathname))
      .map((url) => url.pathname);
    expect(broken).toEqual([]);
  });
});

test('every page has its own title', () => {
  const owners = new Map<string, string>();
  for (const path of SITEMAP_PATHS) {
    const title = builtPage(path).$('title').text();
    expect(title, `${path} has a title`).not.toBe('');
    expect(owners.get(title), `"${title}" is used by ${owners.get(title)} and ${path}`).toBeUndefined();
    owners.set(title, path);
  }
});

test('the 404 page offers search and the body areas, with its own safety callout', () => {
  const { $ } = builtPage('/404');
  expect($('h1').text().trim()).toBe('Page not found');
  expect($('main input[type="search"]')).toHaveLength(1);
  expect($('main a[href="/areas/neck/"]')).toHaveLength(1);
  expect($('[data-safety-callout]')).toHaveLength(1);
});
