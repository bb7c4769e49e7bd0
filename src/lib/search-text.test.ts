import { describe, expect, it } from 'vitest';
import {
  hasSearch,
  queryFromSearch,
  resultCountText,
  searchingText,
  resultMetaText,
  searchForQuery,
  searchForState,
  stateFromSearch,
} from './search-text';
import { searchScript as words } from '../i18n/en/search';
import { searchScript as es } from '../i18n/es/search';
import { LOCALES } from '../i18n/locales';
import { ui } from '../i18n/ui';

describe('queryFromSearch', () => {
  it.each([
    ['?q=shoulder+pain', 'shoulder pain'],
    ['?q=%20neck%20', 'neck'],
    ['', ''],
    ['?other=1', ''],
  ])('reads %j as %j', (search, query) => {
    expect(queryFromSearch(search)).toBe(query);
  });
});

describe('searchForQuery', () => {
  it('round-trips through queryFromSearch', () => {
    expect(queryFromSearch(searchForQuery(' jaw clenching '))).toBe('jaw clenching');
  });
  it('is empty for an empty query', () => {
    expect(searchForQuery('  ')).toBe('');
  });
});

describe('stateFromSearch and searchForState', () => {
  it('reads the query and the filters, dropping empty and unknown ones', () => {
    expect(stateFromSearch('?q=neck&area=neck&tool=&kind=technique&page=2')).toEqual({
      query: 'neck',
      filters: { area: 'neck', kind: 'technique' },
    });
  });
  it('writes them in a fixed order, so one search has one address', () => {
    expect(searchForState({ query: 'sore', filters: { kind: 'technique', area: 'feet' } })).toBe(
      '?q=sore&area=feet&kind=technique',
    );
  });
  it('round-trips', () => {
    const state = { query: 'tennis ball', filters: { tool: 'tennis-ball' } };
    expect(stateFromSearch(searchForState(state))).toEqual(state);
  });
});

describe('hasSearch', () => {
  it.each([
    [{ query: '', filters: {} }, false],
    [{ query: ' ', filters: {} }, false],
    [{ query: 'neck', filters: {} }, true],
    [{ query: '', filters: { area: 'neck' } }, true],
  ])('%j: %s', (state, expected) => {
    expect(hasSearch(state)).toBe(expected);
  });
});

describe('resultCountText', () => {
  it.each([
    [0, 'x', [], 'No results for “x”.'],
    [1, 'x', [], '1 result for “x”.'],
    [4, 'x', [], '4 results for “x”.'],
    [2, 'sore', ['Feet', 'Technique'], '2 results for “sore”, filtered by Feet and Technique.'],
    [6, '', ['Neck'], '6 results, filtered by Neck.'],
  ])('words %i results for %j with %j', (count, query, filters, text) => {
    expect(resultCountText(words, count, query, filters)).toBe(text);
  });
});

describe('searchingText', () => {
  it.each([
    ['shoulder', 'Searching for “shoulder”…'],
    ['  chest pain ', 'Searching for “chest pain”…'],
    ['', 'Searching…'],
  ])('words the wait for %j', (query, text) => {
    expect(searchingText(words, query)).toBe(text);
  });
});

describe('resultMetaText', () => {
  it.each([
    ['Tool', [], 'Tool'],
    ['Body area', ['Neck'], 'Body area · Neck'],
    ['Technique', ['Arms', 'Shoulders'], 'Technique · Arms and Shoulders'],
    ['Routine', ['Neck', 'Shoulders', 'Arms', 'Head', 'Jaw'], 'Routine · Neck, Shoulders and 3 more'],
  ])('%s in %j reads %j', (kind, areas, text) => {
    expect(resultMetaText(words, kind, areas)).toBe(text);
  });
});

describe('in Spanish', () => {
  it.each([
    [0, 'x', [], 'No hay resultados para “x”.'],
    [1, 'x', [], '1 resultado para “x”.'],
    [4, 'dolor de cuello', [], '4 resultados para “dolor de cuello”.'],
    [1, 'dolor', ['Pies'], '1 resultado para “dolor”, con el filtro Pies.'],
    [2, 'dolor', ['Pies', 'Técnica'], '2 resultados para “dolor”, con los filtros Pies y Técnica.'],
    [6, '', ['Cuello'], '6 resultados, con el filtro Cuello.'],
    [
      3,
      'nudo',
      ['Cuello', 'Pelota de tenis', 'Técnica'],
      '3 resultados para “nudo”, con los filtros Cuello, Pelota de tenis y Técnica.',
    ],
  ])('words %i results for %j with %j', (count, query, filters, text) => {
    expect(resultCountText(es, count, query, filters)).toBe(text);
  });

  it.each([
    ['  dolor de pecho ', 'Buscando “dolor de pecho”…'],
    ['', 'Buscando…'],
  ])('words the wait for %j', (query, text) => {
    expect(searchingText(es, query)).toBe(text);
  });

  it.each([
    ['Herramienta', [], 'Herramienta'],
    ['Técnica', ['Brazos', 'Hombros'], 'Técnica · Brazos y Hombros'],
    ['Rutina', ['Cadera', 'Isquiotibiales'], 'Rutina · Cadera e Isquiotibiales'], // "y" becomes "e" before an "i" sound
    ['Rutina', ['Cuello', 'Hierro'], 'Rutina · Cuello y Hierro'], // but not before "hie"
    ['Rutina', ['Cuello', 'Hombros', 'Brazos', 'Cabeza', 'Mandíbula'], 'Rutina · Cuello, Hombros y 3 más'],
  ])('%s in %j reads %j', (kind, areas, text) => {
    expect(resultMetaText(es, kind, areas)).toBe(text);
  });
});

describe('the kinds of page', () => {
  it('are named in search as everywhere else on the site, in each language', () => {
    for (const lang of LOCALES) expect(ui(lang).search.script.kinds).toEqual(ui(lang).technique.labels.kind);
  });
});
