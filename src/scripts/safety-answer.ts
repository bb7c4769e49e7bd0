/**
 * <safety-answer> on /safety/: shows the answer this device gave to the timer's
 * check before the first Start, and lets the reader take it back so the timer
 * asks again. Tiny, like the days strip: nothing else on the page needs a script.
 */
import { checkFromStorage, nextCheck, SAFETY_CHECK_KEY } from '../lib/safety-check';
import { readStored, writeStored } from './device-store';
import { enableControls } from './upgrade';

class SafetyAnswer extends HTMLElement {
  #connection: AbortController | undefined; // its abort removes every listener added on connect

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    this.querySelector('[data-forget]')?.addEventListener('click', () => this.#forget(), { signal });
    this.#render();
    enableControls(this);
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
  }

  #forget(): void {
    writeStored(SAFETY_CHECK_KEY, nextCheck('cleared', 'forget').store ?? null);
    this.#render();
  }

  /** Shows the part for this device's answer: `data-if="cleared"` or `data-if="unasked"`. */
  #render(): void {
    const cleared = checkFromStorage(readStored(SAFETY_CHECK_KEY)) === 'cleared';
    for (const part of this.querySelectorAll<HTMLElement>('[data-if]'))
      part.hidden = (part.dataset.if === 'cleared') !== cleared;
  }
}

if (!customElements.get('safety-answer')) customElements.define('safety-answer', SafetyAnswer);
