/**
 * Which parts of a <hold-timer> show when. Each part lists, in `data-when`,
 * the states and phases it shows in. The page renders the idle view with the
 * same rule the script applies later, so the timer looks the same before and
 * after its script runs and nothing moves on load.
 */
import type { Phase, TimerState } from './timer';

/** The keys a part may name: the state, and the phase ("finished" once a run is done); a paused timer shows its paused parts only. */
export function viewKeys(state: TimerState, phase: Phase): string[] {
  return state === 'paused' ? [state] : [state, phase === 'done' ? 'finished' : phase];
}

/** True when a part whose `data-when` is `when` shows for `keys`. */
export function isShown(when: string, keys: readonly string[]): boolean {
  return when.split(' ').some((key) => keys.includes(key));
}
