/**
 * The drawn pictures (src/lib/figure) in the built pages: two on every technique
 * page, each with a caption that says which way it is seen, and one per step on
 * every routine page, each named by its alt text.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtPage, entryPaths } from './pages';

const TECHNIQUES = entryPaths('techniques');
const ROUTINES = entryPaths('routines');

/** Each drawn picture in the markup as [kind, the first words of its alt text]. */
function pictures(markup: string): string[][] {
  return [...markup.matchAll(/<svg class="fig ([\w-]+)"[^>]*role="img" aria-label="([^"]+)"/g)].map(
    ([, kind = '', name = '']) => [kind, name.split(':')[0] ?? ''],
  );
}

test('there are techniques and routines to draw', () => {
  expect(TECHNIQUES.length).toBeGreaterThanOrEqual(30);
  expect(ROUTINES.length).toBeGreaterThanOrEqual(6);
});

test.each(TECHNIQUES)('%s shows its position and where to press, each named by its alt text', (path) => {
  expect(pictures(builtPage(path).$.html())).toEqual([
    ['fig-position', 'Position'],
    ['fig-spot', 'Where to press'],
  ]);
});

test.each(TECHNIQUES)('%s says under each picture which way it is seen, as its alt text does', (path) => {
  const { $ } = builtPage(path);
  const figure = $('[data-pictures]');
  const [position, spot] = figure.find('.pic').toArray();
  const positionName = $(position).find('svg').attr('aria-label') ?? '';
  const spotName = $(spot).find('svg').attr('aria-label') ?? '';
  const positionCaption = $(position).find('.cap').text().trim();
  const spotCaption = $(spot).find('.cap').text().replace(/\s+/g, ' ').trim();
  // A front or back view says so, in the caption and in the alt text; a side view needs not.
  if (/facing you/.test(positionName)) expect(positionCaption).toBe('The position, from the front');
  else if (/seen from behind/.test(positionName)) expect(positionCaption).toBe('The position, from behind');
  else expect(positionCaption).toBe('The position');
  const view = /marked on a (front|back) view/.exec(spotName)?.[1];
  expect(view).toBeDefined();
  expect(spotCaption).toMatch(
    new RegExp(`^Where to press, ${view} view \\((left side shown|right side shown|both sides)\\)$`),
  );
});

test.each(TECHNIQUES)('%s keeps its two pictures light: under 2 KB gzipped', (path) => {
  const markup = builtPage(path).$.html('[data-pictures]');
  expect(gzipSync(markup).length).toBeLessThan(2048);
});

test.each(ROUTINES)('%s shows each step with its technique’s position', (path) => {
  const { $ } = builtPage(path);
  const steps = $('ol.routine-steps').first();
  const items = steps.children('li').length;
  expect(items).toBeGreaterThanOrEqual(3);
  expect(pictures($.html(steps)).map(([kind]) => kind)).toEqual(Array(items).fill('fig-position'));
});
