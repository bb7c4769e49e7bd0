/**
 * Turns a dose (or a routine's list of doses) into the flat list of segments
 * the hold timer runs: get into position, hold, rest, switch sides, ...
 * Pure data, so the timer machine, its tests and the page agree on one plan.
 *
 * A hold written as a range ("10-15 s") counts down the upper value and shows
 * the range: a reader expects the timer to tell them when the full dose is
 * done, and the labels say when the lower value is reached so they may let go
 * early with Skip. Slow passes run by time too, one segment per pass of the
 * dose's `secondsPerPass`, so a reader lying on a roller never has to tap; a
 * range of passes ("5-6") runs the upper count, and passes past the lower one
 * count as optional in the estimate. An until-eases spot counts up: at the top
 * of its target the timer says to ease off, and in a routine it moves on after
 * `grace` seconds unless the reader asks for a little longer; otherwise the
 * reader ends it ("Done, it eased"). Steps the dose does not time (`untimed`)
 * follow as one last segment the reader ends at their own pace.
 */
import { sideCount } from './amounts';
import type { Dose } from './dose';
import type { Range } from './range';
import type { SupportId } from './figure';
import { leadInFor } from './lead-in';
import { EASE_OFF_GRACE_SECONDS, SIDE_SWITCH_SECONDS, TRANSITION_SECONDS } from './timing';

export type SegmentKind = 'lead-in' | 'hold' | 'rest' | 'switch' | 'passes' | 'count-up' | 'untimed';

export interface Segment {
  kind: SegmentKind;
  /**
   * Seconds until it ends by itself; 0 when the reader ends it. An until-eases
   * spot in a routine ends `EASE_OFF_GRACE_SECONDS` after the top of its target.
   */
  seconds: number;
  /** What the reader aims for: seconds of a hold or spot, or the number of passes. */
  target: Range;
  /** Seconds it is expected to take, for "time left". */
  estimate: Range;
  /** Index of the routine step (0 for a single technique). */
  step: number;
  side: number;
  sides: number;
  /** For holds the hold number; for rests the hold that comes next; for passes the pass number. */
  rep: number;
  reps: number;
  /** Seconds per pass, for passes only; 0 otherwise. */
  perPass: number;
}

export interface PlanStep {
  title: string;
  href?: string;
  dose: Dose;
  /** What the body or tool rests on, from the technique's picture: sets the lead-in. */
  support?: SupportId;
}

export interface Plan {
  steps: readonly PlanStep[];
  segments: readonly Segment[];
}

const fixed = (seconds: number): Range => ({ min: seconds, max: seconds });

/** Segments whose clock counts up: the until-eases spot and the untimed steps. */
export function isManual(segment: Segment): boolean {
  return segment.kind === 'count-up' || segment.kind === 'untimed';
}

/** Segments where the reader is pressing: a hold, passes or an until-eases spot. */
export function isWork(segment: Segment): boolean {
  return segment.kind === 'hold' || segment.kind === 'passes' || segment.kind === 'count-up';
}

function doseSegments(dose: Dose, step: number, leadIn: number, grace: number): Segment[] {
  const sides = sideCount(dose.sides);
  const reps = dose.kind === 'hold' ? dose.reps : dose.kind === 'passes' ? dose.passes.max : 1;
  const base = { step, sides, side: 1, rep: 1, reps, perPass: 0 };
  const timed = (kind: SegmentKind, seconds: number) => ({
    ...base,
    kind,
    seconds,
    target: fixed(seconds),
    estimate: fixed(seconds),
  });
  const segments: Segment[] = [timed('lead-in', leadIn)];
  for (let side = 1; side <= sides; side++) {
    if (side > 1) segments.push({ ...timed('switch', SIDE_SWITCH_SECONDS), side });
    if (dose.kind === 'hold') {
      for (let rep = 1; rep <= reps; rep++) {
        if (rep > 1 && dose.restSeconds > 0) segments.push({ ...timed('rest', dose.restSeconds), side, rep });
        const hold = {
          ...base,
          kind: 'hold',
          seconds: dose.seconds.max,
          target: dose.seconds,
          estimate: dose.seconds,
        } as const;
        segments.push({ ...hold, side, rep });
      }
    } else if (dose.kind === 'passes') {
      const { passes, secondsPerPass: perPass } = dose;
      for (let rep = 1; rep <= passes.max; rep++) {
        // Passes past the lower count are optional: the estimate spans 0 to a full pass, as the totals do.
        const estimate = rep <= passes.min ? fixed(perPass) : { min: 0, max: perPass };
        segments.push({ ...base, kind: 'passes', seconds: perPass, target: passes, estimate, side, rep, perPass });
      }
    } else {
      const target = dose.seconds;
      const seconds = grace && target.max + grace;
      segments.push({ ...base, kind: 'count-up', seconds, target, estimate: target, side });
    }
  }
  // The steps the dose does not time: named, untimed, and left out of the time estimate as the totals leave them.
  if (dose.untimed) segments.push({ ...timed('untimed', 0), target: dose.untimed.steps, side: sides });
  return segments;
}

/**
 * The plan for a routine (or a single technique as a one-step routine). The
 * first step opens with `leadIn` seconds to get into position (by default the
 * first technique's position's); later steps open with the routine's
 * transition time, matching the routine totals.
 */
export function buildPlan(steps: readonly PlanStep[], leadIn = leadInFor(steps[0]?.support)): Plan {
  // Only a routine moves on by itself after an until-eases spot: on its own page the reader ends it.
  const grace = steps.length > 1 ? EASE_OFF_GRACE_SECONDS : 0;
  const segments = steps.flatMap((step, index) =>
    doseSegments(step.dose, index, index === 0 ? leadIn : TRANSITION_SECONDS, grace),
  );
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
