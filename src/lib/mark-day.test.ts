import { describe, expect, it } from 'vitest';
import { dayOf } from './days-done';
import { markDay } from './mark-day';

describe('markDay', () => {
  it('marks a day once, keeps the list in order and drops old days', () => {
    expect(markDay(['2026-06-02'], '2026-06-01')).toEqual(['2026-06-01', '2026-06-02']);
    expect(markDay(['2026-06-01'], '2026-06-01')).toEqual(['2026-06-01']);
    const many = Array.from({ length: 70 }, (_, index) => dayOf(new Date(2026, 0, 1 + index)));
    const kept = markDay(many, '2026-06-01');
    expect(kept).toHaveLength(62);
    expect(kept.at(-1)).toBe('2026-06-01');
  });
});
