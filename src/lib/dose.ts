/**
 * A technique's dose as data the timer can run, and the words a reader sees
 * for it. Pure: no Astro, no DOM, so the same module feeds the page text,
 * the routine totals and the hold timer.
 *
 * The words come from a language's table (src/i18n/<lang>/timer.ts, `units` and
 * `dose`): pass `ui(lang).timer` (or its `units`). Without it they are English.
 * Browser code that must carry no table uses src/lib/amounts.ts, which takes its words.
 */

import type { Dose } from '../schemas';
import { dose as EN_DOSE, units as EN_UNITS, type DoseWords, type UnitWords } from '../i18n/en/timer';
import { amountIn, durationIn, secondsRangeIn, sideCount } from './amounts';
import { SIDE_SWITCH_SECONDS } from './timing';

// The dose types are what the content schema parses (src/schemas.ts): one definition.
export type { Dose, HoldDose, PassesDose, UntilEasesDose } from '../schemas';
export { amountIn, durationIn, inMinutes, secondsRangeIn, sideCount } from './amounts';

import type { Range } from './range';

export type Sides = Dose['sides'];

/** English: "5-6", "3 min" (a unit only when asked). */
export function formatRange(range: Range, unit = ''): string {
  const suffix = unit ? ` ${unit}` : '';
  return `${amountIn(EN_UNITS, range)}${suffix}`;
}

/** "90 s", "2 min", "2-5 min": minutes once a range reaches two minutes. */
export function formatSecondsRange(range: Range, units: UnitWords = EN_UNITS): string {
  return secondsRangeIn(units, range);
}

/** The dose as one short sentence: "Hold 10-15 s, 3 times, each side." ("Mantén 10 a 15 s, 3 veces, en cada lado.") */
export function formatDose(dose: Dose, words: DoseWords = { units: EN_UNITS, dose: EN_DOSE }): string {
  const eachSide = dose.sides === 'each';
  switch (dose.kind) {
    case 'hold': {
      const seconds = secondsRangeIn(words.units, dose.seconds);
      return words.dose.hold({ seconds, reps: dose.reps, rest: dose.restSeconds, eachSide });
    }
    case 'passes':
      return words.dose.passes({ count: amountIn(words.units, dose.passes), one: dose.passes.max === 1, eachSide });
    case 'until-eases':
      return words.dose.untilEases({ seconds: secondsRangeIn(words.units, dose.seconds), eachSide });
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
export function formatDuration(range: Range, units: UnitWords = EN_UNITS): string {
  return durationIn(units, range);
}
