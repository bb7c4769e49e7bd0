/**
 * The pictures and the body map on the Spanish pages (/es/...): the alt text, the captions and
 * the map's names are Spanish, written from the same picture data as the English, with no word
 * of the English table left; the links stay in Spanish. src/lib/figure/alt-text-spanish.test.ts
 * checks the phrases themselves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pictures as en } from '../../src/i18n/en/pictures';
import { pictures as es } from '../../src/i18n/es/pictures';
import { readMdxFolder } from '../../src/lib/content-files';
import type { SideId } from '../../src/lib/figure';
import { DIST } from '../support/dist';
import { HEAD_TO_FEET } from '../support/site';
import { builtPage } from './pages';

const TECHNIQUES = readMdxFolder('techniques').map((file) => `/es/techniques/${file.id}/`);
const ROUTINES = readMdxFolder('routines').map((file) => `/es/routines/${file.id}/`);
const SIDES: SideId[] = ['left', 'right', 'both'];

/** Every phrase a table can write (each pose on each side, each caption), for its words. */
function phrases(words: typeof en): string[] {
  const line = { lean: '', line: ['', ''] as const };
  return [
    ...Object.values(words.landmarks),
    ...Object.values(words.poses).flatMap((pose) => SIDES.map(pose)),
    ...Object.values(words.tools),
    ...Object.values(words.sides),
    ...Object.values(words.supports).flatMap((support) => [support.against(''), support.leanIn]),
    words.leanIntoChairBack,
    ...Object.values(words.movements).map((movement) => movement(line)),
    ...Object.values(words.views),
    ...Object.values(words.captions.position),
    ...SIDES.flatMap((side) => [words.captions.closeUp('front', side), words.captions.closeUp('back', side)]),
    words.positionAlt({
      pose: 'seated-chair',
      side: 'left',
      support: 'chair',
      tool: 'thumb',
      handTool: true,
      contact: 'thigh-front',
      movement: 'hold',
      chairBack: false,
      line: undefined,
    }),
    words.closeUpAlt({ marks: ['neck-top', 'neck-base'], line: true, side: 'left', view: 'back' }),
    words.bodyMap.name,
    words.bodyMap.highlighted(['', '']),
    ...Object.values(words.bodyMap.views),
    words.bodyMap.title,
    words.bodyMap.hint,
    words.bodyMap.list,
  ];
}
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const spanishWords = new Set(phrases(es).flatMap(wordsOf));
/** The English table's words that the Spanish one never uses ("the", "side", "press", ...). */
const ENGLISH = new Set(
  phrases(en)
    .flatMap(wordsOf)
    .filter((word) => !spanishWords.has(word)),
);
const englishIn = (text: string) => wordsOf(text).filter((word) => ENGLISH.has(word));

test('the English words to look for are the English table’s own', () => {
  expect(TECHNIQUES.length).toBeGreaterThanOrEqual(30);
  expect([...ENGLISH]).toEqual(expect.arrayContaining(['the', 'side', 'press', 'where', 'position', 'shoulder']));
});

describe.each(TECHNIQUES)('%s', (path) => {
  const { $ } = builtPage(path);
  const figure = $('[data-pictures]');
  const [position, spot] = figure.find('.pic').toArray();
  const positionName = $(position).find('svg').attr('aria-label') ?? '';
  const spotName = $(spot).find('svg').attr('aria-label') ?? '';
  const positionCaption = $(position).find('.cap').text().trim();
  // The side in brackets is held on one line by no-break spaces.
  const spotCaption = $(spot).find('.cap').text().replace(/\s+/g, ' ').trim();
  const mapName = $('svg.body-map.small').attr('aria-label') ?? '';

  test('names both pictures, captions them and names the small body map in Spanish, with no English word', () => {
    expect(positionName).toMatch(/^Posición: [a-záéíóúñ].+; .+\. .+\.$/);
    expect(spotName).toMatch(
      /^Dónde presionar: .+, (del lado izquierdo|del lado derecho|de los dos lados), en un dibujo del cuerpo visto de (frente|espaldas)\.$/,
    );
    expect(mapName).toMatch(/^Mapa del cuerpo con (esta zona marcada|estas zonas marcadas): .+$/);
    for (const text of [positionName, spotName, positionCaption, spotCaption, mapName])
      expect(englishIn(text), text).toEqual([]);
  });

  test('keeps its two pictures as light as in English: under 2 KB gzipped', () => {
    expect(gzipSync($.html('[data-pictures]')).length).toBeLessThan(2048);
  });

  test('says under each picture which way it is seen, as its alt text does', () => {
    if (/, visto de frente[,;]/.test(positionName)) expect(positionCaption).toBe('La posición, de frente');
    else if (/, visto de espaldas[,;]/.test(positionName)) expect(positionCaption).toBe('La posición, de espaldas');
    else expect(positionCaption).toBe('La posición');
    const view = /visto (de frente|de espaldas)\.$/.exec(spotName)?.[1];
    const side = /, (del lado izquierdo|del lado derecho|de los dos lados), en un dibujo/.exec(spotName)?.[1];
    const shown = {
      'del lado izquierdo': 'lado izquierdo',
      'del lado derecho': 'lado derecho',
      'de los dos lados': 'los dos lados',
    };
    expect(spotCaption).toBe(`Dónde presionar, vista ${view} (${shown[side as keyof typeof shown]})`);
  });
});

test('/es/techniques/neck-line-trace/ says exactly where the thumb goes and where to press', () => {
  const { $ } = builtPage('/es/techniques/neck-line-trace/');
  const names = $('[data-pictures] svg')
    .map((_, svg) => $(svg).attr('aria-label'))
    .get();
  expect(names).toEqual([
    'Posición: sentado con la espalda recta en una silla, visto de espaldas; el pulgar en la parte de atrás del cuello, justo debajo del cráneo, del lado izquierdo. Desliza despacio desde la parte de atrás del cuello, justo debajo del cráneo, hasta la base del cuello.',
    'Dónde presionar: una línea desde la parte de atrás del cuello, justo debajo del cráneo, hasta la base del cuello, del lado izquierdo, en un dibujo del cuerpo visto de espaldas.',
  ]);
  expect(
    $('[data-pictures] .cap')
      .map((_, cap) => $(cap).text().trim())
      .get(),
  ).toEqual(['La posición, de espaldas', 'Dónde presionar, vista de espaldas (lado\u00a0izquierdo)']);
  expect($('svg.body-map.small').attr('aria-label')).toBe('Mapa del cuerpo con esta zona marcada: Cuello');
});

test.each(ROUTINES)('%s names each step’s position in Spanish', (path) => {
  const { $ } = builtPage(path);
  const names = $('ol.routine-steps')
    .first()
    .find('svg.fig')
    .map((_, svg) => $(svg).attr('aria-label') ?? '')
    .get();
  expect(names.length).toBeGreaterThanOrEqual(3);
  for (const name of names) {
    expect(name).toMatch(/^Posición: /);
    expect(englishIn(name), name).toEqual([]);
  }
});

test('/es/ chooses the area on a Spanish body map, every link to a Spanish page', () => {
  const { $ } = builtPage('/es/');
  const chooser = $('section.chooser');
  expect(chooser.find('h2').text()).toBe('¿Dónde te duele?');
  expect(chooser.find('.hint').text()).toBe('Elige la zona en el mapa del cuerpo o en la lista.');
  expect(chooser.find('svg.body-map').attr('aria-label')).toBe('Mapa del cuerpo, de frente y de espaldas');
  expect(
    chooser
      .find('svg.body-map text')
      .map((_, text) => $(text).text())
      .get(),
  ).toEqual(['De frente', 'De espaldas']);
  const hrefs = (selector: string) =>
    chooser
      .find(selector)
      .map((_, link) => $(link).attr('href'))
      .get();
  const spanish = HEAD_TO_FEET.map((area) => `/es/areas/${area}/`);
  expect(hrefs('.body-map a')).toEqual(spanish);
  expect(hrefs('nav[aria-label="Zonas del cuerpo"] a')).toEqual(spanish);
  expect(chooser.find('.body-map a').first().attr('aria-label')).toBe('Cabeza');
  expect(chooser.find('nav a').eq(2).text()).toBe('Cuello');
});

test.each(['neck-line-trace', 'feet-thumb-press'])(
  'the builder’s data for %s names its picture in each page’s language, drawn the same',
  (id) => {
    const picture = (path: string) =>
      (JSON.parse(readFileSync(join(DIST, path), 'utf8')) as { picture: string }).picture;
    const [english, spanish] = [picture(`routines/build/${id}.json`), picture(`es/routines/build/${id}.json`)];
    expect(english).toMatch(/ aria-label="Position: /);
    expect(spanish).toMatch(/ aria-label="Posición: /);
    const unnamed = (svg: string) => svg.replace(/ aria-label="[^"]*"/, '');
    expect(unnamed(spanish)).toBe(unnamed(english));
  },
);
