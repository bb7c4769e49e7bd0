/**
 * The service worker's caches for what is not precached (src/cli/precache-plan.ts), and the
 * one step Workbox does not take for them: dropping an older build's copies. Workbox removes
 * an old precache itself; a page kept at runtime by an older build would still name that
 * build's styles and scripts, which the new precache no longer has, and could hold older
 * safety words. So each runtime cache carries the build's tag, and a new build deletes the
 * others as it takes over. Run by Node directly (type stripping) from src/cli/service-worker.mjs.
 */

/** Every runtime cache of ours starts with this, so the clean-up never touches another site's. */
export const RUNTIME_PREFIX = 'ease-';

/** The runtime caches of one build. */
export function runtimeCacheNames(buildTag: string): { pages: string; search: string; files: string } {
  return {
    pages: `${RUNTIME_PREFIX}pages-${buildTag}`,
    search: `${RUNTIME_PREFIX}search-${buildTag}`,
    files: `${RUNTIME_PREFIX}files-${buildTag}`,
  };
}

/**
 * Service-worker code, added after Workbox's: on activate, delete every runtime cache of ours
 * that this build does not use. Workbox's own precache is named otherwise and left to Workbox.
 */
export function staleCacheCleanup(keep: readonly string[]): string {
  return [
    '',
    '// Caches of older builds: their pages name files this build no longer has (src/cli/sw-runtime.ts).',
    `self.addEventListener('activate', (event) => {`,
    `  const keep = ${JSON.stringify(keep)};`,
    '  event.waitUntil(',
    '    caches.keys().then((names) =>',
    '      Promise.all(',
    `        names.filter((name) => name.startsWith(${JSON.stringify(RUNTIME_PREFIX)}) && !keep.includes(name)).map((name) => caches.delete(name)),`,
    '      ),',
    '    ),',
    '  );',
    '});',
    '',
  ].join('\n');
}
