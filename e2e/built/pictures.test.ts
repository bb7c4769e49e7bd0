/**
 * The drawn pictures (src/lib/figure) in the built pages: two on every technique
 * page, and one per step on every routine page, each named by its alt text.
 */
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

test.each(ROUTINES)('%s shows each step with its technique’s position', (path) => {
  const { $ } = builtPage(path);
  const steps = $('ol.routine-steps').first();
  const items = steps.children('li').length;
  expect(items).toBeGreaterThanOrEqual(3);
  expect(pictures($.html(steps)).map(([kind]) => kind)).toEqual(Array(items).fill('fig-position'));
});
