/**
 * <hold-timer>: the thin browser half of the hold timer. It reads its steps
 * from `data-steps`, turns taps into machine events and writes each snapshot
 * back into the markup, which the page rendered in its idle view.
 * Timing and wording live in src/lib/timer*.ts; markup decides what shows
 * when through `data-when` (a list of states and phases).
 */
import { HoldTimerMachine, type Milestone } from '../lib/timer';
import type { TimerLabels } from '../lib/timer-labels';
import { buildPlan, type PlanStep } from '../lib/timer-plan';
import { isShown, viewKeys } from '../lib/timer-view';
import { keepAwake, remembered, speak, tone, unlockAudio, vibrate } from './cues';
import { enableControls } from './upgrade';

/** Pitch and length of the tone per milestone; "10 seconds left" is announced without a tone. */
const TONES: Partial<Record<Milestone['kind'], [number, number]>> = {
  start: [660, 0.2],
  switch: [523, 0.4],
  'hold-done': [880, 0.2],
  done: [1047, 0.6],
};
const TICKING = ['lead-in', 'running', 'resting'];

class HoldTimer extends HTMLElement {
  #machine = new HoldTimerMachine(buildPlan([]));
  #ticker = 0;
  #flashEnds = 0;
  static observedAttributes = ['data-steps'];

  /** Reads the steps on upgrade, and again whenever a page swaps in new ones (the routine builder): a fresh, idle plan. */
  attributeChangedCallback(): void {
    this.#machine = new HoldTimerMachine(buildPlan(JSON.parse(this.dataset.steps ?? '[]') as PlanStep[]));
    if (this.isConnected) this.#render();
  }

  connectedCallback(): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-option]')) {
      box.checked = remembered(this.#storageKey(box), box.defaultChecked); // the markup holds the default: sound on, speech off
    }
    this.addEventListener('click', this);
    this.addEventListener('change', this);
    document.addEventListener('visibilitychange', this);
    this.#render();
    enableControls(this);
  }

  disconnectedCallback(): void {
    document.removeEventListener('visibilitychange', this);
    clearInterval(this.#ticker);
    keepAwake(false);
  }

  handleEvent(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (event.type === 'change' && target.dataset.option) {
      remembered(this.#storageKey(target), false, target.checked);
      if (this.#option('sound')) unlockAudio();
      return;
    }
    const action = event.type === 'click' ? target.closest<HTMLElement>('[data-action]')?.dataset.action : undefined;
    const now = Date.now();
    const machine = this.#machine;
    if (action === 'start') {
      if (this.#option('sound')) unlockAudio(); // inside the tap, or the browser keeps it muted
      machine.start(now);
    } else if (action === 'pause') machine.pause(now);
    else if (action === 'resume') machine.resume(now);
    else if (action === 'skip') machine.skip(now);
    else if (action === 'skip-step') machine.skipStep(now);
    else if (action === 'pass') machine.passDone(now);
    else if (action === 'stop') machine.stop(now);
    else if (action === 'reset') machine.reset();
    // A visibilitychange also lands here: time comes from the clock, so one render re-syncs.
    this.#render();
  }

  #storageKey(box: HTMLInputElement): string {
    return `hold-timer-${box.dataset.option ?? ''}`;
  }

  #option(name: string): boolean {
    return this.querySelector<HTMLInputElement>(`[data-option="${name}"]`)?.checked ?? false;
  }

  #render(): void {
    const { state, phase, labels, segment, events } = this.#machine.snapshot(Date.now());
    const keys = viewKeys(state, phase);
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
    this.#showStep(segment?.step ?? 0);
    const step = this.#machine.plan.steps[segment?.step ?? 0];
    const link = this.querySelector<HTMLAnchorElement>('a[data-link]');
    if (link && step) [link.href, link.textContent] = [step.href ?? '', step.title];
    const last = events.at(-1); // after a long sleep, one cue for where we are now, not a burst
    if (last) this.#cue(last);
    const ticking = TICKING.includes(state);
    if (ticking && !this.#ticker) this.#ticker = window.setInterval(() => this.#render(), 250);
    if (!ticking && this.#ticker) {
      clearInterval(this.#ticker);
      this.#ticker = 0;
    }
    keepAwake(ticking);
    // A tap can hide the focused button (Start becomes Pause): keep keyboard focus in the timer.
    if (focused && this.contains(focused) && focused.closest('[hidden]')) {
      // A "you stopped" or "done" heading first, else the first button left.
      const candidates = [...this.querySelectorAll<HTMLElement>('[data-focus]'), ...this.querySelectorAll('button')];
      const next = candidates.find((el) => !el.closest('[hidden]'));
      next?.focus();
    }
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
    if (this.#option('speech')) speak(event.text);
    const sound = TONES[event.kind];
    if (!sound) return;
    if (this.#option('sound')) {
      tone(...sound);
      vibrate(event.kind === 'done' ? [200, 100, 200] : 200);
    }
    // Restart the flash even if the last one is still showing.
    this.removeAttribute('data-flash');
    void this.offsetWidth;
    this.setAttribute('data-flash', event.kind);
    clearTimeout(this.#flashEnds);
    this.#flashEnds = window.setTimeout(() => this.removeAttribute('data-flash'), 1000);
  }
}

if (!customElements.get('hold-timer')) customElements.define('hold-timer', HoldTimer);
