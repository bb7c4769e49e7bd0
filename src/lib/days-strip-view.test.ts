import { describe, expect, it } from 'vitest';
import { markDay, readDays } from './days-done';
import { weekShown } from './days-strip-view';

describe('weekShown', () => {
  it('keeps the quiet line on a first visit, with nothing kept or something unreadable kept', () => {
    expect(weekShown(readDays(null))).toBe(false);
    expect(weekShown(readDays('not json'))).toBe(false);
    expect(weekShown(readDays('[]'))).toBe(false);
  });

  it('opens the week once a day is marked, even one older than the week', () => {
    expect(weekShown(markDay([], '2026-06-01'))).toBe(true);
    expect(weekShown(readDays('["2026-01-01"]'))).toBe(true);
  });
});
