/**
 * Inline scripts and their CSP hashes. Astro hashes only the scripts it bundles, so a
 * page that renders an `is:inline` script must add that script's hash to its policy
 * itself, from page frontmatter (a component's frontmatter runs after <head> is written).
 */
import { createHash } from 'node:crypto';

export type Sha256Source = `sha256-${string}`;

/** The CSP source that allows exactly this script text to run. */
export function scriptHash(code: string): Sha256Source {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/** /search/: hide the no-JavaScript text and show the search box before the first paint. */
export const SEARCH_SWAP_SCRIPT = `document.querySelector('[data-search-fallback]').hidden = true;
document.querySelector('search-page').hidden = false;`;
