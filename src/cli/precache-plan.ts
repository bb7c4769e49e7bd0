/**
 * Which built files the service worker saves on its first visit (the precache), chosen by size.
 * Everything fits today, in both languages, so a reader who visits once can open every page
 * offline. A larger library (1,000 techniques, in English and under /es/) would make a first
 * visit download many megabytes, so the plan falls back to the shell: the pages a reader starts
 * from in every language, the search engine and the site's code; other pages are saved as they
 * are read. The rule is by
 * total size, not by counting pages, so it holds whatever is added. Run by Node directly (type
 * stripping) from src/cli/service-worker.mjs, and by its unit test.
 */

/** One built file: its path under dist/ (as the precache lists it) and its size as sent (gzipped). */
export interface BuiltFile {
  path: string;
  gz: number;
}

/** all: every page and file; shell: the starting pages; core: the least that still runs offline. */
export type PrecacheMode = 'all' | 'shell' | 'core';

export interface PrecachePlan {
  mode: PrecacheMode;
  /** Paths to precache, sorted. */
  paths: string[];
  /** Their gzipped total. */
  bytes: number;
  /** What precaching the whole site would have cost, gzipped: the figure the tier was chosen by. */
  siteBytes: number;
  /** Whether even the smallest tier is over the budget (the build warns; `npm run bench` fails). */
  overBudget: boolean;
}

/** At most this much (gzipped) downloaded on a first visit to install the offline copy: 3 MB. */
export const PRECACHE_BUDGET_BYTES = 3_000_000;

/**
 * Never precached: the worker itself, files for hosts and crawlers, the 404 pages in every
 * language (offline, an unknown address gets the offline page), and Pagefind's UI bundles and
 * its language-less WebAssembly, which our own search page never loads.
 */
const NEVER =
  /^(sw\.js|_headers|robots\.txt|sitemap[^/]*\.xml|([a-z]{2}\/)?404\.html)$|^pagefind\/(pagefind-(ui|modular-ui|component-ui|highlight)\.|wasm\.unknown\.)/;

/** What a page or its search may fetch: pages, code, styles, data, icons and Pagefind's own files. */
const KEPT = /\.(html|css|js|json|webmanifest|svg|png|pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/;

/** An optional language folder (es/) before a page's or a file's own path. */
const LANGUAGE = '(?:[a-z]{2}/)?';

/**
 * The files every page or search needs, whatever the tier: the site's code and styles, icons,
 * each language's manifest and search words, the registration script, and Pagefind's script,
 * worker, entry, and each language's metadata, filters and WebAssembly (not its index chunks
 * and fragments, which grow with the library).
 */
const APP = new RegExp(
  `^(_astro/|icons/|[^/]+\\.(svg|js)$|${LANGUAGE}(manifest\\.webmanifest|search-words\\.json)$|pagefind/(pagefind(-worker)?\\.js|pagefind-entry\\.json|[^/]+\\.pf_meta|wasm\\.[^/]+\\.pagefind|filter/))`,
);

/** The pages a reader starts from and must reach offline: home, offline, safety, search. */
const CORE_PAGES = new RegExp(`^${LANGUAGE}(offline/|safety/|search/)?index\\.html$`);

/**
 * The shell adds the sections a reader moves through (every area, routine with its builder, and
 * guide, and the about page) and the builder's list per area. Techniques, tools and the search
 * index's chunks are saved as they are read.
 */
const SHELL_PAGES = new RegExp(
  `^${LANGUAGE}((areas|routines|guides)/(.+/)?index\\.html|about/index\\.html|routines/build/area/[^/]+\\.json)$`,
);

/** Whether a built file is worth saving for offline use at all. */
export function isOfflineFile(path: string): boolean {
  return KEPT.test(path) && !NEVER.test(path);
}

/** The files of one tier. */
function tier(files: readonly BuiltFile[], mode: PrecacheMode): BuiltFile[] {
  const offline = files.filter((file) => isOfflineFile(file.path));
  if (mode === 'all') return offline;
  return offline.filter(
    ({ path }) => APP.test(path) || CORE_PAGES.test(path) || (mode === 'shell' && SHELL_PAGES.test(path)),
  );
}

const total = (files: readonly BuiltFile[]) => files.reduce((sum, file) => sum + file.gz, 0);

/** The largest tier that fits the budget: all, else the shell, else the core (flagged if even that is over). */
export function planPrecache(files: readonly BuiltFile[], budget = PRECACHE_BUDGET_BYTES): PrecachePlan {
  const modes: PrecacheMode[] = ['all', 'shell', 'core'];
  const siteBytes = total(tier(files, 'all'));
  for (const [index, mode] of modes.entries()) {
    const chosen = tier(files, mode);
    const bytes = total(chosen);
    const last = index === modes.length - 1;
    if (bytes <= budget || last) {
      return { mode, paths: chosen.map((file) => file.path).sort(), bytes, siteBytes, overBudget: bytes > budget };
    }
  }
  throw new Error('unreachable: the last tier always returns');
}

/** The kinds a precache is reported by, in the README and the benchmark. */
export type PrecacheKind = 'HTML' | 'CSS' | 'JavaScript' | 'search index' | 'data' | 'icons and manifest';

/** The kind of one precached file, for the report. */
export function precacheKind(path: string): PrecacheKind {
  if (path.startsWith('pagefind/') || /^([a-z]{2}\/)?search-words\.json$/.test(path)) return 'search index';
  if (path.endsWith('.html')) return 'HTML';
  if (path.endsWith('.css')) return 'CSS';
  if (path.endsWith('.js')) return 'JavaScript';
  if (path.endsWith('.json')) return 'data';
  return 'icons and manifest';
}

/** Files and gzipped bytes per kind, largest first. */
export function bytesByKind(files: readonly BuiltFile[]): { kind: PrecacheKind; files: number; bytes: number }[] {
  const kinds = new Map<PrecacheKind, { kind: PrecacheKind; files: number; bytes: number }>();
  for (const file of files) {
    const kind = precacheKind(file.path);
    const entry = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += file.gz;
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes);
}
