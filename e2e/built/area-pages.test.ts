/**
 * Area pages put the techniques first and the warning signs after them, as technique pages
 * do: a short list of the area's techniques comes before the prose, and "When to get help"
 * follows the chooser. How far down that is on a phone needs Chromium: e2e/phone.spec.ts.
 */
import { expect, test } from 'vitest';
import { HEAD_TO_FEET } from '../support/site';
import { builtPage } from './pages';

test.each(HEAD_TO_FEET)(
  '/areas/%s/ lists its techniques before the prose, and its warning signs after them',
  (area) => {
    const { $ } = builtPage(`/areas/${area}/`);
    const main = $('main');
    const order = main
      .find('a[href^="/techniques/"], [data-area-warnings], .prose h2')
      .map((_, element) => {
        if ($(element).is('[data-area-warnings]')) return 'warnings';
        if ($(element).is('h2')) return 'prose';
        return $(element).closest('nav.jump').length > 0 ? 'short list' : 'chooser';
      })
      .get();
    // Each kind once, in this order: the short list, the area's own words, the chooser, the signs.
    expect(order.filter((kind, index) => kind !== order[index - 1])).toEqual([
      'short list',
      'prose',
      'chooser',
      'warnings',
    ]);
    const links = (selector: string) =>
      main
        .find(selector)
        .map((_, link) => $(link).attr('href'))
        .get();
    // The short list holds every technique of the chooser, in the chooser's order.
    expect(links('nav.jump a[href^="/techniques/"]')).toEqual(links('.card a[href^="/techniques/"]'));
    expect(main.find('[data-area-warnings] [data-urgency]').length).toBeGreaterThan(0);
  },
);
