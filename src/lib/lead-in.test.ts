import { describe, expect, it } from 'vitest';
import { adjustLeadIn, clampLeadIn, leadInFor, leadInKey, storedLeadIn } from './lead-in';

describe('leadInFor', () => {
  it.each([
    ['floor', 15],
    ['wall', 10],
    ['chair', 5],
    ['table', 5],
    [undefined, 5],
  ] as const)('gives %s %i s', (support, seconds) => {
    expect(leadInFor(support)).toBe(seconds);
  });
});

describe('adjustLeadIn', () => {
  it.each([
    [15, 1, 20],
    [15, -1, 10],
    [5, -1, 5],
    [60, 1, 60],
    [58, 1, 60],
  ] as const)('%i s %i step gives %i s', (from, direction, to) => {
    expect(adjustLeadIn(from, direction)).toBe(to);
  });
});

describe('stored lead-in', () => {
  it('uses the position when nothing is stored, and a sane stored value otherwise', () => {
    expect(storedLeadIn(null, 'floor')).toBe(15);
    expect(storedLeadIn('25', 'floor')).toBe(25);
    expect(storedLeadIn('900', 'wall')).toBe(60);
    expect(storedLeadIn('banana', 'wall')).toBe(10);
    expect(clampLeadIn(Number.NaN, 7)).toBe(7);
  });

  it('keeps one value per position', () => {
    expect(leadInKey('floor')).toBe('hold-timer-lead-in-floor');
    expect(leadInKey(undefined)).toBe('hold-timer-lead-in-any');
  });
});
