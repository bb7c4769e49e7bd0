/**
 * Amounts of time and count in a language's words: "10-15 s", "2-5 min", "about 3 min" (or
 * "10 a 15 s", "unos 3 min"). The words are always passed in (src/i18n/<lang>/timer.ts, `units`)
 * and never imported, because the timer's script runs this in the browser and must carry no
 * language's table. src/lib/dose.ts offers the same with English as the default.
 */
import type { UnitWords } from '../i18n/en/timer';
import type { Dose } from '../schemas';
import type { Range } from './range';

export function sideCount(sides: Dose['sides']): number {
  return sides === 'each' ? 2 : 1;
}

/** "5-6", or "5 a 6" in Spanish; one number for an even range. */
export function amountIn(units: Pick<UnitWords, 'range'>, range: Range): string {
  return range.min === range.max ? `${range.min}` : units.range(range.min, range.max);
}

/** True when a range of seconds reads in minutes: from two minutes, in whole minutes. */
export function inMinutes(range: Range): boolean {
  return range.min >= 120 && range.min % 60 === 0 && range.max % 60 === 0;
}

/** "90 s", "2 min", "2-5 min": minutes once a range reaches two minutes. */
export function secondsRangeIn(units: UnitWords, range: Range): string {
  return inMinutes(range)
    ? units.minutes(amountIn(units, { min: range.min / 60, max: range.max / 60 }))
    : units.seconds(amountIn(units, range));
}

/** Rounded to whole minutes for reading: "about 1 min", "3-6 min". */
export function durationIn(units: UnitWords, range: Range): string {
  const toMinutes = (s: number) => Math.max(1, Math.round(s / 60));
  const min = toMinutes(range.min);
  const max = toMinutes(range.max);
  if (range.max < 60) return units.underAMinute;
  return min === max ? units.aboutMinutes(`${min}`) : units.minutes(units.range(min, max));
}
