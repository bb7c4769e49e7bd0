import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from './page-meta';

describe('pageTitle', () => {
  it.each([
    ['Ease Tight Muscles', 'Ease Tight Muscles'],
    ['Neck', 'Neck | Ease Tight Muscles'],
    ['Neck: skull base release with two tennis balls in a sock', 'Neck: skull base release with two tennis balls in a sock'],
  ])('%j becomes %j', (title, expected) => {
    expect(pageTitle(title, 'Ease Tight Muscles')).toBe(expected);
  });

  it('adds the site name only while the whole title fits', () => {
    const fits = 'x'.repeat(MAX_TITLE_LENGTH - ' | Site'.length);
    expect(pageTitle(fits, 'Site')).toBe(`${fits} | Site`);
    expect(pageTitle(`${fits}y`, 'Site')).toBe(`${fits}y`);
  });
});
