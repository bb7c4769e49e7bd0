import { describe, expect, it } from 'vitest';
import { timer as es } from '../i18n/es/timer';
import { doseSeconds, formatDose, formatDuration, formatRange, formatSecondsRange, sideCount, type Dose } from './dose';

const HOLD_3_TIMES: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const HOLD_EACH_SIDE: Dose = { kind: 'hold', seconds: { min: 30, max: 60 }, reps: 2, sides: 'each', restSeconds: 10 };
const PASSES_EACH_SIDE: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'each' };
const UNTIL_EASES: Dose = { kind: 'until-eases', seconds: { min: 120, max: 300 }, sides: 'each' };

describe('formatDose', () => {
  it.each([
    ['Hold 10-15 s, 3 times, resting 10 s between.', HOLD_3_TIMES],
    ['Hold 30-60 s, 2 times, resting 10 s between, each side.', HOLD_EACH_SIDE],
    ['Hold 10-15 s, 3 times.', { ...HOLD_3_TIMES, restSeconds: 0 }],
    ['Hold 60 s.', { ...HOLD_3_TIMES, seconds: { min: 60, max: 60 }, reps: 1 }],
    ['Hold 2-3 min.', { ...HOLD_3_TIMES, seconds: { min: 120, max: 180 }, reps: 1 }],
    ['5-6 slow passes, each side.', PASSES_EACH_SIDE],
    ['1 slow pass.', { ...PASSES_EACH_SIDE, passes: { min: 1, max: 1 }, sides: 'one' }],
    ['Stay on the spot until it eases, 2-5 min, each side.', UNTIL_EASES],
    ['Stay on the spot until it eases, 60-120 s.', { ...UNTIL_EASES, seconds: { min: 60, max: 120 }, sides: 'one' }],
  ] satisfies [string, Dose][])('"%s"', (words, dose) => {
    expect(formatDose(dose)).toBe(words);
  });
});

describe('formatSecondsRange', () => {
  it.each([
    [{ min: 90, max: 90 }, '90 s'],
    [{ min: 60, max: 120 }, '60-120 s'],
    [{ min: 120, max: 120 }, '2 min'],
    [{ min: 120, max: 300 }, '2-5 min'],
    [{ min: 120, max: 150 }, '120-150 s'],
  ])('%o reads "%s"', (range, words) => {
    expect(formatSecondsRange(range)).toBe(words);
  });
});

describe('formatRange', () => {
  it('gives one number for an even range, and a unit only when asked', () => {
    expect(formatRange({ min: 5, max: 6 })).toBe('5-6');
    expect(formatRange({ min: 3, max: 3 }, 'min')).toBe('3 min');
  });
});

describe('doseSeconds', () => {
  it.each([
    ['3 holds of 10-15 s and 2 rests of 10 s', HOLD_3_TIMES, { min: 50, max: 65 }],
    ['per side 2 holds of 30-60 s and a rest; a switch of 10 s', HOLD_EACH_SIDE, { min: 150, max: 270 }],
    ['5-6 passes of 10 s a side, and the switch', PASSES_EACH_SIDE, { min: 110, max: 130 }],
    ['2-5 min a side, and the switch', UNTIL_EASES, { min: 250, max: 610 }],
  ] satisfies [string, Dose, { min: number; max: number }][])('%s: %o seconds', (_name, dose, seconds) => {
    expect(doseSeconds(dose)).toEqual(seconds);
  });
});

describe('formatDuration', () => {
  it.each([
    [{ min: 30, max: 45 }, 'under 1 min'],
    [{ min: 50, max: 65 }, 'about 1 min'],
    [{ min: 150, max: 270 }, '3-5 min'],
    [{ min: 250, max: 610 }, '4-10 min'],
  ])('%o reads "%s"', (range, words) => {
    expect(formatDuration(range)).toBe(words);
  });
});

describe('sideCount', () => {
  it('is 2 for each side, 1 for the sore side', () => {
    expect([sideCount('each'), sideCount('one')]).toEqual([2, 1]);
  });
});

describe('formatDose in Spanish', () => {
  it.each([
    ['Mantén 10 a 15 s, 3 veces, con 10 s de descanso entre una y otra.', HOLD_3_TIMES],
    ['Mantén 30 a 60 s, 2 veces, con 10 s de descanso entre una y otra, en cada lado.', HOLD_EACH_SIDE],
    ['Mantén 10 a 15 s, 3 veces.', { ...HOLD_3_TIMES, restSeconds: 0 }],
    ['Mantén 60 s.', { ...HOLD_3_TIMES, seconds: { min: 60, max: 60 }, reps: 1 }],
    ['Mantén 2 a 3 min.', { ...HOLD_3_TIMES, seconds: { min: 120, max: 180 }, reps: 1 }],
    ['5 a 6 pasadas lentas, en cada lado.', PASSES_EACH_SIDE],
    ['1 pasada lenta.', { ...PASSES_EACH_SIDE, passes: { min: 1, max: 1 }, sides: 'one' }],
    ['Quédate en el punto hasta que el dolor ceda, 2 a 5 min, en cada lado.', UNTIL_EASES],
  ] satisfies [string, Dose][])('"%s"', (words, dose) => {
    expect(formatDose(dose, es)).toBe(words);
  });

  it('reads the time and the seconds in Spanish', () => {
    expect(formatDuration({ min: 50, max: 65 }, es.units)).toBe('alrededor de 1 min');
    expect(formatDuration({ min: 250, max: 610 }, es.units)).toBe('4 a 10 min');
    expect(formatSecondsRange({ min: 60, max: 120 }, es.units)).toBe('60 a 120 s');
  });
});
