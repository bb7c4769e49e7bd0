import { describe, expect, it } from 'vitest';
import { bytesByKind, isOfflineFile, planPrecache, precacheKind, PRECACHE_BUDGET_BYTES } from './precache-plan.ts';

/** A small built site, each file 1,000 bytes unless given. */
const site = (paths: readonly string[], gz = 1000) => paths.map((path) => ({ path, gz }));

const APP = [
  '_astro/BaseLayout.abc.css',
  '_astro/hold-timer.abc.js',
  'favicon.svg',
  'icons/icon-192.png',
  'manifest.webmanifest',
  'sw-register.js',
  'search-words.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_7bdbf58ab7.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/filter/en_04aaecb.pf_filter',
];
/** What the Spanish pages add to the files every page needs: their manifest, search words and Pagefind's Spanish files. */
const SPANISH_APP = [
  'es/manifest.webmanifest',
  'es/search-words.json',
  'pagefind/pagefind.es_3c1f0a2b9d.pf_meta',
  'pagefind/wasm.es.pagefind',
  'pagefind/filter/es_9e8d7c6.pf_filter',
];
const CORE = ['index.html', 'offline/index.html', 'safety/index.html', 'search/index.html'];
const SHELL = [
  'areas/index.html',
  'areas/neck/index.html',
  'routines/index.html',
  'routines/daily-5-minute-scan/index.html',
  'routines/build/index.html',
  'routines/build/area/neck.json',
  'guides/index.html',
  'guides/choosing-a-tool/index.html',
  'about/index.html',
];
const REST = [
  'techniques/index.html',
  'techniques/neck-line-trace/index.html',
  'tools/tennis-ball/index.html',
  'routines/build/neck-line-trace.json',
  'pagefind/index/en_17e6c15.pf_index',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
];

describe('isOfflineFile', () => {
  it.each([...APP, ...SPANISH_APP, ...CORE, ...SHELL, ...REST])('keeps %s', (path) => {
    expect(isOfflineFile(path)).toBe(true);
  });

  it.each([
    'sw.js',
    '_headers',
    'robots.txt',
    'sitemap-index.xml',
    'sitemap-0.xml',
    '404.html',
    'es/404.html',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-modular-ui.js',
    'pagefind/pagefind-component-ui.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/wasm.unknown.pagefind',
  ])('leaves out %s, which no page of ours loads offline', (path) => {
    expect(isOfflineFile(path)).toBe(false);
  });
});

describe('planPrecache', () => {
  const files = site([...APP, ...CORE, ...SHELL, ...REST, 'sw.js', '404.html']);

  it('saves the whole site when it fits the budget', () => {
    const plan = planPrecache(files);
    expect(plan.mode).toBe('all');
    expect(plan.paths).toEqual([...APP, ...CORE, ...SHELL, ...REST].sort());
    expect(plan.bytes).toBe(plan.paths.length * 1000);
    expect(plan.overBudget).toBe(false);
  });

  it('falls back to the shell when the whole site is over: the starting pages, search and code', () => {
    const budget = (APP.length + CORE.length + SHELL.length) * 1000;
    const plan = planPrecache(files, budget);
    expect(plan.mode).toBe('shell');
    expect(plan.paths).toEqual([...APP, ...CORE, ...SHELL].sort());
    expect(plan.overBudget).toBe(false);
    expect(plan.siteBytes).toBe((APP.length + CORE.length + SHELL.length + REST.length) * 1000);
  });

  it('falls back to the core when even the shell is over, and flags a core over the budget', () => {
    const core = planPrecache(files, (APP.length + CORE.length) * 1000);
    expect(core.mode).toBe('core');
    expect(core.paths).toEqual([...APP, ...CORE].sort());
    expect(core.overBudget).toBe(false);
    expect(planPrecache(files, 1000)).toMatchObject({ mode: 'core', overBudget: true });
  });

  it('decides by total size, so a second language of every page is weighed the same way', () => {
    const spanish = [...CORE, ...SHELL, ...REST].map((path) => `es/${path}`);
    const both = site([...APP, ...SPANISH_APP, ...CORE, ...SHELL, ...REST, ...spanish]);
    const shellBudget = (APP.length + SPANISH_APP.length + 2 * (CORE.length + SHELL.length)) * 1000;
    const plan = planPrecache(both, shellBudget);
    expect(plan.mode).toBe('shell');
    expect(plan.paths).toContain('es/safety/index.html');
    expect(plan.paths).toContain('es/areas/neck/index.html');
    expect(plan.paths).not.toContain('es/techniques/neck-line-trace/index.html');
  });

  describe('with the Spanish site beside the English', () => {
    const spanish = (paths: readonly string[]) => paths.map((path) => `es/${path}`);
    const both = site([...APP, ...SPANISH_APP, ...CORE, ...SHELL, ...REST, ...spanish([...CORE, ...SHELL, ...REST])]);
    const appBytes = (APP.length + SPANISH_APP.length) * 1000;

    it('saves the whole site in both languages while it fits', () => {
      const plan = planPrecache(both);
      expect(plan.mode).toBe('all');
      expect(plan.paths).toEqual(expect.arrayContaining(spanish([...CORE, ...SHELL, ...REST])));
    });

    it('the shell holds the starting pages and both offline pages in both languages, and each language’s search files', () => {
      const plan = planPrecache(both, appBytes + 2 * (CORE.length + SHELL.length) * 1000);
      expect(plan.mode).toBe('shell');
      expect(plan.paths).toEqual([...APP, ...SPANISH_APP, ...CORE, ...SHELL, ...spanish([...CORE, ...SHELL])].sort());
      for (const page of ['', 'areas/', 'routines/', 'guides/', 'safety/', 'search/', 'offline/']) {
        expect(plan.paths).toContain(`${page}index.html`);
        expect(plan.paths).toContain(`es/${page}index.html`);
      }
    });

    it('the core still holds both offline pages, each language’s manifest and search words, and its search engine', () => {
      const plan = planPrecache(both, appBytes + 2 * CORE.length * 1000);
      expect(plan.mode).toBe('core');
      expect(plan.paths).toEqual([...APP, ...SPANISH_APP, ...CORE, ...spanish(CORE)].sort());
      expect(plan.paths).toEqual(expect.arrayContaining(['offline/index.html', 'es/offline/index.html']));
    });
  });

  it('holds today’s budget at 3 MB', () => {
    expect(PRECACHE_BUDGET_BYTES).toBe(3_000_000);
  });
});

describe('precacheKind and bytesByKind', () => {
  it.each([
    ['techniques/neck-line-trace/index.html', 'HTML'],
    ['_astro/BaseLayout.abc.css', 'CSS'],
    ['sw-register.js', 'JavaScript'],
    ['pagefind/pagefind.js', 'search index'],
    ['search-words.json', 'search index'],
    ['es/search-words.json', 'search index'],
    ['routines/build/neck-line-trace.json', 'data'],
    ['icons/icon-512.png', 'icons and manifest'],
    ['manifest.webmanifest', 'icons and manifest'],
    ['es/manifest.webmanifest', 'icons and manifest'],
  ])('%s is %s', (path, kind) => {
    expect(precacheKind(path)).toBe(kind);
  });

  it('sums files and bytes per kind, largest first', () => {
    expect(bytesByKind([...site(['a/index.html', 'b/index.html'], 300), ...site(['x.css'], 100)])).toEqual([
      { kind: 'HTML', files: 2, bytes: 600 },
      { kind: 'CSS', files: 1, bytes: 100 },
    ]);
  });
});
