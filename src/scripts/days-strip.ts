/**
 * <days-strip>: fills the 7-day strip from the days kept in this browser and
 * clears them on "Forget my history". The home page ships this and nothing
 * else, within 1 KB gzipped, so it reads storage and enables its one control
 * itself rather than pulling in device-store.ts and upgrade.ts as two more
 * files (same behaviour: storage may be blocked; the control starts disabled).
 * The timer's "Mark today as done" sends `days-done` to redraw it. Built quiet (the
 * home page), it opens its week once a day is kept, and stays open on that visit.
 */
import { DAYS_DONE_KEY, readDays, weekStrip } from '../lib/days-done';
import { weekShown } from '../lib/days-strip-view';

class DaysStrip extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', this);
    document.addEventListener('days-done', this);
    this.#render();
    const forget = this.querySelector('button');
    if (forget) forget.disabled = false;
    forget?.removeAttribute('data-awaits-script');
  }

  disconnectedCallback(): void {
    document.removeEventListener('days-done', this);
  }

  handleEvent(event: Event): void {
    if (event.type === 'click') {
      if (!(event.target as Element).closest('button')) return;
      try {
        localStorage.removeItem(DAYS_DONE_KEY);
      } catch {
        // Storage blocked: nothing was kept to forget.
      }
      this.querySelector('[data-status]')!.textContent = 'Your history is forgotten.';
    }
    this.#render();
  }

  #render(): void {
    let stored = null;
    try {
      stored = localStorage.getItem(DAYS_DONE_KEY);
    } catch {
      // Storage blocked: an empty week.
    }
    const kept = readDays(stored);
    if (weekShown(kept)) this.removeAttribute('data-quiet');
    const days = weekStrip(kept, new Date());
    this.querySelectorAll('li').forEach((item, index) => {
      const { label, done, today } = days[index]!;
      item.toggleAttribute('data-done', done);
      item.toggleAttribute('data-today', today);
      item.querySelector('[data-label]')!.textContent = label;
      item.querySelector('[data-state]')!.textContent = `${today ? 'today, ' : ''}${done ? 'done' : 'not done'}`;
    });
  }
}

if (!customElements.get('days-strip')) customElements.define('days-strip', DaysStrip);
