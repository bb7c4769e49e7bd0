/**
 * Pure helpers for the search page: the search as a URL (so it can be shared and
 * Back works) and the words that announce the results, in the page's language (its
 * table's words: src/i18n/<lang>/search.ts, `searchScript`).
 */
import type { SearchScriptWords } from '../i18n/en/search';

/** The filters a reader can narrow by; each is a Pagefind filter and a URL parameter. */
export const FILTER_NAMES = ['area', 'tool', 'kind'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SearchFilters = Partial<Record<FilterName, string>>;

/** One search: the words typed and the filters chosen. */
export interface SearchState {
  query: string;
  filters: SearchFilters;
}

/** The query from a URL's search string, trimmed; empty when absent. */
export function queryFromSearch(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** The whole search from a URL's search string; empty filter values are dropped. */
export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: queryFromSearch(search), filters };
}

/** The search string for a search, in a fixed order; empty when there is nothing to search. */
export function searchForState({ query, filters }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The search string for a query alone. */
export function searchForQuery(query: string): string {
  return searchForState({ query, filters: {} });
}

/** Whether a search has anything to look for: words, a filter, or both. */
export function hasSearch({ query, filters }: SearchState): boolean {
  return query.trim() !== '' || Object.keys(filters).length > 0;
}

/**
 * The sentence that announces the results, for example
 * "3 results for “neck”, filtered by Technique and Tennis ball."
 * `filterLabels` are the reader's names of the chosen filters.
 */
export function resultCountText(
  words: SearchScriptWords,
  count: number,
  query: string,
  filterLabels: readonly string[] = [],
): string {
  return words.resultCount(count, query.trim(), filterLabels);
}

/** The status line while a search from the address is on its way: "Searching for “shoulder”…". */
export function searchingText(words: SearchScriptWords, query: string): string {
  return words.searching(query.trim());
}

/**
 * The line under a result's title: its kind and the areas it covers, for example
 * "Technique · Shoulders" or "Routine · Neck, Shoulders and 4 more".
 */
export function resultMetaText(words: SearchScriptWords, kind: string, areas: readonly string[]): string {
  if (areas.length === 0) return kind;
  const named = areas.length <= 3 ? words.list(areas) : words.andMore(areas.slice(0, 2).join(', '), areas.length - 2);
  return kind ? `${kind} · ${named}` : named;
}
