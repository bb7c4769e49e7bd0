// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind-types';
import { moveBetweenResults, readFilterLabels, renderResult as renderIn } from './search-results';
import { searchScript } from '../i18n/en/search';
import { searchScript as es } from '../i18n/es/search';

/** A result in English. */
const renderResult = (data: PagefindResultData, labels: ReturnType<typeof readFilterLabels>) =>
  renderIn(data, labels, searchScript);

/** The filter selects as src/components/SearchFilters.astro renders them, cut to a few options. */
const FILTERS = `
  <select name="area"><option value="">All areas</option><option value="neck">Neck</option>
    <option value="shoulders">Shoulders</option><option value="hips">Hips</option>
    <option value="feet">Feet</option><option value="calves">Calves</option></select>
  <select name="tool"><option value="">Any tool</option><option value="tennis-ball">Tennis ball</option></select>
  <select name="kind"><option value="">All kinds</option><option value="technique">Technique</option></select>`;

function filterLabels() {
  document.body.innerHTML = FILTERS;
  return readFilterLabels(document.querySelectorAll('select'));
}

const result = (data: Partial<PagefindResultData>): PagefindResultData => ({
  url: '/techniques/shoulder-grip-hold/',
  excerpt: 'Grip the sore <mark>shoulder</mark> with your whole hand.',
  meta: { title: 'Shoulders: grip and thumb hold' },
  filters: { kind: ['technique'], area: ['shoulders'] },
  ...data,
});

afterEach(() => document.body.replaceChildren());

describe('the filter names', () => {
  it("reads the reader's name for each filter value from its select, leaving out the blank choice", () => {
    const labels = filterLabels();
    expect([...labels.keys()]).toEqual(['area', 'tool', 'kind']);
    expect([...labels.get('area')!]).toEqual([
      ['neck', 'Neck'],
      ['shoulders', 'Shoulders'],
      ['hips', 'Hips'],
      ['feet', 'Feet'],
      ['calves', 'Calves'],
    ]);
    expect(labels.get('tool')!.get('tennis-ball')).toBe('Tennis ball');
  });
});

describe('a search result', () => {
  it('is a heading linking to the page by its title, its kind and area, and the excerpt with the words marked', () => {
    const item = renderResult(result({}), filterLabels());
    const link = item.querySelector('h2 a')!;
    expect(link.textContent).toBe('Shoulders: grip and thumb hold');
    expect(link.getAttribute('href')).toBe('/techniques/shoulder-grip-hold/');
    expect(item.querySelector('.meta')!.textContent).toBe('Technique · Shoulders');
    expect(item.querySelector('.excerpt')!.textContent).toBe('Grip the sore shoulder with your whole hand.');
    expect(item.querySelector('.excerpt mark')!.textContent).toBe('shoulder');
  });

  it("names its areas in the filter's order, and past three, how many more", () => {
    const labels = filterLabels();
    const areas = (area: string[]) =>
      renderResult(result({ filters: { kind: ['routine'], area } }), labels).querySelector('.meta')!.textContent;
    expect(areas(['shoulders', 'neck'])).toBe('Routine · Neck and Shoulders');
    expect(areas(['feet', 'calves', 'hips', 'neck', 'shoulders'])).toBe('Routine · Neck, Shoulders and 3 more');
  });

  it('without a title, is named by its address; without a known kind, shows only its areas', () => {
    const item = renderResult(
      result({ meta: {}, filters: { kind: ['unknown'], area: ['neck'] }, url: '/guides/warm-up/' }),
      filterLabels(),
    );
    expect(item.querySelector('h2 a')!.textContent).toBe('/guides/warm-up/');
    expect(item.querySelector('.meta')!.textContent).toBe('Neck');
  });

  it('the home page result says only "Home"', () => {
    const item = renderResult(
      result({ url: '/', meta: { title: 'Ease Tight Muscles' }, filters: { kind: ['home'] } }),
      filterLabels(),
    );
    expect(item.querySelector('.meta')!.textContent).toBe('Home');
  });
});

describe('the arrow keys', () => {
  function renderList() {
    document.body.innerHTML = `<input name="q" /><ol>
      <li><h2><a href="/a/">First</a></h2></li>
      <li><h2><a href="/b/">Second</a></h2></li></ol>`;
    const box = document.querySelector('input')!;
    const list = document.querySelector('ol')!;
    const press = (key: string, from: HTMLElement) => {
      from.focus();
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      from.addEventListener('keydown', (pressed) => moveBetweenResults(pressed, box, list), { once: true });
      from.dispatchEvent(event);
      return {
        focused: document.activeElement?.textContent || document.activeElement?.tagName,
        kept: event.defaultPrevented,
      };
    };
    return { box, links: [...list.querySelectorAll<HTMLAnchorElement>('h2 a')], press };
  }

  it('Down from the box goes to the first result, and on to the next', () => {
    const { box, links, press } = renderList();
    expect(press('ArrowDown', box)).toEqual({ focused: 'First', kept: true });
    expect(press('ArrowDown', links[0]!)).toEqual({ focused: 'Second', kept: true });
  });

  it('Up from the first result returns to the box', () => {
    const { links, press } = renderList();
    expect(press('ArrowUp', links[0]!)).toEqual({ focused: 'INPUT', kept: true });
  });

  it('leaves other keys, Up in the box and Down from the last result to the browser', () => {
    const { box, links, press } = renderList();
    expect(press('Enter', box)).toEqual({ focused: 'INPUT', kept: false });
    expect(press('ArrowUp', box)).toEqual({ focused: 'INPUT', kept: false });
    expect(press('ArrowDown', links[1]!)).toEqual({ focused: 'Second', kept: false });
  });
});

describe('a search result in Spanish', () => {
  it('names its kind and areas in Spanish words, as the Spanish filters name them', () => {
    document.body.innerHTML = `
      <select name="area"><option value="">Todas las zonas</option><option value="neck">Cuello</option>
        <option value="shoulders">Hombros</option><option value="hips">Caderas</option>
        <option value="hamstrings">Isquiotibiales</option></select>`;
    const labels = readFilterLabels(document.querySelectorAll('select'));
    const meta = (kind: string, area: string[]) =>
      renderIn(result({ filters: { kind: [kind], area } }), labels, es).querySelector('.meta')!.textContent;
    expect(meta('technique', ['shoulders'])).toBe('Técnica · Hombros');
    expect(meta('routine', ['hips', 'hamstrings'])).toBe('Rutina · Caderas e Isquiotibiales');
    expect(meta('area', ['neck', 'shoulders', 'hips', 'hamstrings'])).toBe('Zona del cuerpo · Cuello, Hombros y 2 más');
    expect(meta('page', [])).toBe('Página');
    expect(meta('home', [])).toBe('Inicio');
  });
});
