import { describe, expect, it } from 'vitest';
import { dayOf, readDays } from './days-done';

describe('days done', () => {
  it('names a day by its local date', () => {
    expect(dayOf(new Date(2026, 5, 1, 23, 59))).toBe('2026-06-01');
    expect(dayOf(new Date(2026, 0, 9, 0, 1))).toBe('2026-01-09');
  });

  it('reads only a list of dates, whatever the device kept', () => {
    expect(readDays(null)).toEqual([]);
    expect(readDays('not json')).toEqual([]);
    expect(readDays('{"a":1}')).toEqual([]);
    expect(readDays('["2026-06-01", 3, "yesterday"]')).toEqual(['2026-06-01']);
  });
});
