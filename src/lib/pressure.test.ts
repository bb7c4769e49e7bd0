import { describe, expect, it } from 'vitest';
import { HARD_STOP, PRESSURE_LEVELS, pressureLabel, scaleMentions } from './pressure';
import { PRESSURE_LABELS } from './labels';

describe('PRESSURE_LEVELS', () => {
  const levels = Object.values(PRESSURE_LEVELS);

  it('climbs from gentle to firm, each a range below the hard stop', () => {
    for (const level of levels) expect(level.min).toBeLessThanOrEqual(level.max);
    expect(levels.map((level) => level.min)).toEqual([...levels.map((level) => level.min)].sort((a, b) => a - b));
    expect(levels.map((level) => level.max)).toEqual([...levels.map((level) => level.max)].sort((a, b) => a - b));
    expect(Math.max(...levels.map((level) => level.max))).toBeLessThan(HARD_STOP);
  });

  it('gives every label its numbers and the hard stop', () => {
    expect(pressureLabel('moderate')).toBe(
      'Moderate: about 4 to 5 out of 10, a dull ache that makes you wince a little, no more. Stop at 7 out of 10, or at once if the pain turns sharp or shooting.',
    );
    for (const [level, label] of Object.entries(PRESSURE_LABELS))
      expect(label).toBe(pressureLabel(level as keyof typeof PRESSURE_LEVELS));
  });
});

describe('scaleMentions', () => {
  it('reads single numbers and ranges', () => {
    expect(scaleMentions('Press to about 4 out of 10, then 5 to 6 out of 10.')).toEqual([
      { min: 4, max: 4 },
      { min: 5, max: 6 },
    ]);
    expect(scaleMentions('No numbers here.')).toEqual([]);
  });
});
