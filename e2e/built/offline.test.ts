/**
 * Offline and installable, as the built files promise it (README, "Offline"): every page links
 * the manifest and loads the registration script as an external module, with its Content
 * Security Policy as strict as before; the service worker precaches the site in both languages
 * with Pagefind's files and both offline pages, and shows a Spanish address's reader the Spanish
 * one; the manifests (one per language) and their icons are what phones ask for. What needs a
 * browser (going offline, an update, installability) is in e2e/offline*.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { schemeTokens } from '../../src/lib/contrast';
import { englishSentences } from '../../src/i18n/english-left';
import { common as spanishCommon } from '../../src/i18n/es/common';
import { builtPage, mainText, SITEMAP_PATHS } from './pages';
import { DIST } from '../support/dist';

const read = (path: string) => readFileSync(join(DIST, path));
const OFFLINE_PAGES = ['/offline/', '/es/offline/'];
const PAGES = [...SITEMAP_PATHS, '/404', '/es/404', ...OFFLINE_PAGES];
/** The safety words of one language, as the pages read them (content/safety.json, content/es/safety.json). */
const safetyWords = (file: string) =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', file), 'utf8')) as {
      stopRule: string;
      levels: { emergency: { heading: string } };
    }[]
  )[0]!;
const SAFETY = { en: safetyWords('safety.json'), es: safetyWords('es/safety.json') };
const languageOf = (path: string) => (path.startsWith('/es/') ? 'es' : 'en');
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

  test('links its language’s manifest and the Home Screen icon, and loads the registration script as an external module', () => {
    const manifest = languageOf(path) === 'es' ? '/es/manifest.webmanifest' : '/manifest.webmanifest';
    expect($('link[rel="manifest"]').attr('href')).toBe(manifest);
    expect($('link[rel="apple-touch-icon"]').attr('href')).toBe('/icons/apple-touch-icon.png');
    const register = $('script[src="/sw-register.js"]');
    expect(register).toHaveLength(1);
    expect(register.attr('type')).toBe('module');
    expect(register.text()).toBe('');
  });

  test('allows the same scripts as every other page, from the same directives (only /search/ and /es/search/ may run WebAssembly)', () => {
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

  test('precaches every page in both languages, both offline pages, and Pagefind’s entry, script, worker, WebAssembly and index', () => {
    const pages = SITEMAP_PATHS.map((path) => `${path.slice(1)}index.html`);
    expect(pages.filter((page) => page.startsWith('es/')).length).toBeGreaterThan(50);
    expect(precached).toEqual(expect.arrayContaining([...pages, 'offline/index.html', 'es/offline/index.html']));
    for (const file of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.es.pagefind',
      'search-words.json',
      'es/search-words.json',
      'manifest.webmanifest',
      'es/manifest.webmanifest',
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

  test('leaves out the Pagefind UI bundles our search page never loads, and the 404 pages', () => {
    expect(precached.filter((url) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(url))).toEqual([]);
    expect(precached.filter((url) => url.endsWith('404.html'))).toEqual([]);
  });

  test('answers a page it cannot open with the offline page of the address’s language: /es/ first, then every other', () => {
    // Workbox's generated routes, in the order they were registered: each language's pages with
    // the network first and its offline page from the precache as the fallback.
    const fallbacks = [...worker.matchAll(/fallbackURL:"([^"]+)"/g)].map((match) => match[1]);
    expect(fallbacks).toEqual(['/es/offline/index.html', '/offline/index.html']);
    const spanishRoute = worker.slice(0, worker.indexOf('fallbackURL:"/es/offline/index.html"'));
    const matcher = spanishRoute.slice(spanishRoute.lastIndexOf('=>"navigate"==='));
    expect(matcher).toContain('/^\\/es(\\/|$)/.test(');
    for (const fallback of fallbacks) expect(precached).toContain(fallback!.slice(1));
  });

  test('is checked on every visit, as is its registration script', () => {
    const headers = read('_headers').toString();
    for (const file of ['/sw.js', '/sw-register.js']) {
      expect(headers).toMatch(new RegExp(`^${file.replace('.', '\\.')}\\n\\s+Cache-Control: no-cache$`, 'm'));
    }
  });
});

describe.each([
  { path: '/offline/', lang: 'en', heading: 'You are offline' },
  { path: '/es/offline/', lang: 'es', heading: 'Estás sin conexión' },
] as const)('the offline page $path', ({ path, lang, heading }) => {
  const { $ } = builtPage(path);
  const safety = SAFETY[lang];

  test('says plainly, in its language, that the page is not saved, with the stop rule and the emergency numbers from its safety file', () => {
    expect($('html').attr('lang')).toBe(lang);
    expect($('h1').text().trim()).toBe(heading);
    expect($('[data-safety-callout]').text().replace(/\s+/g, ' ')).toContain(safety.stopRule);
    expect($('[data-urgency="emergency"] .callout-title').text()).toContain(safety.levels.emergency.heading);
    expect($('[data-urgency="emergency"]').text()).toMatch(/911/);
  });

  test('links only to pages of its language that are saved for offline use', () => {
    const links = $('main a[href^="/"]:not([data-safety-callout] a)')
      .map((_, link) => $(link).attr('href'))
      .get()
      .filter((href) => !href.includes('#'));
    expect(links.length).toBeGreaterThan(5);
    for (const href of links) {
      expect(languageOf(href), href).toBe(lang);
      expect(precached, href).toContain(`${href.slice(1)}index.html`);
    }
  });

  test('is left out of the sitemap, the search index and search engines', () => {
    expect(SITEMAP_PATHS).not.toContain(path);
    expect($('[data-pagefind-body]')).toHaveLength(0);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('the Spanish offline page, which the sitemap-wide language check never sees', () => {
  const { $ } = builtPage('/es/offline/');

  test('leaves no English sentence in its main text, title or description', () => {
    const head = [$('title').text(), $('meta[name="description"]').attr('content') ?? ''];
    expect(englishSentences([mainText($), ...head].join('\n'))).toEqual([]);
  });

  test('is paired with the English one by hreflang, and its language switch leads there', () => {
    expect(new URL($('link[rel="alternate"][hreflang="en"]').attr('href')!).pathname).toBe('/offline/');
    expect($('a.lang').attr('href')).toBe('/offline/');
  });
});

interface Manifest {
  id: string;
  lang: string;
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; purpose: string }[];
}

describe('the web app manifest', () => {
  const manifest = JSON.parse(read('manifest.webmanifest').toString()) as Manifest;
  const spanish = JSON.parse(read('es/manifest.webmanifest').toString()) as Manifest;
  const { light } = schemeTokens(
    readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'tokens.css'), 'utf8'),
  );
  /** A PNG's width and height, from its header. */
  const pngSize = (path: string) => {
    const png = read(path);
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  };

  test('opens the guide from its home page without the browser bar, in the design tokens’ colours', () => {
    expect(manifest).toMatchObject({ lang: 'en', id: '/', start_url: '/', display: 'standalone' });
    expect(manifest.theme_color).toBe(light['--color-surface']);
    expect(manifest.background_color).toBe(light['--color-bg']);
  });

  test('the Spanish one names the guide in Spanish and opens it on /es/, within the service worker’s scope', () => {
    expect(spanish).toMatchObject({
      lang: 'es',
      id: '/es/',
      name: spanishCommon.site.name,
      short_name: spanishCommon.site.shortName,
      description: spanishCommon.site.tagline,
      start_url: '/es/',
      display: 'standalone',
      theme_color: manifest.theme_color,
      background_color: manifest.background_color,
      icons: manifest.icons,
    });
    expect(spanish.name).toBe('Alivia tus músculos');
    // The one worker at / controls /es/ too; the app's window keeps the language switch inside it.
    expect(spanish.start_url.startsWith(spanish.scope)).toBe(true);
    expect(englishSentences(spanish.description)).toEqual([]);
  });

  test('lists icons whose files have the sizes it says, and the Apple icon is 180 px', () => {
    for (const icon of manifest.icons) expect(pngSize(icon.src.slice(1)), icon.src).toBe(icon.sizes);
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    expect(pngSize('icons/apple-touch-icon.png')).toBe('180x180');
  });
});
