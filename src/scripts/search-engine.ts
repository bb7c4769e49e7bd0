/**
 * Pagefind and the did-you-mean vocabulary, loaded together on first use: one
 * search call that corrects the query, runs it with the filters, and falls back to
 * the words as typed when the correction finds nothing. A query that names an
 * emergency is never corrected; a query of no real word finds nothing.
 */
import type { EmergencyMatcher } from '../lib/search-emergency';
import type { WordForms } from '../lib/search-forms';
import { HELP_FILTER, PAGEFIND_OPTIONS } from '../lib/search-options';
import { createCorrector, createRealWords, type SearchVocabulary } from '../lib/search-suggest';
import type { SearchState } from '../lib/search-text';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind-types';

export interface SearchOutcome {
  /** The words searched: the reader's, or the correction offered. */
  query: string;
  /** The corrected query when one was used, for "Did you mean". */
  suggestion: string | undefined;
  results: PagefindResult[];
}

interface Words {
  correct: (query: string) => string | undefined;
  /** The words of a query that search can match; all of them when the vocabulary did not load. */
  real: (query: string) => string[];
}

async function loadWords(url: string, forms: WordForms, emergency: EmergencyMatcher): Promise<Words> {
  try {
    const response = await fetch(url);
    const vocabulary = (await response.json()) as SearchVocabulary;
    return {
      correct: createCorrector(vocabulary, forms, emergency.words),
      real: createRealWords(
        vocabulary,
        forms,
        emergency.words,
        forms.leaveOutStopWords ? emergency.ignored : undefined,
      ),
    };
  } catch {
    // search still works, just without "Did you mean"
    return { correct: () => undefined, real: (query) => query.split(/\s+/).filter(Boolean) };
  }
}

/** Where the engine finds its language's words, and how that language writes them. */
export interface EngineLanguage {
  /** The did-you-mean vocabulary's address: /search-words.json, /es/search-words.json. */
  wordsUrl: string;
  forms: WordForms;
}

export class SearchEngine {
  #ready: Promise<[Pagefind, Words]> | undefined;
  readonly #emergency: EmergencyMatcher;
  readonly #language: EngineLanguage;
  readonly #indexTag: string | undefined;

  /**
   * `indexTag` is the build's tag for Pagefind's entry file, so it matches the page's preload.
   * Pagefind reads the page's language from <html lang> and searches that language's index.
   */
  constructor(emergency: EmergencyMatcher, language: EngineLanguage, indexTag?: string) {
    this.#emergency = emergency;
    this.#language = language;
    this.#indexTag = indexTag;
  }

  /** Starts loading; the search page calls this as it opens, so the first search is quick. */
  load(): Promise<[Pagefind, Words]> {
    this.#ready ??= Promise.all([
      loadPagefind(this.#indexTag ? { ...PAGEFIND_OPTIONS, metaCacheTag: this.#indexTag } : PAGEFIND_OPTIONS),
      loadWords(this.#language.wordsUrl, this.#language.forms, this.#emergency),
    ]);
    return this.#ready;
  }

  /** Fetches the index for words still being typed, so the search after the pause is quick. */
  preload(query: string): void {
    if (query) void this.load().then(([pagefind]) => pagefind.preload(query));
  }

  /** The pages of some areas where the reader would press: their techniques and routines. */
  async #pressingIds(pagefind: Pagefind, text: string, areas: readonly string[]): Promise<Set<string>> {
    const kinds = ['technique', 'routine'];
    const found = await Promise.all(
      areas.flatMap((area) => kinds.map((kind) => pagefind.search(text || null, { filters: { kind, area } }))),
    );
    return new Set(found.flatMap((search) => search.results.map((result) => result.id)));
  }

  /** `typed` is the box's raw value: a trailing space tells the corrector the last word is finished. */
  async search({ query, filters }: SearchState, typed: string): Promise<SearchOutcome> {
    const [pagefind, words] = await this.load();
    const run = async (text: string) => (await pagefind.search(text || null, { filters })).results;
    // A query naming an emergency is searched with its typos mended ("chest pian"), but never
    // offered as "Did you mean": the emergency words themselves are never rewritten. Under a
    // sign that forbids pressing an area (a clot: the legs), that area's techniques and
    // routines are left out, so the results never offer what the box says not to do.
    const sign = query ? this.#emergency.match(query) : undefined;
    if (sign?.urgency === 'emergency') {
      // An emergency never leads to a technique, a routine or a list of them: only the pages
      // that say where to get help (/safety/ and the guides; src/components/PageIndexMeta.astro).
      const text = words.real(words.correct(`${typed} `) ?? query).join(' ');
      const helping = await pagefind.search(text || null, { filters: { ...filters, [HELP_FILTER]: 'yes' } });
      return { query, suggestion: undefined, results: helping.results };
    }
    if (sign) {
      const text = words.real(words.correct(`${typed} `) ?? query).join(' ');
      const [results, hidden] = await Promise.all([run(text), this.#pressingIds(pagefind, text, sign.noPressAreas)]);
      return { query, suggestion: undefined, results: results.filter((result) => !hidden.has(result.id)) };
    }
    const suggestion = query ? words.correct(typed) : undefined;
    if (suggestion) {
      const results = await run(words.real(suggestion).join(' '));
      if (results.length > 0) return { query: suggestion, suggestion, results };
    }
    const real = words.real(query).join(' ');
    if (query && !real) return { query, suggestion: undefined, results: [] };
    return { query, suggestion: undefined, results: await run(real) };
  }
}
