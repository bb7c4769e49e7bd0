import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built site that the tests run against (npm test builds it first). */
export const DIST = process.env.E2E_DIST ?? join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page in the built sitemap, as paths, read from disk so that tests can be
 * declared one per page before the server starts: all of them, or one language's
 * (Spanish pages are the ones under /es/).
 */
export function builtSitemapPaths(lang: 'en' | 'es' | 'all' = 'all'): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error('dist/ has no sitemap: run `npm run build` before the browser tests');
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return locs(readFileSync(index, 'utf8'))
    .flatMap((sitemap) => locs(readFileSync(join(DIST, sitemap), 'utf8')))
    .filter((path) => lang === 'all' || (lang === 'es') === path.startsWith('/es/'))
    .sort();
}

/** Whether a same-origin path is served by the built site (a page, or a file). */
export function existsInDist(pathname: string): boolean {
  const clean = decodeURIComponent(pathname);
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean)) || existsSync(join(DIST, clean, 'index.html'));
}
