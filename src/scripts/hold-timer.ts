/**
 * <hold-timer>: the thin browser half of the hold timer. It reads its steps
 * from `data-steps`, turns taps into machine events and writes each tick back
 * into the markup, which the page rendered in its idle view. Its words, what it
 * shows and says while it runs, come from its language's entry
 * (hold-timer.en.ts, hold-timer.es.ts), which hands it that language's and no other's.
 * Timing and wording live in src/lib/timer*.ts, the lead-in rule in
 * lead-in.ts, the safety check in safety-check.ts, the days done in
 * days-done.ts and mark-day.ts; markup decides what shows when through `data-when`.
 */
import { DAYS_DONE_KEY, dayOf, readDays } from '../lib/days-done';
import { adjustLeadIn, leadInKey, storedLeadIn } from '../lib/lead-in';
import { markDay } from '../lib/mark-day';
import { checkFromStorage, nextCheck, SAFETY_CHECK_KEY, type CheckEvent, type CheckState } from '../lib/safety-check';
import { HoldTimerMachine, type Milestone } from '../lib/timer';
import type { LiveWords, TimerLabels } from '../lib/timer-labels';
import { buildPlan, type PlanStep } from '../lib/timer-plan';
import { isShown, viewKeys } from '../lib/timer-view';
import { keepAwake, loadVoices, speak, tone, unlockAudio, vibrate } from './cues';
import { readStored, writeStored } from './device-store';
import { enableControls } from './upgrade';

/** Pitch and length of the tone per milestone, and the buzz; "10 seconds left" is announced without a tone. */
const TONES: Partial<Record<Milestone['kind'], [number, number, number | number[]]>> = {
  start: [660, 0.2, 200],
  switch: [523, 0.4, 200],
  'pass-done': [587, 0.12, 80], // soft and short: the reader goes straight on
  'ease-off': [740, 0.5, [200, 100, 200]],
  'hold-done': [880, 0.2, 200],
  done: [1047, 0.6, [200, 100, 200]],
};
const TICKING = ['lead-in', 'running', 'resting'];
/** Buttons whose `data-action` names the machine's own method: "Pause" calls `pause(now)`. */
const MACHINE_ACTIONS = ['pause', 'resume', 'skip', 'skipStep', 'passDone', 'longer', 'stop', 'reset'] as const;
type MachineAction = (typeof MACHINE_ACTIONS)[number];
/** Start and the safety check's answers, whose `data-action` is the check's own event. */
const CHECK_ACTIONS: readonly string[] = ['start', 'none', 'applies', 'back'] satisfies CheckEvent[];

/** The words of the page's language, given by its entry before the element is defined. */
let said: LiveWords;

class HoldTimer extends HTMLElement {
  #steps: PlanStep[] = [];
  #leadIn = 0;
  #machine!: HoldTimerMachine; // made on upgrade, when the steps are read
  #check: CheckState = 'unasked';
  #ticker = 0;
  #flashEnds = 0;
  #shownStep = ''; // the step last brought into view, so each new step is brought in once
  #connection: AbortController | undefined; // its abort removes every listener added on connect
  static observedAttributes = ['data-steps'];

  /** Reads the steps on upgrade, and again whenever a page swaps in new ones (the routine builder): a fresh, idle plan. */
  attributeChangedCallback(): void {
    this.#steps = JSON.parse(this.dataset.steps ?? '[]') as PlanStep[];
    this.#leadIn = storedLeadIn(readStored(this.#leadInKey), this.#steps[0]?.support);
    this.#plan();
  }

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-option]')) {
      const stored = readStored(this.#storageKey(box));
      box.checked = stored ? stored === 'true' : box.defaultChecked; // the markup holds the default: sound on, speech off
    }
    this.#check = checkFromStorage(readStored(SAFETY_CHECK_KEY));
    if (this.#option('speech')) loadVoices();
    this.addEventListener('click', this, { signal });
    this.addEventListener('change', this, { signal });
    document.addEventListener('visibilitychange', this, { signal });
    this.#render();
    enableControls(this);
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
    clearInterval(this.#ticker);
    this.#ticker = 0;
    keepAwake(false);
  }

  get #leadInKey(): string {
    return leadInKey(this.#steps[0]?.support);
  }

  /** A fresh, idle plan with the current lead-in. */
  #plan(): void {
    this.#machine = new HoldTimerMachine(buildPlan(this.#steps, this.#leadIn), said);
    const shown = this.querySelector('[data-lead-in]');
    if (shown) shown.textContent = said.units.seconds(`${this.#leadIn}`);
    if (this.isConnected) this.#render();
  }

  handleEvent(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (event.type === 'change' && target.dataset.option) {
      writeStored(this.#storageKey(target), String(target.checked));
      if (this.#option('sound')) unlockAudio();
      if (this.#option('speech')) loadVoices();
      return;
    }
    const action = event.type === 'click' ? target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
    const now = Date.now();
    if (CHECK_ACTIONS.includes(action ?? '')) this.#answer(action as CheckEvent, now);
    else if (action === 'lead-in-less' || action === 'lead-in-more') {
      this.#leadIn = adjustLeadIn(this.#leadIn, action === 'lead-in-more' ? 1 : -1);
      writeStored(this.#leadInKey, String(this.#leadIn));
      this.#plan();
    } else if (MACHINE_ACTIONS.includes(action as MachineAction)) this.#machine[action as MachineAction](now);
    else if (action === 'mark-day') this.#markDay(now);
    // A visibilitychange also lands here: time comes from the clock, so one render re-syncs.
    this.#render();
  }

  /** Start and the safety check's answers: the timer starts only once "None of these" is given on this device. */
  #answer(event: CheckEvent, now: number): void {
    const step = nextCheck(this.#check, event);
    this.#check = step.state;
    if (step.store !== undefined) writeStored(SAFETY_CHECK_KEY, step.store);
    if (!step.startTimer) return;
    if (this.#option('sound')) unlockAudio(); // inside the tap, or the browser keeps it muted
    this.#machine.start(now);
  }

  #markDay(now: number): void {
    writeStored(DAYS_DONE_KEY, JSON.stringify(markDay(readDays(readStored(DAYS_DONE_KEY)), dayOf(new Date(now)))));
    document.dispatchEvent(new Event('days-done')); // the routine page's strip redraws
    const status = this.querySelector('[data-marked]');
    if (status) status.textContent = said.live.marked;
  }

  #storageKey(box: HTMLInputElement): string {
    return `hold-timer-${box.dataset.option ?? ''}`;
  }

  #option(name: string): boolean {
    return this.querySelector<HTMLInputElement>(`[data-option="${name}"]`)?.checked ?? false;
  }

  #render(): void {
    const { state, phase, labels, segment, events, easeOff } = this.#machine.tick(Date.now());
    const keys = viewKeys(state, phase, this.#check, easeOff);
    const focused = document.activeElement;
    this.dataset.state = state;
    this.dataset.phase = phase;
    for (const el of this.querySelectorAll<HTMLElement>('[data-when]')) {
      el.hidden = !isShown(el.dataset.when ?? '', keys);
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-text]')) {
      const text = labels[el.dataset.text as keyof TimerLabels];
      if (el.textContent !== text) el.textContent = text;
    }
    if (state !== 'done') this.querySelector('[data-marked]')?.replaceChildren();
    this.#showStep(segment?.step ?? 0);
    const last = events.at(-1); // after a long sleep, one cue for where we are now, not a burst
    if (last) this.#cue(last);
    const ticking = TICKING.includes(state);
    if (ticking && !this.#ticker) this.#ticker = window.setInterval(() => this.#render(), 250);
    if (!ticking && this.#ticker) {
      clearInterval(this.#ticker);
      this.#ticker = 0;
    }
    keepAwake(ticking);
    // A tap can hide the focused button (Start becomes Pause, or the check): keep keyboard focus in the timer.
    if (focused && this.contains(focused) && focused.closest('[hidden]')) {
      // A heading that says what happened first ("Do any of these apply", "You stopped", "Done"), then the main
      // button (Start after "Back", Resume after Pause), else the first button left (Pause, not the -5 s before Start).
      const candidates = [
        ...this.querySelectorAll<HTMLElement>('[data-focus]'),
        ...this.querySelectorAll<HTMLElement>('button.primary'),
        ...this.querySelectorAll('button'),
      ];
      const next = candidates.find((el) => !el.closest('[hidden]'));
      next?.focus();
    }
    this.#keepInView(segment ? `${segment.step}` : ''); // after focus, which may have scrolled too
  }

  /**
   * As a session starts (the safety check above may just have closed) and as
   * each routine step begins, brings the step name and the countdown into view.
   */
  #keepInView(step: string): void {
    if (step === this.#shownStep) return;
    this.#shownStep = step;
    // The countdown first, then the step's name above it; scroll margins keep them clear of the stop bar.
    if (step)
      for (const el of [...this.querySelectorAll('[data-keep-in-view]')].reverse())
        el.scrollIntoView({ block: 'nearest' });
  }

  /** The routine player shows the current technique's picture and steps, copied from its handout row. */
  #showStep(index: number): void {
    const now = this.querySelector('[data-now]');
    if (!now || now.getAttribute('data-step') === `${index}:${this.dataset.steps}`) return;
    now.setAttribute('data-step', `${index}:${this.dataset.steps}`);
    const row = document.querySelectorAll('[data-handout-rows] > tr')[index];
    const parts = ['[data-picture]', '[data-steps]'].map((selector) => row?.querySelector(selector)?.cloneNode(true));
    now.replaceChildren(...parts.filter((part) => part !== undefined));
  }

  #cue(event: Milestone): void {
    const live = this.querySelector('[data-live]');
    if (live) live.textContent = event.text;
    if (this.#option('speech')) speak(event.text, said.live.speechLang);
    const sound = TONES[event.kind];
    if (!sound) return;
    if (this.#option('sound')) {
      tone(sound[0], sound[1]);
      vibrate(sound[2]);
    }
    // Restart the flash even if the last one is still showing.
    this.removeAttribute('data-flash');
    void this.offsetWidth;
    this.setAttribute('data-flash', event.kind);
    clearTimeout(this.#flashEnds);
    this.#flashEnds = window.setTimeout(() => this.removeAttribute('data-flash'), 1000);
  }
}

/** The words the page's entry gave: the routine builder words its total time in their units. */
export const timerWords = (): LiveWords => said;

/** Defines <hold-timer>, showing and saying `words`: each language's entry calls it once. */
export function defineHoldTimer(words: LiveWords): void {
  said = words;
  if (!customElements.get('hold-timer')) customElements.define('hold-timer', HoldTimer);
}
