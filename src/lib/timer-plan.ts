/**
 * Turns a dose (or a routine's list of doses) into the flat list of segments
 * the hold timer runs: get into position, hold, rest, switch sides, ...
 * Pure data, so the timer machine, its tests and the page agree on one plan.
 *
 * A hold written as a range ("10-15 s") counts down the upper value and shows
 * the range: a reader expects the timer to tell them when the full dose is
 * done, and the labels say when the lower value is reached so they may let go
 * early with Skip. Counted passes and until-eases spots have no fixed end: the
 * reader ends them ("Pass done", "Done, it eased").
 */
import { sideCount, type Dose, type Range } from './dose';
import { LEAD_IN_SECONDS, SIDE_SWITCH_SECONDS, TRANSITION_SECONDS } from './timing';

export type SegmentKind = 'lead-in' | 'hold' | 'rest' | 'switch' | 'passes' | 'count-up';

export interface Segment {
  kind: SegmentKind;
  /** Seconds it counts down; 0 when the reader ends it (passes, count-up). */
  seconds: number;
  /** What the reader aims for: seconds of a hold or spot, or a number of passes. */
  target: Range;
  /** Seconds it is expected to take, for "time left". */
  estimate: Range;
  /** Index of the routine step (0 for a single technique). */
  step: number;
  side: number;
  sides: number;
  /** For holds the hold number; for rests the hold that comes next. */
  rep: number;
  reps: number;
  /** Seconds per pass, for passes only; 0 otherwise. */
  perPass: number;
}

export interface PlanStep {
  title: string;
  href?: string;
  dose: Dose;
}

export interface Plan {
  steps: readonly PlanStep[];
  segments: readonly Segment[];
}

const fixed = (seconds: number): Range => ({ min: seconds, max: seconds });

/** Segments the reader ends by hand, with no countdown. */
export function isManual(segment: Segment): boolean {
  return segment.kind === 'passes' || segment.kind === 'count-up';
}

/** Segments where the reader is pressing: a hold, passes or an until-eases spot. */
export function isWork(segment: Segment): boolean {
  return segment.kind === 'hold' || isManual(segment);
}

function doseSegments(dose: Dose, step: number, leadIn: number): Segment[] {
  const sides = sideCount(dose.sides);
  const reps = dose.kind === 'hold' ? dose.reps : 1;
  const base = { step, sides, side: 1, rep: 1, reps, perPass: 0 };
  const timed = (kind: SegmentKind, seconds: number) => ({ ...base, kind, seconds, target: fixed(seconds), estimate: fixed(seconds) });
  const segments: Segment[] = [timed('lead-in', leadIn)];
  for (let side = 1; side <= sides; side++) {
    if (side > 1) segments.push({ ...timed('switch', SIDE_SWITCH_SECONDS), side });
    if (dose.kind === 'hold') {
      for (let rep = 1; rep <= reps; rep++) {
        if (rep > 1 && dose.restSeconds > 0) segments.push({ ...timed('rest', dose.restSeconds), side, rep });
        const hold = { ...base, kind: 'hold', seconds: dose.seconds.max, target: dose.seconds, estimate: dose.seconds } as const;
        segments.push({ ...hold, side, rep });
      }
    } else if (dose.kind === 'passes') {
      const { passes, secondsPerPass: perPass } = dose;
      const estimate = { min: passes.min * perPass, max: passes.max * perPass };
      segments.push({ ...base, kind: 'passes', seconds: 0, target: passes, estimate, side, perPass });
    } else {
      segments.push({ ...base, kind: 'count-up', seconds: 0, target: dose.seconds, estimate: dose.seconds, side });
    }
  }
  return segments;
}

/**
 * The plan for a routine (or a single technique as a one-step routine). The
 * first step opens with `leadIn` seconds to get into position; later steps
 * open with the routine's transition time, matching the routine totals.
 */
export function buildPlan(steps: readonly PlanStep[], leadIn = LEAD_IN_SECONDS): Plan {
  const segments = steps.flatMap((step, index) => doseSegments(step.dose, index, index === 0 ? leadIn : TRANSITION_SECONDS));
  return { steps, segments };
}


/** Seconds left in the plan from segment `index`, `elapsed` seconds into it; manual segments count their estimate. */
export function secondsToGo(plan: Plan, index: number, elapsed: number): Range {
  const total = { min: 0, max: 0 };
  plan.segments.slice(Math.max(0, index)).forEach((segment, i) => {
    const spent = i === 0 && index >= 0 ? elapsed : 0;
    total.min += Math.max(0, segment.estimate.min - spent);
    total.max += Math.max(0, segment.estimate.max - spent);
  });
  return total;
}
