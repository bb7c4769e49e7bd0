/**
 * <safety-answer> on /safety/: shows the answer this device gave to the timer's
 * check before the first Start, and lets the reader take it back so the timer
 * asks again. Tiny, like the days strip: nothing else on the page needs a script.
 */
import { checkFromStorage, nextCheck, SAFETY_CHECK_KEY } from '../lib/safety-check';
import { readStored, writeStored } from './device-store';
import { enableControls } from './upgrade';

class SafetyAnswer extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', this);
    this.#render();
    enableControls(this);
  }

  handleEvent(event: Event): void {
    if (!(event.target as Element).closest('[data-forget]')) return;
    writeStored(SAFETY_CHECK_KEY, nextCheck('cleared', 'forget').store ?? null);
    this.#render();
  }

  #render(): void {
    const cleared = checkFromStorage(readStored(SAFETY_CHECK_KEY)) === 'cleared';
    for (const part of this.querySelectorAll<HTMLElement>('[data-if]')) {
      part.hidden = part.dataset.if !== (cleared ? 'cleared' : 'unasked');
    }
  }
}

if (!customElements.get('safety-answer')) customElements.define('safety-answer', SafetyAnswer);
