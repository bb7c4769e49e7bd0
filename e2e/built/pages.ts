/**
 * The built site as Node reads it: every page of the sitemap (and the 404 page),
 * parsed once, for the checks that need no browser. `npm test` builds dist/ first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { builtSitemapPaths, DIST, existsInDist } from '../support/dist';

export { existsInDist };

export interface BuiltPage {
  path: string;
  $: CheerioAPI;
}

/** The file a path is served from: /areas/neck/ is dist/areas/neck/index.html. */
function fileOf(path: string): string {
  if (path === '/404') return join(DIST, '404.html');
  if (path === '/es/404') return join(DIST, 'es', '404.html');
  return join(DIST, path, 'index.html');
}

const cache = new Map<string, BuiltPage>();

/** One built page, parsed once however many tests read it. */
export function builtPage(path: string): BuiltPage {
  let page = cache.get(path);
  if (!page) {
    const file = fileOf(path);
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before these tests`);
    page = { path, $: load(readFileSync(file, 'utf8')) };
    cache.set(path, page);
  }
  return page;
}

/** Every page the sitemap lists, sorted, in both languages. */
export const SITEMAP_PATHS = builtSitemapPaths();
/** The English pages, and their Spanish twins under /es/. */
export const ENGLISH_PATHS = builtSitemapPaths('en');
export const SPANISH_PATHS = builtSitemapPaths('es');

/** The pages of one content collection: /<folder>/<id>/ for each content/<folder>/<id>.mdx. */
export function entryPaths(folder: string): string[] {
  return SITEMAP_PATHS.filter((path) => new RegExp(`^/${folder}/[^/]+/$`).test(path)).filter((path) =>
    existsSync(join(import.meta.dirname, '..', '..', 'content', folder, `${path.split('/')[2]}.mdx`)),
  );
}

/** What a reader reads in the page's main part: its text blocks, alt text and labels, not English-marked quotes. */
export function mainText($: CheerioAPI): string {
  const main = $('main').clone();
  main.find('script, style, [hidden], [lang]:not([lang^="es"])').remove();
  const blocks = main
    .find('p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, caption, button, label, summary, legend, a')
    .map((_, element) => $(element).text().replace(/\s+/g, ' ').trim())
    .get();
  const labels = main
    .find('[alt], [aria-label], [title]')
    .map((_, element) => [$(element).attr('alt'), $(element).attr('aria-label'), $(element).attr('title')])
    .get()
    .filter(Boolean);
  return [...blocks, ...labels].join('\n');
}
