import { describe, expect, it } from 'vitest';
import { technique as es } from '../i18n/es/technique';
import { readableDate, reviewGroups } from './review-dates';

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

describe('reviewGroups in Spanish', () => {
  it('writes the date and the counts in Spanish', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(
      reviewGroups(
        [
          { kind: 'technique', reviewed: day('2026-11-24') },
          { kind: 'guide', reviewed: day('2026-11-24') },
          { kind: 'technique', reviewed: day('2026-11-24') },
          { kind: 'guide', reviewed: day('2026-11-29') },
        ],
        es,
      ),
    ).toEqual([
      { iso: '2026-11-29', date: '29 de noviembre de 2026', words: '1 guía' },
      { iso: '2026-11-24', date: '24 de noviembre de 2026', words: '2 técnicas y 1 guía' },
    ]);
  });

  it('reads one date in the words of a language', () => {
    expect(readableDate(new Date('2026-11-24T00:00:00Z'), es.locale)).toBe('24 de noviembre de 2026');
    expect(readableDate(new Date('2026-11-24T00:00:00Z'))).toBe('November 24, 2026');
  });
});
