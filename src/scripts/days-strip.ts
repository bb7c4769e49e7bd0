/**
 * <days-strip>: fills the 7-day strip from the days kept in this browser and
 * clears them on "Forget my history". The timer's "Mark today as done" sends
 * `days-done` to redraw it. Built quiet (the home page), it opens its week once
 * a day is kept, and stays open on that visit. The home page ships this and
 * nothing else, within 1 KB gzipped, so it enables its one control itself
 * rather than fetching upgrade.ts as one more file (same rule: it starts disabled).
 * Its words are the page's: DaysStrip.astro writes them on the element (`data-say-*`, and
 * `data-locale` for the day names), so one script serves every language.
 */
import { DAYS_DONE_KEY, readDays } from '../lib/days-done';
import { weekShown, weekStrip } from '../lib/days-strip-view';
import { readStored, writeStored } from './device-store';

class DaysStrip extends HTMLElement {
  #connection: AbortController | undefined; // its abort removes every listener added on connect

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    document.addEventListener('days-done', () => this.#render(), { signal });
    const forget = this.querySelector('button');
    forget?.addEventListener('click', () => this.#forget(), { signal });
    this.#render();
    if (forget) forget.disabled = false;
    forget?.removeAttribute('data-awaits-script');
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
  }

  #forget(): void {
    writeStored(DAYS_DONE_KEY, null);
    this.querySelector('[data-status]')!.textContent = this.dataset.sayForgotten ?? '';
    this.#render();
  }

  #render(): void {
    const kept = readDays(readStored(DAYS_DONE_KEY));
    if (weekShown(kept)) this.removeAttribute('data-quiet');
    const say = this.dataset;
    const days = weekStrip(kept, new Date(), say.locale);
    this.querySelectorAll('li').forEach((item, index) => {
      const { label, done, today } = days[index]!;
      item.toggleAttribute('data-done', done);
      item.toggleAttribute('data-today', today);
      item.querySelector('[data-label]')!.textContent = label;
      item.querySelector('[data-state]')!.textContent =
        `${today ? `${say.sayToday}, ` : ''}${done ? say.sayDone : say.sayNotDone}`;
    });
  }
}

if (!customElements.get('days-strip')) customElements.define('days-strip', DaysStrip);
