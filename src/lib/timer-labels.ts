/**
 * The hold timer's words: what the display shows for a segment and what the
 * live region says at each milestone. Kept apart from the machine so the
 * wording can change without touching the timing. Every function takes the
 * words of the page's language (src/i18n/<lang>/timer.ts: `{ units, live }`,
 * or the whole `ui(lang).timer`); on a page the script gets them from its
 * language's entry (src/scripts/hold-timer.en.ts, .es.ts), so this code carries none.
 */
import type { LiveWords } from '../i18n/en/timer';
import { durationIn, inMinutes, secondsRangeIn } from './amounts';
import type { Range } from './range';
import { isManual, type Plan, type Segment } from './timer-plan';

export type { LiveWords };

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
export function spokenRange(range: Range, { units }: Pick<LiveWords, 'units'>): string {
  const unit = inMinutes(range) ? 60 : 1;
  const min = range.min / unit;
  const max = range.max / unit;
  const amount = max > min ? units.spokenRange(min, max) : `${min}`;
  return unit > 1 ? units.minutesSpoken(amount) : units.secondsSpoken(amount);
}

/** "2 of 5" and what comes after it, for the routine player. */
function stepLabels(plan: Plan, step: number, { live }: LiveWords): { step: string; title: string; next: string } {
  const next = plan.steps[step + 1];
  const title = plan.steps[step]?.title ?? '';
  return { step: live.stepOf(step + 1, plan.steps.length), title, next: next ? live.next(next.title) : live.lastOne };
}

/**
 * The side by name, in the handout's order (its boxes: left on top, right
 * below): "Left side", then "Right side"; a one-side dose works the sore side.
 */
export function sideName(segment: Pick<Segment, 'side' | 'sides'>, { live }: LiveWords): string {
  if (segment.sides < 2) return live.soreSide;
  return segment.side === 1 ? live.leftSide : live.rightSide;
}

/** "your left side", "your sore side": the side inside a sentence. */
function yourSide(segment: Pick<Segment, 'side' | 'sides'>, { live }: LiveWords): string {
  if (segment.sides < 2) return live.yourSoreSide;
  return segment.side === 1 ? live.yourLeftSide : live.yourRightSide;
}

export function heading(segment: Segment, { live }: LiveWords): string {
  return live.headings[segment.kind];
}

type EaseOff = 'ease-off' | 'moving-on' | undefined;

/** "Now do steps 4 to 6. Let go, ...": the steps a dose leaves untimed, and what they ask. */
function untimedLine(plan: Plan, { target, step }: Segment, { live }: LiveWords): string {
  const steps = target.min === target.max ? live.untimedStep(target.min) : live.untimedSteps(target.min, target.max);
  return live.nowDo(steps, plan.steps[step]?.dose.untimed?.text ?? '');
}

/** One line under the display: which side, which hold or pass, what to aim for. */
export function detail(segment: Segment, elapsed: number, words: LiveWords): string {
  const { live, units } = words;
  const { kind, target, rep, reps } = segment;
  if (kind === 'lead-in') return live.startWith(yourSide(segment, words));
  if (kind === 'switch') return live.nextSide(yourSide(segment, words));
  const parts: string[] = [sideName(segment, words)];
  if (kind === 'hold') {
    if (reps > 1) parts.push(live.holdOf(rep, reps));
    if (target.min < target.max) {
      parts.push(elapsed >= target.min ? live.canLetGo(target.max) : live.aimFor(secondsRangeIn(units, target)));
    }
  } else if (kind === 'rest') {
    parts.push(live.nextHold(rep, reps));
  } else if (kind === 'passes') {
    // A range of passes ("5-6"): the ones past the lower count are the reader's choice.
    parts.push(rep > target.min ? live.extraPassOf(rep, reps) : live.passOf(rep, reps));
  } else if (kind === 'count-up') {
    parts.push(live.target(secondsRangeIn(units, target)));
  }
  return parts.join('. ');
}

function workStarts(segment: Segment, words: LiveWords): string {
  const { live } = words;
  const side = sideName(segment, words);
  if (segment.kind === 'passes') return live.passesStart(side, segment.perPass);
  if (segment.kind === 'count-up') return live.countUpStart(side, spokenRange(segment.target, words));
  return live.holdStart(side, spokenRange(segment.target, words));
}

function holdDone(segment: Segment, next: Segment | undefined, plan: Plan, words: LiveWords): string {
  const { live } = words;
  const { kind, rep, reps, sides } = segment;
  const done =
    kind === 'hold' && reps > 1
      ? live.holdOfDone(rep, reps)
      : sides > 1
        ? live.sideDone(sideName(segment, words))
        : live.done;
  if (next?.kind === 'rest') return `${done} ${live.restFor(next.seconds)}`;
  if (next?.kind === 'hold') return `${done} ${live.nextHoldNow}`;
  if (next?.kind === 'untimed') return `${done} ${untimedLine(plan, next, words)}`;
  if (next?.kind === 'lead-in') return `${done} ${live.nextTechnique(plan.steps[next.step]?.title ?? '')}`;
  return done;
}

/** At the top of an until-eases target; a routine says when it moves on. */
function easeOffText({ seconds, target }: Segment, { live }: LiveWords): string {
  return seconds ? `${live.easeOffSpot} ${live.movingOnIn(seconds - target.max)}` : live.easeOffSpot;
}

/** The sentence announced when `kind` happens at the start (or end, for hold-done) of segment `index`. */
export function milestoneText(kind: MilestoneKind, plan: Plan, index: number, words: LiveWords): string {
  const { live } = words;
  const segment = plan.segments[index];
  if (kind === 'done' || !segment) {
    return plan.steps.length > 1 ? live.routineDone : live.allDone;
  }
  if (kind === 'ten-left') return live.tenLeft;
  if (kind === 'ease-off') return easeOffText(segment, words);
  if (kind === 'switch') return live.switchTo(yourSide(segment, words));
  if (kind === 'pass-done') return live.passDone(segment.rep, segment.rep + 1);
  if (kind === 'hold-done') return holdDone(segment, plan.segments[index + 1], plan, words);
  const count = plan.steps.length;
  const intro = count > 1 ? live.stepIntro(segment.step + 1, count, plan.steps[segment.step]?.title ?? '') : '';
  return intro + workStarts(segment, words);
}

interface Progress {
  secondsElapsed: number;
  secondsLeft: number;
  left: Range;
  easeOff?: EaseOff;
}

/** Everything the display writes for `segment`; empty words before the start and after the end. */
export function labelsFor(plan: Plan, segment: Segment | undefined, progress: Progress, words: LiveWords): TimerLabels {
  const { live, units } = words;
  const { secondsElapsed, secondsLeft, left, easeOff } = progress;
  const steps = stepLabels(plan, segment?.step ?? 0, words);
  const timeLeft = live.timeLeft(durationIn(units, left));
  if (!segment) return { heading: '', detail: '', clock: '', left: timeLeft, ...steps };
  const manual = isManual(segment);
  const side = sideName(segment, words);
  return {
    // Past the top of an until-eases target, the display says to ease off; a routine says when it moves on.
    heading: easeOff ? live.easeOffHeading : heading(segment, words),
    detail: easeOff
      ? easeOff === 'moving-on'
        ? live.easeOffMovingOn(side, secondsLeft)
        : live.easeOffNow(side)
      : segment.kind === 'untimed'
        ? untimedLine(plan, segment, words)
        : detail(segment, secondsElapsed, words),
    clock: clock(manual ? secondsElapsed : secondsLeft),
    left: timeLeft,
    ...steps,
  };
}
