/**
 * Routine totals, computed from the steps' doses so no total is ever typed.
 */
import { doseSeconds, type Dose } from './dose';
import type { Range } from './range';
import { TRANSITION_SECONDS } from './timing';

export interface RoutineStep {
  dose: Dose;
}

/**
 * Total time of steps that take these times, in order, including the moves between
 * them: the one sum behind every routine total, ready-made or built.
 */
export function totalSeconds(stepTimes: readonly Range[]): Range {
  const transitions = Math.max(0, stepTimes.length - 1) * TRANSITION_SECONDS;
  return stepTimes.reduce((total, time) => ({ min: total.min + time.min, max: total.max + time.max }), {
    min: transitions,
    max: transitions,
  });
}

/** Total time of a routine's steps in order, including the moves between them. */
export function routineSeconds(steps: readonly RoutineStep[]): Range {
  return totalSeconds(steps.map((step) => doseSeconds(step.dose)));
}
