import { describe, expect, it } from 'vitest';
import { es } from '../i18n/es';
import { describeChoices, doseChoices, spread } from './builder-dose';
import { doseSeconds, formatDose, type Dose } from './dose';

const hold: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const fixedHold: Dose = { kind: 'hold', seconds: { min: 60, max: 60 }, reps: 1, sides: 'each', restSeconds: 0 };
const passes: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'each' };
const untilEases: Dose = { kind: 'until-eases', seconds: { min: 120, max: 300 }, sides: 'one' };

describe('spread', () => {
  it.each([
    [{ min: 10, max: 15 }, 4, 5, [10, 15]],
    [{ min: 30, max: 60 }, 4, 5, [30, 40, 50, 60]],
    [{ min: 120, max: 300 }, 4, 30, [120, 180, 240, 300]],
    [{ min: 60, max: 120 }, 4, 30, [60, 90, 120]],
    [{ min: 5, max: 6 }, 4, 1, [5, 6]],
    [{ min: 60, max: 60 }, 4, 5, [60]],
  ])('spreads %j into at most %i values rounded to %i', (range, count, round, values) => {
    expect(spread(range, count, round)).toEqual(values);
  });
});

describe('doseChoices', () => {
  it('offers the guide’s dose first, then holds within its range and up to its repetitions', () => {
    const choices = doseChoices(hold);
    expect(choices[0]).toEqual({ key: '', dose: hold });
    expect(choices.slice(1).map((choice) => choice.key)).toEqual(['10x1', '15x1', '10x2', '15x2', '10x3', '15x3']);
    expect(choices.map((choice) => formatDose(choice.dose)).slice(0, 3)).toEqual([
      'Hold 10-15 s, 3 times, resting 10 s between.',
      'Hold 10 s.',
      'Hold 15 s.',
    ]);
  });

  it('offers only the guide’s dose when there is nothing lighter to pick', () => {
    expect(doseChoices(fixedHold)).toEqual([{ key: '', dose: fixedHold }]);
  });

  it('keeps counted passes within the guide’s count', () => {
    expect(doseChoices(passes).map((choice) => [choice.key, formatDose(choice.dose)])).toEqual([
      ['', '5-6 slow passes, each side.'],
      ['5', '5 slow passes, each side.'],
      ['6', '6 slow passes, each side.'],
    ]);
  });

  it('lets an until-eases spot stop at a lower cap, never past the guide’s', () => {
    expect(doseChoices(untilEases).map((choice) => [choice.key, formatDose(choice.dose)])).toEqual([
      ['', 'Stay on the spot until it eases, 2-5 min.'],
      ['120', 'Stay on the spot until it eases, 2 min.'],
      ['180', 'Stay on the spot until it eases, 2-3 min.'],
      ['240', 'Stay on the spot until it eases, 2-4 min.'],
    ]);
  });

  it.each([hold, fixedHold, passes, untilEases])('never goes past the guide’s longest time: %j', (dose) => {
    for (const choice of doseChoices(dose)) {
      expect(doseSeconds(choice.dose).max).toBeLessThanOrEqual(doseSeconds(dose).max);
      expect(choice.dose.sides).toBe(dose.sides);
    }
  });
});

describe('describeChoices', () => {
  it('gives each choice its dose, words and time, so the builder’s script computes none of them', () => {
    expect(describeChoices(passes)).toEqual([
      { key: '', dose: passes, words: '5-6 slow passes, each side.', seconds: { min: 110, max: 130 } },
      {
        key: '5',
        dose: { ...passes, passes: { min: 5, max: 5 } },
        words: '5 slow passes, each side.',
        seconds: { min: 110, max: 110 },
      },
      {
        key: '6',
        dose: { ...passes, passes: { min: 6, max: 6 } },
        words: '6 slow passes, each side.',
        seconds: { min: 130, max: 130 },
      },
    ]);
  });
});

describe('describeChoices in Spanish', () => {
  it('words each choice in the page’s language', () => {
    const say = (dose: Dose) => formatDose(dose, es.timer);
    expect(describeChoices(passes, say).map((choice) => choice.words)).toEqual([
      '5 a 6 pasadas lentas, en cada lado.',
      '5 pasadas lentas, en cada lado.',
      '6 pasadas lentas, en cada lado.',
    ]);
    expect(describeChoices(hold, say).map((choice) => choice.words)).toEqual([
      'Mantén 10 a 15 s, 3 veces, con 10 s de descanso entre una y otra.',
      'Mantén 10 s.',
      'Mantén 15 s.',
      'Mantén 10 s, 2 veces, con 10 s de descanso entre una y otra.',
      'Mantén 15 s, 2 veces, con 10 s de descanso entre una y otra.',
      'Mantén 10 s, 3 veces, con 10 s de descanso entre una y otra.',
      'Mantén 15 s, 3 veces, con 10 s de descanso entre una y otra.',
    ]);
  });
});
