/**
 * Does the timer cover a technique's steps? A step that names a time or a
 * count ("Hold for 10 to 15 seconds", "Do 3 holds in all", "Do 3 slow rolls in
 * each direction") is timed: the plan must run it (a hold, rest, pass or spot
 * of that length or count) or name it as untimed (the dose's `untimed` steps),
 * so the timer never says "Done" with timed steps still to do.
 */
import type { Dose } from './dose';
import type { Range } from './range';
import type { Plan } from './timer-plan';

export type AmountKind = 'time' | 'reps' | 'passes' | 'other';

/** A time or count a step names, seconds for a time. */
export interface Amount {
  kind: AmountKind;
  range: Range;
  words: string;
}

const AMOUNT =
  /\b(\d+)(?: to (\d+))? (?:slow |more )?(seconds?|minutes?|holds?|patch(?:es)?|rounds?|times|pass(?:es)?|strokes?|\w+)\b/g;

function kindOf(unit: string): AmountKind | undefined {
  if (/^(seconds?|minutes?)$/.test(unit)) return 'time';
  if (/^(holds?|patch(es)?|rounds?|times)$/.test(unit)) return 'reps';
  if (/^(pass(es)?|strokes?)$/.test(unit)) return 'passes';
  // A count of something the dose does not count ("3 slow rolls"); "4 to 5 out of 10" is a pressure, not an amount.
  return /^(rolls?|circles?|breaths?|squeezes?)$/.test(unit) ? 'other' : undefined;
}

/** The times and counts a step names. */
export function amountsIn(step: string): Amount[] {
  const found: Amount[] = [];
  for (const match of step.matchAll(AMOUNT)) {
    const unit = match[3] ?? '';
    const kind = kindOf(unit);
    if (!kind) continue;
    const scale = unit.startsWith('minute') ? 60 : 1;
    const min = Number(match[1]) * scale;
    found.push({ kind, range: { min, max: match[2] ? Number(match[2]) * scale : min }, words: match[0] });
  }
  return found;
}

const within = (value: number, range: Range) => value >= range.min && value <= range.max;

/** True when the dose runs `amount`: a time it holds, rests or passes for, or a count it repeats. */
export function doseRuns(dose: Dose, amount: Amount): boolean {
  const { kind, range } = amount;
  if (kind === 'time') {
    const times =
      dose.kind === 'hold'
        ? [dose.seconds.min, dose.seconds.max, dose.restSeconds]
        : dose.kind === 'passes'
          ? [dose.secondsPerPass, dose.passes.min * dose.secondsPerPass, dose.passes.max * dose.secondsPerPass]
          : [dose.seconds.min, dose.seconds.max];
    return times.some((seconds) => seconds > 0 && within(seconds, range));
  }
  if (kind === 'reps') return dose.kind === 'hold' && within(dose.reps, range);
  if (kind === 'passes') return dose.kind === 'passes' && range.min <= dose.passes.max && range.max >= dose.passes.min;
  return false;
}

/**
 * The numbers (from 1) of the timed steps of plan step `index` that its plan
 * neither runs nor names as untimed; empty when the timer covers them all.
 */
export function uncoveredSteps(steps: readonly string[], plan: Plan, index = 0): number[] {
  const dose = plan.steps[index]?.dose;
  if (!dose) return [];
  const untimed = plan.segments.find((segment) => segment.step === index && segment.kind === 'untimed')?.target;
  return steps
    .map((text, i) => ({ number: i + 1, amounts: amountsIn(text) }))
    .filter(({ number }) => !(untimed && within(number, untimed)))
    .filter(({ amounts }) => amounts.some((amount) => !doseRuns(dose, amount)))
    .map(({ number }) => number);
}
