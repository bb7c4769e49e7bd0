import { describe, expect, it } from 'vitest';
import { reviewGroups } from './review-dates';

describe('reviewGroups', () => {
  it('groups pages by review date, newest first, and counts each kind', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(
      reviewGroups([
        { kind: 'technique', reviewed: day('2026-11-24') },
        { kind: 'guide', reviewed: day('2026-11-24') },
        { kind: 'technique', reviewed: day('2026-11-24') },
        { kind: 'technique', reviewed: day('2026-11-29') },
      ]),
    ).toEqual([
      { iso: '2026-11-29', date: 'November 29, 2026', words: '1 technique' },
      { iso: '2026-11-24', date: 'November 24, 2026', words: '2 techniques and 1 guide' },
    ]);
  });
});
