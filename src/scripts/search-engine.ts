/**
 * Pagefind and the did-you-mean vocabulary, loaded together on first use: one
 * search call that corrects the query, runs it with the filters, and falls back to
 * the words as typed when the correction finds nothing.
 */
import { PAGEFIND_OPTIONS } from '../lib/search-options';
import { createCorrector, type SearchVocabulary } from '../lib/search-suggest';
import type { SearchState } from '../lib/search-text';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-types';

export interface SearchOutcome {
  /** The words searched: the reader's, or the correction offered. */
  query: string;
  /** The corrected query when one was used, for "Did you mean". */
  suggestion: string | undefined;
  results: PagefindResult[];
}

type Corrector = (query: string) => string | undefined;

async function loadCorrector(): Promise<Corrector> {
  try {
    const response = await fetch('/search-words.json');
    return createCorrector((await response.json()) as SearchVocabulary);
  } catch {
    return () => undefined; // search still works, just without "Did you mean"
  }
}

export class SearchEngine {
  #ready: Promise<[Pagefind, Corrector]> | undefined;

  /** Starts loading; the search page calls this as it opens, so the first search is quick. */
  load(): Promise<[Pagefind, Corrector]> {
    this.#ready ??= Promise.all([loadPagefind(PAGEFIND_OPTIONS), loadCorrector()]);
    return this.#ready;
  }

  /** Fetches the index for words still being typed, so the search after the pause is quick. */
  preload(query: string): void {
    if (query) void this.load().then(([pagefind]) => pagefind.preload(query));
  }

  /** `typed` is the box's raw value: a trailing space tells the corrector the last word is finished. */
  async search({ query, filters }: SearchState, typed: string): Promise<SearchOutcome> {
    const [pagefind, correct] = await this.load();
    const run = async (words: string) => (await pagefind.search(words || null, { filters })).results;
    const suggestion = query ? correct(typed) : undefined;
    if (suggestion) {
      const results = await run(suggestion);
      if (results.length > 0) return { query: suggestion, suggestion, results };
    }
    return { query, suggestion: undefined, results: await run(query) };
  }
}
