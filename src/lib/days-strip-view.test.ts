import { describe, expect, it } from 'vitest';
import { readDays } from './days-done';
import { markDay } from './mark-day';
import { weekShown, weekStrip } from './days-strip-view';

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

describe('weekStrip', () => {
  it('shows the last 7 days ending today, with the days done ticked', () => {
    const strip = weekStrip(['2026-05-26', '2026-05-31', '2026-06-01', '2026-05-01'], new Date(2026, 5, 1, 9));
    expect(strip.map((day) => day.label)).toEqual(['Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon']);
    expect(strip.map((day) => day.done)).toEqual([true, false, false, false, false, true, true]);
    expect(strip.map((day) => day.today)).toEqual([false, false, false, false, false, false, true]);
    expect(strip[0]?.day).toBe('2026-05-26');
  });

  it("names the days in the page's language", () => {
    expect(weekStrip([], new Date(2026, 5, 1, 9), 'es').map((day) => day.label)).toEqual([
      'mar',
      'mié',
      'jue',
      'vie',
      'sáb',
      'dom',
      'lun',
    ]);
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
