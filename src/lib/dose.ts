/**
 * A technique's dose as data the timer can run, and the words a reader sees
 * for it. Pure: no Astro, no DOM, so the same module feeds the page text,
 * the routine totals and the hold timer.
 */

import type { Dose } from '../schemas';
import { SIDE_SWITCH_SECONDS } from './timing';

// The dose types are what the content schema parses (src/schemas.ts): one definition.
export type { Dose, HoldDose, PassesDose, UntilEasesDose } from '../schemas';

import type { Range } from './range';

export type Sides = Dose['sides'];

export function sideCount(sides: Sides): number {
  return sides === 'each' ? 2 : 1;
}

export function formatRange(range: Range, unit = ''): string {
  const suffix = unit ? ` ${unit}` : '';
  return range.min === range.max ? `${range.min}${suffix}` : `${range.min}-${range.max}${suffix}`;
}

/** "90 s", "2 min", "2-5 min": minutes once a range reaches two minutes. */
export function formatSecondsRange(range: Range): string {
  const inMinutes = range.min >= 120 && range.min % 60 === 0 && range.max % 60 === 0;
  if (inMinutes) {
    return formatRange({ min: range.min / 60, max: range.max / 60 }, 'min');
  }
  return formatRange(range, 's');
}

function timesWord(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

/** The dose as one short sentence: "Hold 10-15 s, 3 times, each side." */
export function formatDose(dose: Dose): string {
  const side = dose.sides === 'each' ? ', each side' : '';
  switch (dose.kind) {
    case 'hold': {
      const reps = dose.reps > 1 ? `, ${timesWord(dose.reps)}` : '';
      const rest = dose.reps > 1 && dose.restSeconds > 0 ? `, resting ${dose.restSeconds} s between` : '';
      return `Hold ${formatSecondsRange(dose.seconds)}${reps}${rest}${side}.`;
    }
    case 'passes': {
      const noun = dose.passes.max === 1 ? 'slow pass' : 'slow passes';
      return `${formatRange(dose.passes)} ${noun}${side}.`;
    }
    case 'until-eases':
      return `Stay on the spot until it eases, ${formatSecondsRange(dose.seconds)}${side}.`;
  }
}

/** Active time of one dose, as a range in seconds, including side switches. */
export function doseSeconds(dose: Dose): Range {
  const sides = sideCount(dose.sides);
  const switchTime = (sides - 1) * SIDE_SWITCH_SECONDS;
  switch (dose.kind) {
    case 'hold': {
      const rests = (dose.reps - 1) * dose.restSeconds;
      const perSide = (hold: number) => hold * dose.reps + rests;
      return {
        min: perSide(dose.seconds.min) * sides + switchTime,
        max: perSide(dose.seconds.max) * sides + switchTime,
      };
    }
    case 'passes':
      return {
        min: dose.passes.min * dose.secondsPerPass * sides + switchTime,
        max: dose.passes.max * dose.secondsPerPass * sides + switchTime,
      };
    case 'until-eases':
      return {
        min: dose.seconds.min * sides + switchTime,
        max: dose.seconds.max * sides + switchTime,
      };
  }
}

/** Rounded to whole minutes for reading: "about 1 min", "3-6 min". */
export function formatDuration(range: Range): string {
  const toMinutes = (s: number) => Math.max(1, Math.round(s / 60));
  const min = toMinutes(range.min);
  const max = toMinutes(range.max);
  if (range.max < 60) return `under 1 min`;
  return min === max ? `about ${min} min` : `${min}-${max} min`;
}
