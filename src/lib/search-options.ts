/**
 * How search ranks pages: one home for the Pagefind options, so the search page
 * and the relevance tests run exactly the same ranking.
 */
import type { PageKind } from './page-meta';

/**
 * The metadata field a page's reader keywords are indexed under. An area page is
 * the hub for its symptoms ("headache" leads to Head, which lists every head
 * technique), so its keywords get their own, heavier field; every other page
 * shares the lighter `keywords` field.
 */
export function keywordsField(kind: PageKind): 'area_keywords' | 'keywords' {
  return kind === 'area' ? 'area_keywords' : 'keywords';
}

/**
 * Pagefind's `ranking.metaWeights` (Pagefind 1.5+): a match in a metadata field adds
 * weight x the matched terms' rarity x (share of the query matched)^2 to the body
 * score. Headings already outweigh body text by Pagefind's own defaults (h1 7, h2 6,
 * h3 5, text 1).
 */
const META_WEIGHTS = {
  /** The page's own name: Pagefind's default. */
  title: 5,
  /** Symptoms, lay names and misspellings of an area page. */
  area_keywords: 7,
  /** Keywords of techniques, routines, tools, guides and /safety/. */
  keywords: 3,
  /**
   * Words /safety/ is the hub for, on /safety/ alone: the emergency words of
   * src/lib/search-emergency.ts and the ask-first conditions. Heavier than any area's,
   * so "worst headache" finds what to do before it finds Head.
   */
  safety_keywords: 12,
} as const;

/**
 * The Pagefind filter on the pages that say where to get help: /safety/ and the guides. A search
 * that names an emergency shows only these under its box, never a technique or a routine.
 */
export const HELP_FILTER = 'help';

/** Whether a page says where to get help: the guides, and /safety/ (the one page with safety keywords). */
export function helpsInEmergency(kind: PageKind, hasSafetyKeywords: boolean): boolean {
  return kind === 'guide' || hasSafetyKeywords;
}

/** Options passed to `pagefind.options()` before the first search. */
export const PAGEFIND_OPTIONS = {
  /**
   * Search in Pagefind's worker: it unpacks the WebAssembly and the index off the main thread.
   * Measured side by side with Lighthouse (mobile) on /search/?q=shoulder and ?q=chest%20pain, 4
   * runs each: the main thread gave a median TBT of 236 ms and LCP 1.95 s, the worker 73 ms and
   * 1.66 s, for 12 KB more script (gzipped), which the HTTP cache keeps after the first visit.
   */
  noWorker: false,
  excerptLength: 24,
  ranking: { metaWeights: META_WEIGHTS },
} as const;
