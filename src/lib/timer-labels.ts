/**
 * The hold timer's words: what the display shows for a segment and what the
 * live region says at each milestone. Kept apart from the machine so the
 * wording can change without touching the timing.
 */
import { formatDuration, formatSecondsRange } from './dose';
import type { Range } from './range';
import { isManual, type Plan, type Segment } from './timer-plan';

export type MilestoneKind = 'start' | 'switch' | 'ten-left' | 'ease-off' | 'pass-done' | 'hold-done' | 'done';

export interface TimerLabels {
  heading: string;
  detail: string;
  /** The big display: a countdown, a count-up, or the passes counted. */
  clock: string;
  left: string;
  step: string;
  /** The current technique's name, for the routine player. */
  title: string;
  next: string;
}

/** "1:05" on the big display. */
export function clock(seconds: number): string {
  const whole = Math.max(0, seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Words a screen reader or speech reads well: "10 to 15 seconds", "2 to 5 minutes". */
export function spokenRange(range: Range): string {
  const minutes = formatSecondsRange(range).endsWith('min');
  const unit = minutes ? 60 : 1;
  const to = range.max > range.min ? ` to ${range.max / unit}` : '';
  return `${range.min / unit}${to} ${minutes ? 'minutes' : 'seconds'}`;
}

/** "Time left: 3-6 min" for the routine player. */
function timeLeft(left: Range): string {
  return `Time left: ${formatDuration(left)}`;
}

/** "2 of 5" and what comes after it, for the routine player. */
function stepLabels(plan: Plan, step: number): { step: string; title: string; next: string } {
  const next = plan.steps[step + 1];
  const title = plan.steps[step]?.title ?? '';
  return { step: `${step + 1} of ${plan.steps.length}`, title, next: next ? `Next: ${next.title}` : 'Last one' };
}

/**
 * The side by name, in the handout's order (its boxes: left on top, right
 * below): "Left side", then "Right side"; a one-side dose works the sore side.
 */
export function sideName(segment: Pick<Segment, 'side' | 'sides'>): string {
  if (segment.sides < 2) return 'Your sore side';
  return segment.side === 1 ? 'Left side' : 'Right side';
}

/** "your left side", "your sore side": the side inside a sentence. */
function yourSide(segment: Pick<Segment, 'side' | 'sides'>): string {
  return segment.sides < 2 ? 'your sore side' : `your ${segment.side === 1 ? 'left' : 'right'} side`;
}

const HEADINGS = {
  'lead-in': 'Get into position',
  hold: 'Hold',
  rest: 'Rest',
  switch: 'Switch sides',
  passes: 'Slow pass',
  'count-up': 'Stay until it eases',
  untimed: 'At your own pace',
} as const;

export function heading(segment: Segment): string {
  return HEADINGS[segment.kind];
}

type EaseOff = 'ease-off' | 'moving-on' | undefined;

/** "Now do steps 4 to 6. Let go, ...": the steps a dose leaves untimed, and what they ask. */
function untimedLine(plan: Plan, { target, step }: Segment): string {
  const steps = target.min === target.max ? `step ${target.min}` : `steps ${target.min} to ${target.max}`;
  return `Now do ${steps}. ${plan.steps[step]?.dose.untimed?.text ?? ''}`;
}

/** One line under the display: which side, which hold or pass, what to aim for. */
export function detail(segment: Segment, elapsed: number): string {
  const { kind, target, rep, reps } = segment;
  if (kind === 'lead-in') return `Start with ${yourSide(segment)}`;
  if (kind === 'switch') return `Next: ${yourSide(segment)}`;
  const parts: string[] = [sideName(segment)];
  if (kind === 'hold') {
    if (reps > 1) parts.push(`Hold ${rep} of ${reps}`);
    if (target.min < target.max) {
      parts.push(
        elapsed >= target.min
          ? `You can let go now, or hold to ${target.max} s`
          : `Aim for ${formatSecondsRange(target)}`,
      );
    }
  } else if (kind === 'rest') {
    parts.push(`Next: hold ${rep} of ${reps}`);
  } else if (kind === 'passes') {
    // A range of passes ("5-6"): the ones past the lower count are the reader's choice.
    parts.push(`Pass ${rep} of ${reps}${rep > target.min ? ', if you like' : ''}`);
  } else if (kind === 'count-up') {
    parts.push(`Target ${formatSecondsRange(target)}`);
  }
  return parts.join('. ');
}

function workStarts(segment: Segment): string {
  const side = `${sideName(segment)}: `;
  if (segment.kind === 'passes')
    return `${side}start your first slow pass. Each pass is ${segment.perPass} seconds; a soft tone ends it.`;
  if (segment.kind === 'count-up')
    return `${side}press now. Stay on the spot until it eases, ${spokenRange(segment.target)}.`;
  return `${side}press now and hold for ${spokenRange(segment.target)}.`;
}

function holdDone(segment: Segment, next: Segment | undefined, plan: Plan): string {
  const { kind, rep, reps, sides } = segment;
  const done =
    kind === 'hold' && reps > 1 ? `Hold ${rep} of ${reps} done.` : sides > 1 ? `${sideName(segment)} done.` : 'Done.';
  if (next?.kind === 'rest') return `${done} Rest ${next.seconds} seconds.`;
  if (next?.kind === 'hold') return `${done} Next hold now.`;
  if (next?.kind === 'untimed') return `${done} ${untimedLine(plan, next)}`;
  if (next?.kind === 'lead-in') return `${done} Next: ${plan.steps[next.step]?.title ?? ''}. Get into position.`;
  return done;
}

/** At the top of an until-eases target; a routine says when it moves on. */
function easeOffText({ seconds, target }: Segment): string {
  return `Time to ease off the spot.${seconds ? ` Moving on in ${seconds - target.max} seconds.` : ''}`;
}

/** The sentence announced when `kind` happens at the start (or end, for hold-done) of segment `index`. */
export function milestoneText(kind: MilestoneKind, plan: Plan, index: number): string {
  const segment = plan.segments[index];
  if (kind === 'done' || !segment) {
    return plan.steps.length > 1 ? 'Routine done. Well done.' : 'All done. Well done.';
  }
  if (kind === 'ten-left') return '10 seconds left.';
  if (kind === 'ease-off') return easeOffText(segment);
  if (kind === 'switch') return `Switch to ${yourSide(segment)}.`;
  if (kind === 'pass-done') return `Pass ${segment.rep} done. Go straight on with pass ${segment.rep + 1}.`;
  if (kind === 'hold-done') return holdDone(segment, plan.segments[index + 1], plan);
  const count = plan.steps.length;
  const intro = count > 1 ? `Step ${segment.step + 1} of ${count}, ${plan.steps[segment.step]?.title ?? ''}. ` : '';
  return intro + workStarts(segment);
}

interface Progress {
  secondsElapsed: number;
  secondsLeft: number;
  left: Range;
  easeOff?: EaseOff;
}

/** Everything the display writes for `segment`; empty words before the start and after the end. */
export function labelsFor(plan: Plan, segment: Segment | undefined, progress: Progress): TimerLabels {
  const { secondsElapsed, secondsLeft, left, easeOff } = progress;
  const steps = stepLabels(plan, segment?.step ?? 0);
  if (!segment) return { heading: '', detail: '', clock: '', left: timeLeft(left), ...steps };
  const manual = isManual(segment);
  return {
    // Past the top of an until-eases target, the display says to ease off; a routine says when it moves on.
    heading: easeOff ? 'Time to ease off' : heading(segment),
    detail: easeOff
      ? `${sideName(segment)}. Ease off now${easeOff === 'moving-on' ? `. Moving on in ${secondsLeft} s` : ''}`
      : segment.kind === 'untimed'
        ? untimedLine(plan, segment)
        : detail(segment, secondsElapsed),
    clock: clock(manual ? secondsElapsed : secondsLeft),
    left: timeLeft(left),
    ...steps,
  };
}
