/**
 * <search-page>: runs Pagefind for the query in ?q= and as the reader types,
 * keeping the query in the URL so results can be shared and Back works.
 */
import { KIND_LABELS } from '../lib/labels';
import { queryFromSearch, resultCountText, searchForQuery } from '../lib/search-text';
import { loadPagefind, type Pagefind, type PagefindResultData } from './pagefind-types';

const MAX_RESULTS = 10;

class SearchPage extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #latest = 0;

  connectedCallback() {
    this.#input = this.querySelector('input[name="q"]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#list = this.querySelector('[data-search-results]')!;
    this.#input.value = queryFromSearch(location.search);
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(this.#input.value, 'push');
    });
    this.#input.addEventListener('input', () => void this.#run(this.#input.value, 'replace'));
    window.addEventListener('popstate', () => {
      this.#input.value = queryFromSearch(location.search);
      void this.#run(this.#input.value, 'none');
    });
    if (this.#input.value) void this.#run(this.#input.value, 'none');
    else this.#input.focus();
  }

  async #run(rawQuery: string, history: 'push' | 'replace' | 'none') {
    const query = rawQuery.trim();
    const ticket = ++this.#latest;
    if (history !== 'none') {
      const url = `${location.pathname}${searchForQuery(query)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (!query) {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#pagefind ??= loadPagefind();
    const pagefind = await this.#pagefind;
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== this.#latest) return; // a newer query has started; drop this one
    this.#list.replaceChildren(...data.map(renderResult));
    this.#status.textContent = resultCountText(search.results.length, query);
  }
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  const kind = document.createElement('span');
  kind.className = 'kind';
  const kindId = result.filters['kind']?.[0] as keyof typeof KIND_LABELS | undefined;
  kind.textContent = kindId ? KIND_LABELS[kindId] ?? '' : '';
  const excerpt = document.createElement('p');
  excerpt.innerHTML = result.excerpt; // Pagefind escapes page text and adds only <mark>
  item.append(kind, link, excerpt);
  return item;
}

customElements.define('search-page', SearchPage);
