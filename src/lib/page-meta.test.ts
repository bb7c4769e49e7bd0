import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-meta';

describe('pageTitle', () => {
  it.each([
    ['Ease Tight Muscles', 'Ease Tight Muscles'],
    ['Neck', 'Neck | Ease Tight Muscles'],
    [
      'Neck: skull base release with two tennis balls in a sock',
      'Neck: skull base release with two tennis balls in a sock',
    ],
  ])('%j becomes %j', (title, expected) => {
    expect(pageTitle(title, 'Ease Tight Muscles')).toBe(expected);
  });

  it('adds the site name only while the whole title fits in 70 characters', () => {
    const fits = 'x'.repeat(70 - ' | Site'.length);
    expect(pageTitle(fits, 'Site')).toBe(`${fits} | Site`);
    expect(pageTitle(`${fits}y`, 'Site')).toBe(`${fits}y`);
  });
});
