import { describe, expect, it } from 'vitest';
import { timer as en } from '../i18n/en/timer';
import { timer as es } from '../i18n/es/timer';
import { amountIn, durationIn, secondsRangeIn } from './amounts';

describe('amounts in Spanish', () => {
  it.each([
    [{ min: 90, max: 90 }, '90 s'],
    [{ min: 60, max: 120 }, '60 a 120 s'],
    [{ min: 120, max: 120 }, '2 min'],
    [{ min: 120, max: 300 }, '2 a 5 min'],
  ])('the seconds %o read "%s"', (range, words) => {
    expect(secondsRangeIn(es.units, range)).toBe(words);
  });

  it.each([
    [{ min: 30, max: 45 }, 'menos de 1 min'],
    [{ min: 50, max: 65 }, 'alrededor de 1 min'],
    [{ min: 150, max: 270 }, '3 a 5 min'],
  ])('the time %o reads "%s"', (range, words) => {
    expect(durationIn(es.units, range)).toBe(words);
  });

  it('gives one number for an even range, in either language', () => {
    expect([amountIn(es.units, { min: 5, max: 6 }), amountIn(es.units, { min: 3, max: 3 })]).toEqual(['5 a 6', '3']);
    expect(amountIn(en.units, { min: 5, max: 6 })).toBe('5-6');
  });
});
