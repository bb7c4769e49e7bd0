#!/usr/bin/env node
// The last step of `npm run build`, after `astro build` and `pagefind`: writes dist/sw.js with
// Workbox's generateSW over the finished dist/, so the precache sees Pagefind's index (an Astro
// integration runs inside `astro build`, before Pagefind, and would miss it). Which files are
// precached is chosen by size (src/cli/precache-plan.ts); the rest is cached as it is read.
// Usage: node src/cli/service-worker.mjs [dist folder] (default dist).
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import workbox from 'workbox-build';
import { listFiles } from './bench-build.mjs';
import { bytesByKind, isOfflineFile, planPrecache, PRECACHE_BUDGET_BYTES } from './precache-plan.ts';
import { runtimeCacheNames, staleCacheCleanup } from './sw-runtime.ts';

/**
 * The page shown for an address that is neither saved nor reachable, in the address's language:
 * /es/offline/ under /es/, /offline/ elsewhere. Workbox's precacheFallback looks its file up in
 * the precache as listed, so these name the file, not the folder.
 */
export const OFFLINE_PAGES = { en: '/offline/index.html', es: '/es/offline/index.html' };

/**
 * Every file of the build that is worth keeping offline, with its size as sent (gzipped unless
 * that is larger, as hosts send Pagefind's already-compressed files), and a tag for the build.
 */
function readBuild(dist) {
  const hash = createHash('sha256');
  const files = listFiles(dist)
    .map((file) => ({ file, path: relative(dist, file).split('\\').join('/') }))
    .filter(({ path }) => isOfflineFile(path))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(({ file, path }) => {
      const body = readFileSync(file);
      hash.update(path).update(body);
      return { path, gz: Math.min(body.length, gzipSync(body).length) };
    });
  return { files, tag: hash.digest('hex').slice(0, 10) };
}

/**
 * Writes `<dist>/sw.js` and returns what it precaches.
 * @param {string} dist the built site
 */
export async function writeServiceWorker(dist) {
  const { files, tag } = readBuild(dist);
  const plan = planPrecache(files);
  const chosen = new Set(plan.paths);
  const caches = runtimeCacheNames(tag);
  const swDest = resolve(dist, 'sw.js');
  /** Pages of one language not precached; both languages share one cache. */
  const pagesRoute = (urlPattern, lang) => ({
    urlPattern,
    handler: 'NetworkFirst',
    options: {
      cacheName: caches.pages,
      networkTimeoutSeconds: 4,
      expiration: { maxEntries: 300 },
      precacheFallback: { fallbackURL: OFFLINE_PAGES[lang] },
    },
  });
  const { count, warnings } = await workbox.generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    // The plan decides; Workbox lists, hashes and serves.
    manifestTransforms: [(entries) => ({ manifest: entries.filter((entry) => chosen.has(entry.url)), warnings: [] })],
    swDest,
    // One file from our own origin: no Workbox runtime fetched from a CDN, no second script.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    disableDevLogs: true,
    // /areas/neck/ is served from areas/neck/index.html.
    directoryIndex: 'index.html',
    // A static site: no address's query changes the file served (/search/?q=..., the builder's
    // ?t=..., Pagefind's entry with ?ts=<tag>), so every query is ignored when matching.
    ignoreURLParametersMatching: [/./],
    // Names with a content hash need no cache-busting when precached.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_(index|fragment|filter|meta)$/,
    // A new build takes over as soon as it is installed, so the next page opened is the new one;
    // the open page says so in one line (src/scripts/sw-register.ts) and never reloads itself.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Pages not precached: the network first, so safety words are always current online; the
    // copy last read when offline; else our offline page in the page's language, never the
    // browser's error. One route per language, each with its own precacheFallback: Workbox
    // answers a request with the first route that matches, so the Spanish one comes first and
    // the English one takes every other page. (Its matchers are copied into sw.js as written,
    // so each names its prefix itself; a new language adds its route here.)
    runtimeCaching: [
      pagesRoute(({ request, url }) => request.mode === 'navigate' && /^\/es(\/|$)/.test(url.pathname), 'es'),
      pagesRoute(({ request }) => request.mode === 'navigate', 'en'),
      {
        // Pagefind's index chunks and fragments: their names change with their content.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
        handler: 'CacheFirst',
        options: { cacheName: caches.search, expiration: { maxEntries: 2000 } },
      },
      {
        // Anything else of ours (the builder's technique data): shown at once, refreshed behind.
        urlPattern: ({ sameOrigin }) => sameOrigin,
        handler: 'StaleWhileRevalidate',
        options: { cacheName: caches.files, expiration: { maxEntries: 500 } },
      },
    ],
  });
  appendFileSync(swDest, staleCacheCleanup(Object.values(caches)));
  const precached = files.filter((file) => chosen.has(file.path));
  return { ...plan, count, warnings, tag, byKind: bytesByKind(precached) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const result = await writeServiceWorker(dist);
  const kinds = result.byKind.map((kind) => `${kind.kind} ${kb(kind.bytes)} (${kind.files})`).join(', ');
  console.log(
    `service worker: precaches ${result.count} files, ${kb(result.bytes)} gzipped (${result.mode === 'all' ? 'the whole site' : `the ${result.mode}; the whole site is ${kb(result.siteBytes)}`}): ${kinds}`,
  );
  for (const warning of result.warnings) console.warn(`service worker: ${warning}`);
  if (result.overBudget) {
    console.warn(
      `service worker: the precache is over its ${kb(PRECACHE_BUDGET_BYTES)} budget even as the core (src/cli/precache-plan.ts)`,
    );
  }
}
