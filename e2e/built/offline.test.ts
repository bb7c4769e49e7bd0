/**
 * Offline and installable, as the built files promise it (README, "Offline"): every page links
 * the manifest and loads the registration script as an external module, with its Content
 * Security Policy as strict as before; the service worker precaches the site with Pagefind's
 * files and the offline page; the manifest and its icons are what phones ask for. What needs a
 * browser (going offline, an update, installability) is in e2e/offline*.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { schemeTokens } from '../../src/lib/contrast';
import { builtPage, SITEMAP_PATHS } from './pages';
import { DIST } from '../support/dist';

const read = (path: string) => readFileSync(join(DIST, path));
const PAGES = [...SITEMAP_PATHS, '/404', '/offline/'];
const safety = (
  JSON.parse(read('../content/safety.json').toString()) as {
    stopRule: string;
    levels: { emergency: { heading: string } };
  }[]
)[0]!;
/** The URLs the service worker precaches, as its manifest lists them (paths under dist/). */
const precached = [
  ...read('sw.js')
    .toString()
    .matchAll(/\{url:"([^"]+)",revision:/g),
].map((match) => match[1]!);
const policyOf = (path: string) =>
  builtPage(path).$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
/** A policy as directive → sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe.each(PAGES)('%s', (path) => {
  const { $ } = builtPage(path);

  test('links the manifest and the Home Screen icon, and loads the registration script as an external module', () => {
    expect($('link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
    expect($('link[rel="apple-touch-icon"]').attr('href')).toBe('/icons/apple-touch-icon.png');
    const register = $('script[src="/sw-register.js"]');
    expect(register).toHaveLength(1);
    expect(register.attr('type')).toBe('module');
    expect(register.text()).toBe('');
  });

  test('allows the same scripts as every other page, from the same directives (only /search/ may run WebAssembly)', () => {
    const home = directives(policyOf('/'));
    const policy = directives(policyOf(path));
    expect([...policy.keys()]).toEqual([...home.keys()]);
    for (const [name, sources] of policy) {
      // Each page's own inline styles are hashed into its own style-src: that was so before.
      if (name === 'style-src') continue;
      const own =
        /^(\/es)?\/search\/$/.test(path) && name === 'script-src'
          ? sources.filter((s) => s !== "'wasm-unsafe-eval'")
          : sources;
      expect(own, name).toEqual(home.get(name));
    }
  });

  test('runs no inline script', () => {
    const inline = $('script:not([src])')
      .filter((_, script) => !/^application\/(ld\+)?json$/.test($(script).attr('type') ?? ''))
      .toArray();
    expect(inline).toEqual([]);
  });
});

describe('the Content Security Policy', () => {
  const policy = directives(policyOf('/'));

  test('names only our own origin and hashes: no new directive, source or inline allowance', () => {
    expect([...policy.keys()]).toEqual([
      'default-src',
      'base-uri',
      'form-action',
      'object-src',
      'font-src',
      'img-src',
      'script-src',
      'style-src',
    ]);
    for (const name of ['script-src', 'style-src']) {
      const [self, ...hashes] = policy.get(name)!;
      expect(self).toBe("'self'");
      for (const hash of hashes) expect(hash).toMatch(/^'sha256-[\w+/=]+'$/);
    }
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  test('allows the registration script by origin, not by a hash of its own', () => {
    const hash = createHash('sha256').update(read('sw-register.js')).digest('base64');
    expect(policy.get('script-src')).not.toContain(`'sha256-${hash}'`);
  });
});

describe('the service worker', () => {
  const worker = read('sw.js').toString();

  test('carries Workbox inside itself and fetches nothing from another origin', () => {
    expect(worker).not.toContain('importScripts');
    expect(precached.filter((url) => url.includes('://'))).toEqual([]);
  });

  test('maps addresses to files: / to index.html, and ignores every query (?q=, ?t=, Pagefind’s ?ts=)', () => {
    expect(worker).toContain('directoryIndex:"index.html"');
    expect(worker).toContain('ignoreURLParametersMatching:[/./]');
  });

  test('precaches every page, the offline page, and Pagefind’s entry, script, worker, WebAssembly and index', () => {
    const pages = SITEMAP_PATHS.map((path) => `${path.slice(1)}index.html`);
    expect(precached).toEqual(expect.arrayContaining([...pages, 'offline/index.html']));
    for (const file of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(precached).toContain(file);
    }
    for (const extension of ['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter']) {
      expect(
        precached.some((url) => url.endsWith(extension)),
        extension,
      ).toBe(true);
    }
  });

  test('leaves out the Pagefind UI bundles our search page never loads', () => {
    expect(precached.filter((url) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(url))).toEqual([]);
  });

  test('is checked on every visit, as is its registration script', () => {
    const headers = read('_headers').toString();
    for (const file of ['/sw.js', '/sw-register.js']) {
      expect(headers).toMatch(new RegExp(`^${file.replace('.', '\\.')}\\n\\s+Cache-Control: no-cache$`, 'm'));
    }
  });
});

describe('the offline page', () => {
  const { $ } = builtPage('/offline/');

  test('says plainly that the page is not saved, with the stop rule and the emergency numbers from content/safety.json', () => {
    expect($('h1').text().trim()).toBe('You are offline');
    expect($('[data-safety-callout]').text()).toContain(safety.stopRule);
    expect($('[data-urgency="emergency"] .callout-title').text()).toContain(safety.levels.emergency.heading);
  });

  test('links only to pages that are saved for offline use', () => {
    const links = $('main a[href^="/"]:not([data-safety-callout] a)')
      .map((_, link) => $(link).attr('href'))
      .get()
      .filter((href) => !href.includes('#'));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) expect(precached, href).toContain(`${href.slice(1)}index.html`);
  });

  test('is left out of the sitemap, the search index and search engines', () => {
    expect(SITEMAP_PATHS).not.toContain('/offline/');
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(read('manifest.webmanifest').toString()) as {
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  const { light } = schemeTokens(
    readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'tokens.css'), 'utf8'),
  );
  /** A PNG's width and height, from its header. */
  const pngSize = (path: string) => {
    const png = read(path);
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  };

  test('opens the guide from its home page without the browser bar, in the design tokens’ colours', () => {
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toBe(light['--color-surface']);
    expect(manifest.background_color).toBe(light['--color-bg']);
  });

  test('lists icons whose files have the sizes it says, and the Apple icon is 180 px', () => {
    for (const icon of manifest.icons) expect(pngSize(icon.src.slice(1)), icon.src).toBe(icon.sizes);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(pngSize('icons/apple-touch-icon.png')).toBe('180x180');
  });
});
