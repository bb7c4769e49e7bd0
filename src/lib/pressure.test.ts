import { describe, expect, it } from 'vitest';
import { HARD_STOP, hardStopFor, HARD_STOP_WORDS, PRESSURE_LEVELS, pressureLabel } from './pressure';
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
      'Moderate: about 4 to 5 out of 10, a dull ache that makes you wince a little, no more. Stop at 7 out of 10, and at once if the pain turns sharp or shooting.',
    );
    expect(pressureLabel('gentle', 6)).toBe(
      'Gentle: about 2 to 3 out of 10, you feel the pressure, with no real ache. Stop at 6 out of 10, and at once if the pain turns sharp or shooting.',
    );
    for (const [level, label] of Object.entries(PRESSURE_LABELS))
      expect(label).toBe(pressureLabel(level as keyof typeof PRESSURE_LEVELS));
  });
});

describe('hardStopFor', () => {
  it.each([
    [['neck'], 6],
    [['head', 'neck'], 6],
    [['jaw'], 6],
    [['shoulders'], 7],
    [['calves', 'feet'], 7],
    [['shoulders', 'neck'], 6],
  ])('stops %j at %i out of 10', (areas, stop) => {
    expect(hardStopFor(areas)).toBe(stop);
  });

  it('is said once for the whole scale', () => {
    expect(HARD_STOP_WORDS).toBe(
      'Stop at 7 out of 10 (6 on your neck, head and jaw), and at once if the pain turns sharp or shooting.',
    );
  });
});
