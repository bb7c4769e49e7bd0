// @vitest-environment jsdom
/**
 * <search-page> with a fake Pagefind in place of the built index: a handful of
 * pages, each found by the words of its title, so every expected value below
 * can be read off the list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindResult } from './pagefind-types';
import { loadPagefind } from './pagefind-types';
import './search-page.en';

// Vitest lifts this above the imports: the page's engine gets the fake, never the built index.
vi.mock('./pagefind-types', () => ({ loadPagefind: vi.fn() }));

interface FakePage {
  url: string;
  title: string;
  kind: string;
  area: string[];
}

const PAGES: FakePage[] = [
  { url: '/techniques/shoulder-grip-hold/', title: 'Shoulder grip hold', kind: 'technique', area: ['shoulders'] },
  { url: '/techniques/shoulder-ball-wall/', title: 'Shoulder ball at a wall', kind: 'technique', area: ['shoulders'] },
  { url: '/techniques/shoulder-roller/', title: 'Shoulder foam roller', kind: 'technique', area: ['shoulders'] },
  { url: '/areas/shoulders/', title: 'Shoulder pain', kind: 'area', area: ['shoulders'] },
  { url: '/routines/desk/', title: 'Desk neck and shoulder', kind: 'routine', area: ['neck', 'shoulders'] },
  { url: '/guides/shoulder-posture/', title: 'Shoulder posture', kind: 'guide', area: ['shoulders'] },
  { url: '/tools/shoulder-cane/', title: 'Shoulder cane', kind: 'tool', area: ['shoulders'] },
  { url: '/techniques/neck-line-trace/', title: 'Neck line trace', kind: 'technique', area: ['neck'] },
];

/** A fake of Pagefind's browser API: a page matches when its title holds every word searched. */
function fakePagefind(): Pagefind {
  const matches = (page: FakePage, term: string | null, filters: Record<string, string>) =>
    (term ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .every((word) => page.title.toLowerCase().includes(word)) &&
    Object.entries(filters).every(([name, value]) =>
      name === 'kind' ? page.kind === value : name === 'area' ? page.area.includes(value) : false,
    );
  const result = (page: FakePage): PagefindResult => ({
    id: page.url,
    score: 1,
    data: async () => ({
      url: page.url,
      excerpt: `About <mark>${page.title.toLowerCase()}</mark>.`,
      meta: { title: page.title },
      filters: { kind: [page.kind], area: page.area },
    }),
  });
  return {
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search: async (term, options) => ({
      results: PAGES.filter((page) => matches(page, term, options?.filters ?? {})).map(result),
    }),
  };
}

/** /search-words.json, cut down: the words a query is corrected to come first. */
const VOCABULARY = { words: 'shoulder neck pain ball wall grip hold chest desk', primary: 8, fixes: {} };

/** The page as src/pages/search.astro renders it, cut down: one sign, two filters. */
const SIGNS = {
  signs: [
    {
      id: 'chest',
      urgency: 'emergency',
      text: 'Pain, pressure or tightness in your chest that lasts more than a few minutes.',
      lay: ['chest pain'],
      noPressAreas: [],
    },
  ],
  words: { ignore: ['my'], alike: [['pain', 'ache']] },
};
const MARKUP = `
  <search-page data-words-url="/search-words.json">
    <form action="/search/" method="get" role="search">
      <input name="q" type="search" disabled data-awaits-script />
      <details data-search-filters>
        <select name="area" data-search-filter disabled data-awaits-script>
          <option value="">All areas</option><option value="neck">Neck</option><option value="shoulders">Shoulders</option>
        </select>
        <select name="kind" data-search-filter disabled data-awaits-script>
          <option value="">All kinds</option><option value="technique">Technique</option><option value="area">Body area</option>
        </select>
      </details>
    </form>
    <div data-search-emergency data-signs='${JSON.stringify(SIGNS)}'>
      <section data-urgency="emergency" role="alert" hidden><p data-search-sign></p></section>
      <section data-urgency="urgent" role="alert" hidden><p data-search-sign></p></section>
    </div>
    <p data-search-suggestion hidden>Did you mean <a href="/search/"></a>?</p>
    <p role="status" data-search-status></p>
    <ol data-search-results></ol>
    <button type="button" data-search-more hidden>Show more results</button>
    <div data-search-empty><a href="/search/?q=neck">neck</a></div>
  </search-page>`;

function openSearch(address = '/search/') {
  history.replaceState(null, '', address);
  document.body.innerHTML = MARKUP;
  const page = document.querySelector('search-page')!;
  const part = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  return {
    page,
    box: part<HTMLInputElement>('input[name="q"]'),
    status: part('[data-search-status]'),
    more: part<HTMLButtonElement>('[data-search-more]'),
    suggestion: part('[data-search-suggestion]'),
    empty: part('[data-search-empty]'),
    alert: part('[data-urgency="emergency"]'),
    /** The titles of the results shown, in order. */
    titles: () => [...page.querySelectorAll('[data-search-results] h2 a')].map((link) => link.textContent),
    /** Types a query and presses Enter. */
    search(query: string) {
      part<HTMLInputElement>('input[name="q"]').value = query;
      part('form').dispatchEvent(new Event('submit', { cancelable: true }));
    },
  };
}

beforeEach(() => {
  vi.mocked(loadPagefind).mockImplementation(async () => fakePagefind());
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Response.json(VOCABULARY)),
  );
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<search-page>', () => {
  it('enables the box and the filters once it runs', () => {
    const { page } = openSearch();
    expect(page.querySelectorAll(':disabled')).toHaveLength(0);
  });

  it('shows the first 5 results, says how many there are, and keeps the search in the address', async () => {
    const { search, status, titles, more } = openSearch();
    search('shoulder');
    await vi.waitFor(() => expect(status.textContent).toBe('7 results for “shoulder”.'));
    expect(titles()).toEqual([
      'Shoulder grip hold',
      'Shoulder ball at a wall',
      'Shoulder foam roller',
      'Shoulder pain',
      'Desk neck and shoulder',
    ]);
    expect(more.hidden).toBe(false);
    expect(location.pathname + location.search).toBe('/search/?q=shoulder');
  });

  it('"Show more results" adds the rest, moves focus to the first added, and goes away', async () => {
    const { search, status, titles, more } = openSearch();
    search('shoulder');
    await vi.waitFor(() => expect(status.textContent).toBe('7 results for “shoulder”.'));
    more.click();
    await vi.waitFor(() => expect(titles()).toHaveLength(7));
    expect(titles().slice(5)).toEqual(['Shoulder posture', 'Shoulder cane']);
    expect(document.activeElement?.textContent).toBe('Shoulder posture');
    expect(more.hidden).toBe(true);
  });

  it('shows where each result is from: its kind and its areas', async () => {
    const { page, search, status } = openSearch();
    search('desk');
    await vi.waitFor(() => expect(status.textContent).toBe('1 result for “desk”.'));
    expect(page.querySelector('[data-search-results] .meta')!.textContent).toBe('Routine · Neck and Shoulders');
  });

  it('narrows by a filter, names it in the count, and puts it in the address', async () => {
    const { page, search, status, titles } = openSearch();
    search('shoulder');
    await vi.waitFor(() => expect(status.textContent).toBe('7 results for “shoulder”.'));
    const kind = page.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    kind.value = 'technique';
    kind.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(status.textContent).toBe('3 results for “shoulder”, filtered by Technique.'));
    expect(titles()).toEqual(['Shoulder grip hold', 'Shoulder ball at a wall', 'Shoulder foam roller']);
    expect(location.search).toBe('?q=shoulder&kind=technique');
  });

  it('opened with a search in its address, runs it and unfolds the filters it names', async () => {
    const { page, status, box } = openSearch('/search/?q=neck&area=neck');
    await vi.waitFor(() => expect(status.textContent).toBe('2 results for “neck”, filtered by Neck.'));
    expect(box.value).toBe('neck');
    expect(page.querySelector('details')!.open).toBe(true);
  });

  it('for a typo, searches the word it stands for and offers it as "Did you mean"', async () => {
    const { search, status, suggestion } = openSearch();
    search('sholder grip');
    await vi.waitFor(() => expect(status.textContent).toBe('1 result for “shoulder grip”.'));
    expect(suggestion.hidden).toBe(false);
    expect(suggestion.textContent!.replace(/\s+/g, ' ').trim()).toBe('Did you mean shoulder grip?');
    const link = suggestion.querySelector('a')!;
    expect(link.pathname + link.search).toBe('/search/?q=shoulder+grip');
  });

  it('with nothing found, says so and shows the example searches', async () => {
    const { search, status, empty, titles } = openSearch();
    search('wall hold');
    await vi.waitFor(() => expect(status.textContent).toBe('No results for “wall hold”.'));
    expect(titles()).toEqual([]);
    expect(empty.hidden).toBe(false);
  });

  it('shows the emergency box for a query that names a sign, before any result', () => {
    const { search, alert } = openSearch();
    vi.mocked(loadPagefind).mockImplementation(() => new Promise(() => undefined)); // the index never arrives
    search('chest pain');
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe('Pain, pressure or tightness in your chest that lasts more than a few minutes.');
  });

  it('says so when the index cannot load, and offers the body areas', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new TypeError('Failed to fetch'));
    const { search, status, empty } = openSearch();
    search('shoulder');
    await vi.waitFor(() =>
      expect(status.textContent).toBe(
        'Search could not load. Check your connection and try again, or start from a body area below.',
      ),
    );
    expect(empty.hidden).toBe(false);
  });

  it('stops listening once it leaves the page: Back no longer runs a search in it', async () => {
    const { page, status, box } = openSearch();
    page.remove();
    history.pushState(null, '', '/search/?q=neck');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(status.textContent).toBe('');
    expect(box.value).toBe('');
  });

  it('runs an example search in place when its link is followed', async () => {
    const { page, status, box } = openSearch();
    page.querySelector<HTMLAnchorElement>('[data-search-empty] a')!.click();
    await vi.waitFor(() => expect(status.textContent).toBe('2 results for “neck”.'));
    expect(box.value).toBe('neck');
    expect(location.search).toBe('?q=neck');
  });
});
