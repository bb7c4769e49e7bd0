// @vitest-environment jsdom
/**
 * <search-page> on a Spanish page (its Spanish entry, search-page.es.ts), with a fake Pagefind:
 * what it writes is Spanish, accents are optional, and Spanish emergency words show the box.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindResult } from './pagefind-types';
import { loadPagefind } from './pagefind-types';
import './search-page.es';

vi.mock('./pagefind-types', () => ({ loadPagefind: vi.fn() }));

const PAGES = [
  { url: '/es/areas/calves/', title: 'Pantorrillas', kind: 'area', area: ['calves'] },
  {
    url: '/es/techniques/calves-tennis-ball/',
    title: 'Pantorrillas: pelota de tenis',
    kind: 'technique',
    area: ['calves'],
  },
  { url: '/es/areas/hamstrings/', title: 'Isquiotibiales', kind: 'area', area: ['hamstrings'] },
];

/** A page matches when its title, accents folded, holds every word searched (as Pagefind folds them). */
function fakePagefind(): Pagefind {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const result = (page: (typeof PAGES)[number]): PagefindResult => ({
    id: page.url,
    score: 1,
    data: async () => ({
      url: page.url,
      excerpt: page.title,
      meta: { title: page.title },
      filters: { kind: [page.kind], area: page.area },
    }),
  });
  return {
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    search: async (term) => ({
      results: PAGES.filter((page) =>
        fold(term ?? '')
          .split(/\s+/)
          .every((word) => fold(page.title).includes(word)),
      ).map(result),
    }),
  };
}

const VOCABULARY = { words: 'pantorrillas pantorrilla isquiotibiales pelota tenis dolor pecho', primary: 7, fixes: {} };
const SIGNS = {
  signs: [
    {
      id: 'chest',
      urgency: 'emergency',
      text: 'Dolor, presión u opresión en el pecho que dura más de unos pocos minutos, o que vuelve.',
      lay: ['dolor de pecho'],
      noPressAreas: [],
    },
  ],
  words: { ignore: ['de', 'el'], alike: [['dolor', 'duele']] },
};
const MARKUP = `
  <search-page data-words-url="/es/search-words.json">
    <form action="/es/search/" method="get" role="search">
      <input name="q" type="search" disabled data-awaits-script />
      <details data-search-filters>
        <select name="area" data-search-filter disabled data-awaits-script>
          <option value="">Todas las zonas</option><option value="calves">Pantorrillas</option>
          <option value="hamstrings">Isquiotibiales</option>
        </select>
      </details>
    </form>
    <div data-search-emergency data-signs='${JSON.stringify(SIGNS)}'>
      <section data-urgency="emergency" role="alert" hidden><p data-search-sign></p></section>
    </div>
    <p data-search-suggestion hidden>¿Quisiste decir <a href="/es/search/"></a>?</p>
    <p role="status" data-search-status></p>
    <ol data-search-results></ol>
    <button type="button" data-search-more hidden>Ver más resultados</button>
    <div data-search-empty></div>
  </search-page>`;

function openSearch(address = '/es/search/') {
  history.replaceState(null, '', address);
  document.body.innerHTML = MARKUP;
  const page = document.querySelector('search-page')!;
  const part = <T extends HTMLElement>(selector: string) => page.querySelector<T>(selector)!;
  return {
    page,
    status: part('[data-search-status]'),
    suggestion: part('[data-search-suggestion]'),
    alert: part('[data-urgency="emergency"]'),
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

describe('<search-page> in Spanish', () => {
  it('fetches the Spanish words, and says how many results there are, in Spanish', async () => {
    const { page, search, status } = openSearch();
    search('pantorrillas');
    await vi.waitFor(() => expect(status.textContent).toBe('2 resultados para “pantorrillas”.'));
    expect(vi.mocked(fetch)).toHaveBeenCalledWith('/es/search-words.json');
    expect(page.querySelector('[data-search-results] .meta')!.textContent).toBe('Zona del cuerpo · Pantorrillas');
  });

  it('names the filters in Spanish', async () => {
    const { status } = openSearch('/es/search/?q=pantorrillas&area=calves');
    await vi.waitFor(() =>
      expect(status.textContent).toBe('2 resultados para “pantorrillas”, con el filtro Pantorrillas.'),
    );
  });

  it('offers "¿Quisiste decir…?" for a typo, never for a word without its accent', async () => {
    const { search, status, suggestion } = openSearch();
    search('isquiotiviales');
    await vi.waitFor(() => expect(status.textContent).toBe('1 resultado para “isquiotibiales”.'));
    expect(suggestion.textContent!.replace(/\s+/g, ' ').trim()).toBe('¿Quisiste decir isquiotibiales?');
    search('PANTORRILLAS');
    await vi.waitFor(() => expect(status.textContent).toBe('2 resultados para “PANTORRILLAS”.'));
    expect(suggestion.hidden).toBe(true);
  });

  it('shows the emergency box for Spanish emergency words, typos and all, before any result', () => {
    vi.mocked(loadPagefind).mockImplementation(() => new Promise(() => undefined));
    const { search, alert, status } = openSearch('/es/search/?q=dolor+de+pexho');
    expect(alert.hidden).toBe(false);
    expect(alert.textContent).toBe(SIGNS.signs[0]!.text);
    expect(status.textContent).toBe('Buscando “dolor de pexho”…');
    search('pantorrillas');
    expect(alert.hidden).toBe(true);
  });

  it('says so in Spanish when the index cannot load', async () => {
    vi.mocked(loadPagefind).mockRejectedValue(new TypeError('Failed to fetch'));
    const { search, status } = openSearch();
    search('pantorrillas');
    await vi.waitFor(() =>
      expect(status.textContent).toBe(
        'No se pudo cargar la búsqueda. Revisa tu conexión y vuelve a intentarlo, o empieza por una zona del cuerpo más abajo.',
      ),
    );
  });
});
