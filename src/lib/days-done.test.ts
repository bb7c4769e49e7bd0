import { describe, expect, it } from 'vitest';
import { dayOf, markDay, readDays, weekStrip } from './days-done';

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

  it('marks a day once, keeps the list in order and drops old days', () => {
    expect(markDay(['2026-06-02'], '2026-06-01')).toEqual(['2026-06-01', '2026-06-02']);
    expect(markDay(['2026-06-01'], '2026-06-01')).toEqual(['2026-06-01']);
    const many = Array.from({ length: 70 }, (_, index) => dayOf(new Date(2026, 0, 1 + index)));
    const kept = markDay(many, '2026-06-01');
    expect(kept).toHaveLength(62);
    expect(kept.at(-1)).toBe('2026-06-01');
  });

  it('shows the last 7 days ending today, with the days done ticked', () => {
    const strip = weekStrip(['2026-05-26', '2026-05-31', '2026-06-01', '2026-05-01'], new Date(2026, 5, 1, 9));
    expect(strip.map((day) => day.label)).toEqual(['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon']);
    expect(strip.map((day) => day.done)).toEqual([true, false, false, false, false, true, true]);
    expect(strip.map((day) => day.today)).toEqual([false, false, false, false, false, false, true]);
    expect(strip[0]?.day).toBe('2026-05-26');
  });

  it('crosses a month and a year end', () => {
    expect(weekStrip([], new Date(2026, 0, 2)).map((day) => day.day)).toEqual([
      '2025-12-27',
      '2025-12-28',
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });
});
