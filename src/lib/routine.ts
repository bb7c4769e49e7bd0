/**
 * Routine totals, computed from the steps' doses so no total is ever typed.
 */
import { doseSeconds, type Dose, type Range } from './dose';

/** Time to move from one technique to the next: find the tool, get into position. */
export const TRANSITION_SECONDS = 15;

export interface RoutineStep {
  dose: Dose;
}

/** Total time of the steps in order, including the moves between them. */
export function routineSeconds(steps: readonly RoutineStep[]): Range {
  const transitions = Math.max(0, steps.length - 1) * TRANSITION_SECONDS;
  return steps.reduce(
    (total, step) => {
      const time = doseSeconds(step.dose);
      return { min: total.min + time.min, max: total.max + time.max };
    },
    { min: transitions, max: transitions },
  );
}
