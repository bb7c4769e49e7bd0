/**
 * <search-page>: searches as the reader types, with the query and filters kept in
 * the URL (shareable; Back works), "Did you mean" for typos, the count announced
 * when results show, and the example searches and body areas when there is
 * nothing to show. A query that names an emergency shows its box above every
 * result at once, before the index has even loaded.
 *
 * The element is defined by one small entry per language (search-page.en.ts, search-page.es.ts),
 * which gives it that language's words and word forms, so a page ships only its own language.
 */
import type { SearchScriptWords } from '../i18n/en/search';
import type { WordForms } from '../lib/search-forms';
import {
  FILTER_NAMES,
  hasSearch,
  resultCountText,
  searchingText,
  searchForState,
  stateFromSearch,
  type SearchState,
} from '../lib/search-text';
import { createEmergencyMatcher, type EmergencyData, type EmergencyMatcher } from '../lib/search-emergency';
import { SearchEngine } from './search-engine';
import { moveBetweenResults, readFilterLabels, renderResult, type FilterLabels } from './search-results';
import type { PagefindResult } from './pagefind-types';
import { bindSearchShortcut } from './search-shortcut';
import { enableControls } from './upgrade';

/**
 * Results shown at first, then per "Show more". Each result fetches its excerpt, and
 * a search runs at each pause in typing, so the first page stays short.
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
/** Typing starts searching from this many letters; Enter searches any length. */
const MIN_TYPED = 3;
/**
 * The pause after a keystroke before results show. Each keystroke only fetches the
 * index for the words so far; excerpts are fetched for the words the reader stops
 * at, not for every letter on the way.
 */
const TYPING_PAUSE_MS = 150;

type History = 'push' | 'replace' | 'none';

/** A language's words (its table's `searchScript`) and word forms (src/lib/search-forms.ts). */
interface Language {
  words: SearchScriptWords;
  forms: WordForms;
}

abstract class SearchPage extends HTMLElement {
  /** Given by the language's entry (defineSearchPage). */
  protected abstract readonly language: Language;
  #engine!: SearchEngine;
  #emergency!: EmergencyMatcher;
  #input!: HTMLInputElement;
  #selects!: HTMLSelectElement[];
  #labels!: FilterLabels;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #suggestion!: HTMLElement;
  #empty!: HTMLElement;
  #alerts: HTMLElement[] = [];
  #results: PagefindResult[] = [];
  #latest = 0;
  #pause: ReturnType<typeof setTimeout> | undefined;
  #connection: AbortController | undefined; // its abort removes every listener added on connect

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    const find = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;
    this.#input = find('input[name="q"]');
    this.#selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
    this.#labels = readFilterLabels(this.#selects);
    this.#status = find('[data-search-status]');
    this.#list = find('[data-search-results]');
    this.#more = find('[data-search-more]');
    this.#suggestion = find('[data-search-suggestion]');
    this.#empty = find('[data-search-empty]');
    this.#alerts = [...this.querySelectorAll<HTMLElement>('[data-search-emergency] [data-urgency]')];
    // The signs and readers' words for them, from content/safety.json, carried by the page itself:
    // the box can show before anything else has loaded.
    const data =
      find<HTMLElement>('[data-search-emergency]').dataset['signs'] ?? '{"signs":[],"words":{"ignore":[],"alike":[]}}';
    const { forms } = this.language;
    this.#emergency = createEmergencyMatcher(JSON.parse(data) as EmergencyData, forms);
    // The did-you-mean words of the page's language (/search-words.json, /es/search-words.json).
    const wordsUrl = this.dataset['wordsUrl'] ?? '';
    this.#engine = new SearchEngine(this.#emergency, { wordsUrl, forms }, this.dataset['indexTag']);
    bindSearchShortcut(this.#input, signal);

    find('form').addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        void this.#run('push');
      },
      { signal },
    );
    this.#input.addEventListener(
      'input',
      () => {
        const typed = this.#input.value.trim();
        this.#engine.preload(typed);
        clearTimeout(this.#pause);
        if (typed.length > 0 && typed.length < MIN_TYPED) return;
        this.#pause = setTimeout(() => void this.#run('replace'), TYPING_PAUSE_MS);
      },
      { signal },
    );
    for (const select of this.#selects) select.addEventListener('change', () => void this.#run('push'), { signal });
    this.#more.addEventListener('click', () => void this.#showMore(), { signal });
    this.addEventListener('keydown', (event) => moveBetweenResults(event, this.#input, this.#list), { signal });
    // Example searches and "Did you mean" are links to /search/?q=...: run them here, no reload.
    this.addEventListener(
      'click',
      (event) => {
        const link = event.target instanceof Element ? event.target.closest('a') : null;
        if (!link || link.pathname !== location.pathname || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        this.#show(stateFromSearch(link.search));
        void this.#run('push');
        this.#input.focus();
      },
      { signal },
    );
    window.addEventListener(
      'popstate',
      () => {
        this.#show(stateFromSearch(location.search));
        void this.#run('none');
      },
      { signal },
    );

    enableControls(this);
    const state = stateFromSearch(location.search);
    this.#show(state);
    if (hasSearch(state)) {
      // Before the index has loaded, the line where the count will go says what is coming. The
      // examples stay unseen but keep their room until the results take it in the same frame,
      // so what lies below them (the safety line) never jumps while the reader looks.
      this.dataset['pending'] = '';
      this.#status.textContent = searchingText(this.language.words, state.query);
    }
    this.#engine.load().catch(() => undefined); // fetch the index while the reader starts typing; #run reports failures
    if (hasSearch(state)) void this.#run('none');
    else this.#input.focus();
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
    clearTimeout(this.#pause);
  }

  /** Puts a search into the box and the filters, unfolding the filters when one is set. */
  #show({ query, filters }: SearchState) {
    this.#input.value = query;
    for (const select of this.#selects) select.value = filters[select.name as keyof typeof filters] ?? '';
    if (Object.keys(filters).length > 0) this.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const name of FILTER_NAMES) {
      const value = this.#selects.find((select) => select.name === name)?.value;
      if (value) filters[name] = value;
    }
    return { query: this.#input.value.trim(), filters };
  }

  async #run(history: History) {
    clearTimeout(this.#pause);
    const state = this.#state();
    const ticket = ++this.#latest;
    if (history !== 'none') {
      const url = `${location.pathname}${searchForState(state)}`;
      if (url !== `${location.pathname}${location.search}`) window.history[`${history}State`](null, '', url);
    }
    const sign = this.#emergency.match(state.query);
    for (const alert of this.#alerts) {
      alert.hidden = alert.dataset['urgency'] !== sign?.urgency;
      if (!alert.hidden && sign) alert.querySelector('[data-search-sign]')!.textContent = sign.text;
    }
    if (!hasSearch(state)) return this.#render(ticket, state, undefined, []);
    try {
      const outcome = await this.#engine.search(state, this.#input.value);
      await this.#render(ticket, { ...state, query: outcome.query }, outcome.suggestion, outcome.results);
    } catch {
      if (ticket !== this.#latest) return;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#empty.hidden = false;
      delete this.dataset['pending'];
      this.#status.textContent = this.language.words.failed;
    }
  }

  async #render(ticket: number, state: SearchState, suggestion: string | undefined, results: PagefindResult[]) {
    const first = await items(results, 0, FIRST_PAGE, this.#labels, this.language.words);
    if (ticket !== this.#latest) return; // a newer search has started; drop this one
    this.#results = results;
    this.#list.replaceChildren(...first);
    this.#more.hidden = results.length <= first.length;
    this.#suggestion.hidden = !suggestion;
    if (suggestion) {
      const link = this.#suggestion.querySelector('a')!;
      link.textContent = suggestion;
      link.search = searchForState({ ...state, query: suggestion });
    }
    this.#empty.hidden = hasSearch(state) && results.length > 0;
    delete this.dataset['pending'];
    const filterNames = FILTER_NAMES.flatMap((name) => {
      const value = state.filters[name];
      return value ? [this.#labels.get(name)?.get(value) ?? value] : [];
    });
    this.#status.textContent = hasSearch(state)
      ? resultCountText(this.language.words, results.length, state.query, filterNames)
      : '';
  }

  /** Adds the next page of results and moves focus to the first of them. */
  async #showMore() {
    const ticket = this.#latest;
    const next = await items(this.#results, this.#list.children.length, PAGE_SIZE, this.#labels, this.language.words);
    if (ticket !== this.#latest) return;
    this.#list.append(...next);
    this.#more.hidden = this.#list.children.length >= this.#results.length;
    next[0]?.querySelector('a')?.focus();
  }
}

/** Up to `count` result items from `start`, in the page's language; each fetches its excerpt. */
async function items(
  results: PagefindResult[],
  start: number,
  count: number,
  labels: FilterLabels,
  words: SearchScriptWords,
): Promise<HTMLLIElement[]> {
  const data = await Promise.all(results.slice(start, start + count).map((result) => result.data()));
  return data.map((result) => renderResult(result, labels, words));
}

/** Defines <search-page> in a language; each language's entry calls it once. */
export function defineSearchPage(words: SearchScriptWords, forms: WordForms): void {
  if (customElements.get('search-page')) return;
  customElements.define(
    'search-page',
    class extends SearchPage {
      protected readonly language = { words, forms };
    },
  );
}
