/**
 * The doses a reader may pick for a technique in the routine builder. Every
 * choice stays inside what the technique's own guide allows, so building a
 * routine can never mean pressing longer or more often than the guide says:
 * - a hold lasts between the guide's shortest and longest time, and is done
 *   as many times as the guide says or fewer;
 * - counted passes stay within the guide's count;
 * - an until-eases spot keeps the guide's target and may stop at a lower cap.
 * Keys are short and readable because they live in the page address.
 */
import { doseSeconds, formatDose, type Dose } from './dose';
import type { Range } from './range';

export interface DoseChoice {
  /** "" for the guide's own dose; otherwise "15x3" (hold), "6" (passes) or "180" (until-eases). */
  key: string;
  dose: Dose;
}

/** Up to `count` values from min to max, evenly spread and rounded to `round`. */
export function spread(range: Range, count: number, round: number): number[] {
  const { min, max } = range;
  const steps = Math.min(count - 1, Math.floor((max - min) / round));
  const values = [min];
  for (let i = 1; i < steps; i++) values.push(min + Math.round(((max - min) * i) / steps / round) * round);
  if (max > min) values.push(max);
  return [...new Set(values)];
}

const fixed = (value: number): Range => ({ min: value, max: value });

function alternatives(dose: Dose): DoseChoice[] {
  switch (dose.kind) {
    case 'hold': {
      const seconds = spread(dose.seconds, 4, 5);
      const reps = Array.from({ length: dose.reps }, (_, i) => i + 1);
      return reps.flatMap((count) =>
        seconds.map((value) => ({ key: `${value}x${count}`, dose: { ...dose, seconds: fixed(value), reps: count } })),
      );
    }
    case 'passes':
      return spread(dose.passes, 4, 1).map((value) => ({ key: `${value}`, dose: { ...dose, passes: fixed(value) } }));
    case 'until-eases':
      return spread(dose.seconds, 4, 30).map((cap) => ({
        key: `${cap}`,
        dose: { ...dose, seconds: { min: dose.seconds.min, max: cap } },
      }));
  }
}

/** The guide's own dose first (key ""), then the other choices, lightest first, none repeating it. */
export function doseChoices(dose: Dose): DoseChoice[] {
  const own = JSON.stringify(dose);
  return [{ key: '', dose }, ...alternatives(dose).filter((choice) => JSON.stringify(choice.dose) !== own)];
}

/**
 * A choice as the builder fetches it: its key, the dose the timer runs, its words
 * ("Hold 15 s.") and its time in seconds.
 */
export interface DescribedChoice extends DoseChoice {
  words: string;
  seconds: Range;
}

/**
 * Worded and timed at build time, so the builder's script needs no dose wording, timing or
 * choosing code. `say` words a dose in the page's language (English by default).
 */
export function describeChoices(dose: Dose, say: (dose: Dose) => string = formatDose): DescribedChoice[] {
  return doseChoices(dose).map((choice) => ({
    ...choice,
    words: say(choice.dose),
    seconds: doseSeconds(choice.dose),
  }));
}
