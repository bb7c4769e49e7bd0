/**
 * <routine-builder>: the browser half of /routines/build/. The choice lives in
 * the page address (src/lib/builder.ts); each change is written back there and
 * everything else is drawn from it (routine-builder-view.ts): the chosen list,
 * the total time, the printed handout and the routine player's steps, which
 * <hold-timer> re-reads whenever they change. Techniques and each area's
 * options are fetched as the reader needs them (builder-store.ts), from the
 * page's own language: `data-home` is its home page ("/", "/es/"). Each
 * language's page runs it through its own entry (routine-builder.en.ts,
 * routine-builder.es.ts), which hands it that language's words and no other's.
 * The total time is worded in the units of the routine player's words, which
 * the timer's own entry gave it (hold-timer.en.ts, hold-timer.es.ts).
 */
import {
  changeMessage,
  linkedIds,
  MAX_PICKS,
  movePick,
  picksQuery,
  readNotes,
  readPicks,
  type Change,
  type Pick,
} from '../lib/builder';
import { durationIn } from '../lib/amounts';
import { totalSeconds } from '../lib/routine';
import type { BuilderScriptWords } from '../i18n/en/builder';
import { BuilderStore } from './builder-store';
import { drawBoxes, drawFilter, drawHandout, drawList, drawOptions, find } from './routine-builder-view';
import { enableControls } from './upgrade';
// The builder drives the routine player's <hold-timer> and words its total time in the timer's
// units. Importing the timer here also keeps the bundler from splitting the modules they share
// (amounts, routine) into a file of their own, which every timer page would fetch too.
import { timerWords } from './hold-timer';

const MOVES: Record<string, number> = { up: -1, down: 1 };

/** The words of the page's language, given by its entry before the element is defined. */
let said: BuilderScriptWords;

class RoutineBuilder extends HTMLElement {
  #home = this.dataset.home ?? '/';
  #store = new BuilderStore(this.#home);
  #picks: Pick[] = [];
  #connection: AbortController | undefined; // its abort removes every listener added on connect

  connectedCallback(): void {
    const { signal } = (this.#connection = new AbortController());
    for (const type of ['change', 'click', 'input']) this.addEventListener(type, this, { signal });
    this.addEventListener('toggle', this, { capture: true, signal }); // a <details> toggle does not bubble
    enableControls(this);
    void this.#load();
  }

  disconnectedCallback(): void {
    this.#connection?.abort();
  }

  /** The routine in the page address: its techniques fetched, then drawn. */
  async #load(): Promise<void> {
    const param = new URLSearchParams(location.search).get('t');
    const ids = linkedIds(param);
    const techniques = await Promise.all(ids.map((id) => this.#store.technique(id)));
    await customElements.whenDefined('hold-timer'); // its entry has given the words the total time is worded in
    const keys = new Map(
      ids.flatMap((id, index) => {
        const technique = techniques[index];
        return technique ? [[id, technique.choices.map((choice) => choice.key)] as const] : [];
      }),
    );
    const read = readPicks(param, keys);
    this.#picks = read.picks;
    const offline = this.#store.offline && read.unknown.length > 0;
    this.#note(offline ? [said.offlineRoutine] : readNotes(read, (id) => this.#nameOf(id), said));
    this.#render();
  }

  handleEvent(event: Event): void {
    const target = event.target as HTMLElement;
    if (event.type === 'toggle') {
      if (target instanceof HTMLDetailsElement && target.open) void this.#openArea(target);
      return;
    }
    if (target instanceof HTMLInputElement && target.matches('[data-builder-filter]')) {
      if (event.type === 'input') void this.#filter(target.value);
      return;
    }
    if (event.type === 'change' && target instanceof HTMLInputElement && target.closest('[data-builder-options]')) {
      if (target.checked) void this.#addPick(target);
      else this.#removePick(target.value);
      return;
    }
    const control = target.closest<HTMLElement>('[data-control]');
    const index = this.#picks.findIndex((pick) => pick.id === control?.closest<HTMLElement>('[data-id]')?.dataset.id);
    const pick = this.#picks[index];
    const kind = control?.dataset.control ?? '';
    if (!pick) return;
    if (event.type === 'change' && control instanceof HTMLSelectElement) {
      this.#picks[index] = { ...pick, key: control.value };
      this.#update();
    } else if (event.type === 'click' && kind === 'remove') {
      this.#removePick(pick.id);
    } else if (event.type === 'click' && kind in MOVES) {
      this.#picks = movePick(this.#picks, index, MOVES[kind] ?? 0);
      this.#update({
        kind: 'moved',
        title: this.#nameOf(pick.id),
        place: this.#picks.indexOf(pick) + 1,
        count: this.#picks.length,
      });
    }
  }

  /** Ticked: fetch the technique, then add it; offline, untick it and say why. */
  async #addPick(box: HTMLInputElement): Promise<void> {
    const id = box.value;
    const technique = await this.#store.technique(id);
    if (this.#picks.some((pick) => pick.id === id) || this.#picks.length >= MAX_PICKS) return this.#render();
    if (!technique) {
      box.checked = false;
      this.#note([said.offlineTechnique]);
      return;
    }
    this.#note([]);
    this.#picks = [...this.#picks, { id, key: '' }];
    this.#update({ kind: 'added', title: technique.title, count: this.#picks.length });
  }

  #removePick(id: string): void {
    this.#picks = this.#picks.filter((pick) => pick.id !== id);
    this.#update({ kind: 'removed', title: this.#nameOf(id), count: this.#picks.length });
  }

  /** Draws an area's checkboxes the first time it opens. */
  async #openArea(group: HTMLDetailsElement): Promise<boolean> {
    const container = find(group, '[data-builder-options]');
    if (container.querySelector('input')) return true;
    const options = await this.#store.area(group.dataset.area ?? '');
    if (!options) {
      container.textContent = said.offlineArea;
      return false;
    }
    drawOptions(container, find<HTMLTemplateElement>(this, 'template[data-builder-option]'), options);
    this.#drawBoxes();
    return true;
  }

  /** The filter looks through every area, so it draws them all first. */
  async #filter(query: string): Promise<void> {
    const groups = [...this.querySelectorAll<HTMLDetailsElement>('[data-builder-group]')];
    await Promise.all(groups.map((group) => this.#openArea(group)));
    const box = find<HTMLInputElement>(this, '[data-builder-filter]');
    if (box.value !== query) return; // the reader typed on while the areas loaded
    drawFilter(this, query, find(this, '[data-builder-filter-status]'), said);
  }

  #note(texts: readonly string[]): void {
    const note = find(this, '[data-builder-note]');
    note.replaceChildren(...texts.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    note.hidden = texts.length === 0;
  }

  #nameOf(id: string): string {
    return this.#store.known(id)?.title ?? id;
  }

  #drawBoxes(): void {
    drawBoxes(this, new Set(this.#picks.map((pick) => pick.id)), this.#picks.length >= MAX_PICKS);
  }

  #update(change?: Change): void {
    if (change) find(this, '[data-builder-status]').textContent = changeMessage(change, said);
    this.#render();
  }

  #render(): void {
    const chosen = this.#picks.flatMap((pick) => {
      const technique = this.#store.known(pick.id);
      if (!technique) return [];
      const described = technique.choices.find((choice) => choice.key === pick.key) ?? technique.choices[0];
      return [
        {
          pick,
          technique,
          choices: technique.choices,
          title: technique.title,
          dose: described?.dose ?? technique.dose,
          words: described?.words ?? '',
          seconds: described?.seconds ?? { min: 0, max: 0 },
        },
      ];
    });
    const full = chosen.length >= MAX_PICKS;
    this.#drawBoxes();
    drawList(
      find(this, '[data-builder-list]'),
      find<HTMLTemplateElement>(this, 'template[data-builder-item]'),
      chosen,
      find(this, '#builder-yours'),
      said,
    );
    const total = durationIn(timerWords().units, totalSeconds(chosen.map((step) => step.seconds)));
    find(this, '[data-builder-total]').textContent = total;
    find(this, '[data-builder-empty]').hidden = chosen.length > 0;
    find(this, '[data-builder-ready]').hidden = chosen.length === 0;
    find(this, '[data-builder-full]').hidden = !full;

    history.replaceState(history.state, '', location.pathname + picksQuery(this.#picks));
    find<HTMLAnchorElement>(this, '[data-builder-link]').href = location.href;
    drawHandout(
      find(document, '[data-handout-rows]'),
      find<HTMLTemplateElement>(document, 'template[data-handout-row]'),
      chosen.map(({ pick, title, words, dose, technique }) => ({
        id: pick.id,
        title,
        words,
        sides: dose.sides,
        details: technique,
      })),
    );
    find(document, '[data-handout-total]').textContent = total;

    const steps = JSON.stringify(
      chosen.map(({ pick, title, dose, technique }) => ({
        title,
        href: `${this.#home}techniques/${pick.id}/`,
        dose,
        support: technique.support,
      })),
    );
    const timer = find(this, 'hold-timer');
    if (timer.dataset.steps !== steps) timer.dataset.steps = steps; // the timer starts over with the new steps
  }
}

/** Defines <routine-builder>, speaking `words`: each language's entry calls it once. */
export function defineRoutineBuilder(words: BuilderScriptWords): void {
  said = words;
  if (!customElements.get('routine-builder')) customElements.define('routine-builder', RoutineBuilder);
}
