/**
 * The hold timer as a pure state machine, with no DOM and no clock of its
 * own. Where the session is comes only from the plan, the start timestamp,
 * the pauses and the reader's own events (skip, pass done early, stop), so
 * `tick(now)` lands on the right segment however long it has been since the
 * last call: a background tab or a locked phone never drifts, and every
 * milestone crossed in between is reported exactly once. `read(now)` gives the
 * same view without taking the milestones, so reading twice changes nothing.
 */
import type { Range } from './range';
import { labelsFor, milestoneText, type LiveWords, type MilestoneKind, type TimerLabels } from './timer-labels';
import { isWork, secondsToGo, type Plan, type Segment } from './timer-plan';

export type TimerState = 'idle' | 'lead-in' | 'running' | 'resting' | 'paused' | 'done';
export type Phase = Segment['kind'] | 'idle' | 'done' | 'stopped';

export interface Milestone {
  kind: MilestoneKind;
  text: string;
}

export interface Snapshot {
  state: TimerState;
  phase: Phase;
  segment: Segment | undefined;
  /** Whole seconds until the segment ends by itself, rounded up; 0 when the reader ends it. */
  secondsLeft: number;
  /** Whole seconds spent in the current segment, pauses excluded. */
  secondsElapsed: number;
  /** Seconds left in the whole plan; manual segments count their estimate. */
  left: Range;
  labels: TimerLabels;
  /**
   * Past the top of an until-eases target: "ease-off"; in a routine, while the
   * player waits to move on (`secondsLeft` to go), "moving-on".
   */
  easeOff: 'ease-off' | 'moving-on' | undefined;
  /** Milestones crossed since the last tick, oldest first. */
  events: Milestone[];
}

/** "10 seconds left" is announced only on holds long enough for it to help. */
const TEN_LEFT_MIN_HOLD = 20;

const STATES = {
  'lead-in': 'lead-in',
  hold: 'running',
  passes: 'running',
  'count-up': 'running',
  untimed: 'running',
  rest: 'resting',
  switch: 'resting',
} as const;

export class HoldTimerMachine {
  #index = -1; // -1 before start; segments.length once done
  #startedAt = 0;
  #segStart = 0; // session ms, pauses excluded
  #pausedAt: number | undefined;
  #pausedTotal = 0;
  #cued = false; // "10 seconds left" or "time to ease off", once per segment
  #longer = false; // "A little longer": this spot waits for the reader after all
  #stopped = false;
  #pending: Milestone[] = [];

  /** `words`: what it shows and says, in the page's language (src/i18n/<lang>/timer.ts, `units` and `live`). */
  constructor(
    readonly plan: Plan,
    readonly words: LiveWords,
  ) {}

  get #segment(): Segment | undefined {
    return this.plan.segments[this.#index];
  }

  #active(now: number): number {
    return (this.#pausedAt ?? now) - this.#startedAt - this.#pausedTotal;
  }

  start(now: number): void {
    if (this.#index !== -1) return;
    this.#startedAt = now;
    this.#enter(0, 0);
  }

  pause(now: number): void {
    this.#advance(now);
    if (this.#segment && this.#pausedAt === undefined) this.#pausedAt = now;
  }

  resume(now: number): void {
    if (this.#pausedAt === undefined) return;
    this.#pausedTotal += now - this.#pausedAt;
    this.#pausedAt = undefined;
  }

  /** Ends the current segment now: skip the lead-in or a rest, let go early, "Done, it eased". */
  skip(now: number): void {
    this.#advance(now);
    if (this.#segment) this.#finish(this.#active(now));
  }

  /** Leaves the current routine step for the next one. */
  skipStep(now: number): void {
    this.#advance(now);
    const step = this.#segment?.step;
    if (step === undefined) return;
    let next = this.#index + 1;
    while (this.plan.segments[next]?.step === step) next += 1;
    this.#enter(next, this.#active(now));
  }

  /** "A little longer": the routine stays on this until-eases spot until the reader ends it. */
  longer(now: number): void {
    this.#advance(now);
    if (this.#segment?.kind === 'count-up') this.#longer = true;
  }

  /** Counts the current pass as done before its time is up; passes otherwise end on their own. */
  passDone(now: number): void {
    this.#advance(now);
    if (this.#segment?.kind === 'passes') this.#finish(this.#active(now));
  }

  /** "Stop - it hurts": ends the session at once, with no further cues. */
  stop(now: number): void {
    this.#advance(now);
    if (!this.#segment) return;
    this.#stopped = true;
    this.#index = this.plan.segments.length;
    this.#pausedAt = undefined;
  }

  reset(): void {
    this.#index = -1;
    this.#pausedAt = undefined;
    this.#pausedTotal = 0;
    this.#stopped = false;
    this.#pending = [];
  }

  /** Where the session is at `now`, and the milestones crossed since the last tick, which it takes. */
  tick(now: number): Snapshot {
    return { ...this.read(now), events: this.#pending.splice(0) };
  }

  /** Where the session is at `now`. Leaves the milestones for the next tick. */
  read(now: number): Omit<Snapshot, 'events'> {
    this.#advance(now);
    const segment = this.#segment;
    const elapsedMs = segment ? Math.max(0, this.#active(now) - this.#segStart) : 0;
    const secondsElapsed = Math.floor(elapsedMs / 1000);
    const end = segment ? this.#end(segment) : 0;
    const secondsLeft = end ? Math.ceil((end - this.#segStart - elapsedMs) / 1000) : 0;
    const left = secondsToGo(this.plan, this.#index, elapsedMs / 1000);
    const idle = this.#index < 0;
    const state = !segment ? (idle ? 'idle' : 'done') : this.#pausedAt === undefined ? STATES[segment.kind] : 'paused';
    const phase = segment?.kind ?? (idle ? 'idle' : this.#stopped ? 'stopped' : 'done');
    const over = segment?.kind === 'count-up' && elapsedMs >= segment.target.max * 1000;
    const easeOff = over ? (end ? 'moving-on' : 'ease-off') : undefined;
    const labels = labelsFor(this.plan, segment, { secondsElapsed, secondsLeft, left, easeOff }, this.words);
    return {
      state,
      phase,
      segment,
      secondsLeft,
      secondsElapsed,
      left,
      labels,
      easeOff,
    };
  }

  /** When the current segment ends by itself, in session ms; 0 when the reader ends it ("A little longer" too). */
  #end(segment: Segment): number {
    return segment.seconds && !this.#longer ? this.#segStart + segment.seconds * 1000 : 0;
  }

  /** Moves past every segment that has ended by itself by `now`, emitting its milestones. */
  #advance(now: number): void {
    const t = this.#active(now);
    for (let segment = this.#segment; segment; segment = this.#segment) {
      const end = this.#end(segment);
      const long = segment.kind === 'hold' && segment.seconds > TEN_LEFT_MIN_HOLD;
      // The top of an until-eases target: time to ease off, whether or not the player then moves on.
      const easeOff = segment.kind === 'count-up' && t >= this.#segStart + segment.target.max * 1000;
      if (!this.#cued && (easeOff || (long && t >= end - 10_000))) {
        this.#cued = true;
        this.#emit(easeOff ? 'ease-off' : 'ten-left');
      }
      if (!end || t < end) return;
      this.#finish(end);
    }
  }

  #finish(at: number): void {
    const segment = this.#segment;
    // Between passes only a soft cue: the reader goes straight on with the next one.
    if (segment?.kind === 'passes' && this.plan.segments[this.#index + 1]?.kind === 'passes') this.#emit('pass-done');
    else if (segment && (isWork(segment) || segment.kind === 'untimed')) this.#emit('hold-done');
    this.#enter(this.#index + 1, at);
  }

  #enter(index: number, at: number): void {
    this.#index = index;
    this.#segStart = at;
    this.#cued = false;
    this.#longer = false;
    const segment = this.#segment;
    if (!segment) return this.#emit('done');
    if (segment.kind === 'switch') this.#emit('switch');
    // Work starts after getting into position and after a side switch, so each side is named as it begins.
    const before = this.plan.segments[index - 1]?.kind;
    if (isWork(segment) && (before === 'lead-in' || before === 'switch')) this.#emit('start');
  }

  #emit(kind: MilestoneKind): void {
    this.#pending.push({ kind, text: milestoneText(kind, this.plan, this.#index, this.words) });
  }
}
