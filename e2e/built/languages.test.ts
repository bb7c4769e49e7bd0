/**
 * The Spanish twin of every page, as Node reads the built HTML: each English page has one at
 * /es/ and the same path, in Spanish (lang, words, links), paired both ways by hreflang, with
 * the safety line in Spanish and no English sentence left in its main text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishSentences } from '../../src/i18n/english-left';
import { builtPage, ENGLISH_PATHS, mainText, SPANISH_PATHS } from './pages';

const spanishSafety = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'es', 'safety.json'), 'utf8'),
)[0] as { stopRule: string };

const twinOf = (path: string) => (path.startsWith('/es/') ? path.slice(3) : `/es${path}`);
const pathOf = (href: string | undefined) => new URL(href ?? '', 'http://localhost').pathname;

describe('every page in both languages', () => {
  test('each English page has its Spanish twin at /es/ and the same path, and no Spanish page stands alone', () => {
    expect(SPANISH_PATHS.map(twinOf)).toEqual(ENGLISH_PATHS);
    expect(SPANISH_PATHS.length).toBe(ENGLISH_PATHS.length);
  });

  test('the Spanish 404 page is built beside the English one', () => {
    const { $ } = builtPage('/es/404');
    expect($('html').attr('lang')).toBe('es');
    expect($('h1').text().trim()).toBe('No encontramos la página');
    // Served at any missing address, so its language link leads to the other home page.
    expect($('a.lang').attr('href')).toBe('/');
    expect(builtPage('/404').$('a.lang').attr('href')).toBe('/es/');
  });
});

describe.each(ENGLISH_PATHS)('%s', (path) => {
  test('names its Spanish twin with hreflang, and English as the default', () => {
    const { $ } = builtPage(path);
    expect(pathOf($('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(twinOf(path));
    expect(pathOf($('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(path);
    expect(pathOf($('link[rel="alternate"][hreflang="x-default"]').attr('href'))).toBe(path);
  });
});

describe.each(SPANISH_PATHS)('%s', (path) => {
  const { $ } = builtPage(path);

  test('is in Spanish, paired with its English twin both ways', () => {
    expect($('html').attr('lang')).toBe('es');
    expect(pathOf($('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(twinOf(path));
    expect(pathOf($('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(path);
    expect(pathOf($('link[rel="alternate"][hreflang="x-default"]').attr('href'))).toBe(twinOf(path));
    expect($('a.lang').attr('href')).toBe(twinOf(path));
  });

  test('has the Spanish frame: sections, search and the safety line with the stop rule', () => {
    const main = $('nav[aria-label="Principal"] a')
      .map((_, link) => $(link).text().trim())
      .get();
    expect(main).toEqual(['Zonas del cuerpo', 'Técnicas', 'Rutinas', 'Seguridad']);
    expect($('header form[action="/es/search/"] input[type="search"][name="q"]')).toHaveLength(1);
    const callout = $('[data-safety-callout]');
    expect(callout).toHaveLength(1);
    expect(callout.text().replace(/\s+/g, ' ')).toContain(spanishSafety.stopRule);
    expect(callout.find('a[href="/es/safety/#before-you-start"]')).toHaveLength(1);
  });

  test('links only to Spanish pages of the site', () => {
    const english = $('a[href^="/"]')
      .map((_, link) => $(link).attr('href') ?? '')
      .get()
      .filter((href) => !href.startsWith('/es/') && !$(`a.lang[href="${href}"]`).length);
    expect(english).toEqual([]);
  });

  test('leaves no English sentence in its main text', () => {
    expect(englishSentences(mainText($))).toEqual([]);
  });
});
