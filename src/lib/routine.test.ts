import { describe, expect, it } from 'vitest';
import type { Dose } from './dose';
import { es } from '../i18n/es';
import { formatDuration } from './dose';
import { routineSeconds, totalSeconds } from './routine';

const hold: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const passes: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'each' };

describe('totalSeconds', () => {
  it('adds the steps’ times and 15 s to move between each two', () => {
    expect(totalSeconds([{ min: 60, max: 90 }])).toEqual({ min: 60, max: 90 });
    expect(
      totalSeconds([
        { min: 60, max: 90 },
        { min: 30, max: 30 },
        { min: 120, max: 300 },
      ]),
    ).toEqual({
      min: 240,
      max: 450,
    });
    expect(totalSeconds([])).toEqual({ min: 0, max: 0 });
  });
});

describe('routineSeconds', () => {
  it('times each dose, side switches and rests included, then adds the moves between steps', () => {
    // Hold: 3 x 10-15 s with two 10 s rests = 50-65 s. Passes: 5-6 x 10 s a side, 10 s to switch = 110-130 s.
    expect(routineSeconds([{ dose: hold }, { dose: passes }])).toEqual({ min: 175, max: 210 });
  });
});

describe('a routine total in words', () => {
  it('reads in the page’s language', () => {
    const total = routineSeconds([{ dose: hold }, { dose: passes }]); // 175-210 s: about 3 or 4 min
    expect(formatDuration(total)).toBe('3-4 min');
    expect(formatDuration(total, es.timer.units)).toBe('3 a 4 min');
    const ten = totalSeconds([{ min: 570, max: 600 }]);
    expect(formatDuration(ten)).toBe('about 10 min');
    expect(formatDuration(ten, es.timer.units)).toBe('alrededor de 10 min');
    expect(formatDuration(totalSeconds([{ min: 30, max: 45 }]), es.timer.units)).toBe('menos de 1 min');
  });
});
