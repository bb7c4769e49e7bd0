import { describe, expect, it } from 'vitest';
import { technique as es } from '../i18n/es/technique';
import {
  HARD_STOP,
  hardStopFor,
  hardStopWords,
  HARD_STOP_WORDS,
  PRESSURE_LEVELS,
  pressureLabel,
  pressureRange,
  scaleStopWords,
} from './pressure';
import { PRESSURE_LABELS, pressureLabels } from './labels';

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

describe('the pressure scale in Spanish', () => {
  it('gives every label its numbers and the hard stop', () => {
    expect(pressureLabel('moderate', 6, es.pressure)).toBe(
      'Moderada: más o menos 4 a 5 de 10, un dolor sordo que te hace hacer una pequeña mueca, nada más. Para en 6 de 10, y de inmediato si el dolor se vuelve agudo o punzante.',
    );
    expect(pressureLabel('firm', HARD_STOP, es.pressure)).toBe(
      'Firme: más o menos 5 a 6 de 10, un dolor fuerte y profundo que todavía te deja respirar con calma. Para en 7 de 10, y de inmediato si el dolor se vuelve agudo o punzante.',
    );
    expect(pressureLabels(es.pressure).gentle).toBe(
      'Suave: más o menos 2 a 3 de 10, sientes la presión, pero sin dolor de verdad. Para en 7 de 10, y de inmediato si el dolor se vuelve agudo o punzante.',
    );
  });

  it('states the whole scale and its stop', () => {
    expect(pressureRange('gentle', es.pressure)).toBe('más o menos 2 a 3 de 10');
    expect(hardStopWords(6, es.pressure)).toBe(
      'Para en 6 de 10, y de inmediato si el dolor se vuelve agudo o punzante.',
    );
    expect(`${es.pressure.scaleStopWord} ${scaleStopWords(es.pressure)}`).toBe(
      'Para en 7 de 10 (6 en el cuello, la cabeza y la mandíbula), y de inmediato si el dolor se vuelve agudo o punzante.',
    );
  });
});
