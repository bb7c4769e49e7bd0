/**
 * Which parts of a <hold-timer> show when. Each part lists, in `data-when`,
 * the states and phases it shows in. The page renders the idle view with the
 * same rule the script applies later, so the timer looks the same before and
 * after its script runs and nothing moves on load.
 */
import type { CheckState } from './safety-check';
import type { Phase, TimerState } from './timer';

/**
 * The keys a part may name: the state, and the phase ("finished" once a run is
 * done); a paused timer shows its paused parts only, and so does an idle timer
 * while the safety check asks ("asking") or has heard "One applies" ("applies").
 * Past the top of an until-eases target, `easeOff` ("ease-off", or "moving-on"
 * while a routine waits to move on) is a key too.
 */
export function viewKeys(state: TimerState, phase: Phase, check: CheckState = 'unasked', easeOff?: string): string[] {
  if (state === 'idle' && (check === 'asking' || check === 'applies')) return [check];
  if (state === 'paused') return [state];
  return [state, phase === 'done' ? 'finished' : phase, ...(easeOff ? [easeOff] : [])];
}

/** True when a part whose `data-when` is `when` shows for `keys`. */
export function isShown(when: string, keys: readonly string[]): boolean {
  return when.split(' ').some((key) => keys.includes(key));
}

/** The attributes of a part that shows in `when`, as the page renders it: hidden unless the idle view shows it. */
export function whenAttrs(when: string): { 'data-when': string; hidden: boolean } {
  return { 'data-when': when, hidden: !isShown(when, viewKeys('idle', 'idle')) };
}

/** The states a running (or paused) session shows its controls in. */
export const ACTIVE = 'lead-in running resting paused';
