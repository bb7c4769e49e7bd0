/**
 * <routine-builder>: the browser half of /routines/build/. The choice lives in
 * the page address (src/lib/builder.ts); each change is written back there and
 * everything else is drawn from it (routine-builder-view.ts): the chosen list,
 * the total time, the printed handout and the routine player's steps, which
 * <hold-timer> re-reads whenever they change.
 */
import {
  builtSeconds,
  changeMessage,
  MAX_PICKS,
  movePick,
  picksQuery,
  readNotes,
  readPicks,
  type Change,
  type Pick,
} from '../lib/builder';
import { chosenDose, type DescribedChoice } from '../lib/builder-dose';
import { formatDuration, type Dose } from '../lib/dose';
import { HandoutDetailsStore } from './handout-details';
import { drawFilter, drawHandout, drawList, find, type HandoutPick } from './routine-builder-view';
// The builder drives the routine player's <hold-timer>. Importing it here also keeps the
// bundler from splitting the timer's shared modules (dose, routine) into a chunk of their
// own, which would make every timer page fetch two files.
import './hold-timer';

interface Technique {
  title: string;
  dose: Dose;
  /** Each dose choice by key, worded and timed on the server (see describeChoices). */
  described: Map<string, DescribedChoice>;
  box: HTMLInputElement;
}

const MOVES: Record<string, number> = { up: -1, down: 1 };

type HandoutRowPick = Omit<HandoutPick, 'details'>;

class RoutineBuilder extends HTMLElement {
  private techniques = new Map<string, Technique>();
  private picks: Pick[] = [];
  private details = new HandoutDetailsStore();
  /** The handout's rows as last drawn: fetched words that arrive later join the newest rows. */
  private handoutPicks: HandoutRowPick[] = [];

  connectedCallback(): void {
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-dose]')) {
      const described = JSON.parse(box.dataset.choices ?? '[]') as DescribedChoice[];
      const dose = JSON.parse(box.dataset.dose ?? '') as Dose;
      this.techniques.set(box.value, {
        title: box.dataset.title ?? box.value,
        dose,
        described: new Map(described.map((c) => [c.key, c])),
        box,
      });
    }
    const keys = new Map([...this.techniques].map(([id, technique]) => [id, [...technique.described.keys()]]));
    const read = readPicks(new URLSearchParams(location.search).get('t'), keys);
    this.picks = read.picks;
    const note = find(this, '[data-builder-note]');
    for (const text of readNotes(read, (id) => this.nameOf(id))) {
      note.append(Object.assign(document.createElement('p'), { textContent: text }));
    }
    note.hidden = !note.hasChildNodes();
    for (const type of ['change', 'click', 'input']) this.addEventListener(type, this);
    document.querySelector('[data-builder-fallback]')?.setAttribute('hidden', '');
    this.hidden = false;
    this.render();
  }

  handleEvent(event: Event): void {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.matches('[data-builder-filter]')) {
      if (event.type === 'input') drawFilter(this, target.value, find(this, '[data-builder-filter-status]'));
      return;
    }
    if (event.type === 'change' && target instanceof HTMLInputElement && target.matches('[data-dose]')) {
      const id = target.value;
      this.picks = target.checked ? [...this.picks, { id, key: '' }] : this.picks.filter((pick) => pick.id !== id);
      return this.update({
        kind: target.checked ? 'added' : 'removed',
        title: this.nameOf(id),
        count: this.picks.length,
      });
    }
    const control = target.closest<HTMLElement>('[data-control]');
    const index = this.picks.findIndex((pick) => pick.id === control?.closest<HTMLElement>('[data-id]')?.dataset.id);
    const pick = this.picks[index];
    const kind = control?.dataset.control ?? '';
    if (!pick) return;
    if (event.type === 'change' && control instanceof HTMLSelectElement) {
      this.picks[index] = { ...pick, key: control.value };
      this.update();
    } else if (event.type === 'click' && kind === 'remove') {
      this.picks.splice(index, 1);
      this.update({ kind: 'removed', title: this.nameOf(pick.id), count: this.picks.length });
    } else if (event.type === 'click' && kind in MOVES) {
      this.picks = movePick(this.picks, index, MOVES[kind] ?? 0);
      this.update({
        kind: 'moved',
        title: this.nameOf(pick.id),
        place: this.picks.indexOf(pick) + 1,
        count: this.picks.length,
      });
    }
  }

  private nameOf(id: string): string {
    return this.techniques.get(id)?.title ?? id;
  }

  private update(change?: Change): void {
    if (change) find(this, '[data-builder-status]').textContent = changeMessage(change);
    this.render();
  }

  private render(): void {
    const chosen = this.picks.map((pick) => {
      const technique = this.techniques.get(pick.id) as Technique;
      const described = technique.described.get(pick.key) ?? technique.described.get('');
      const dose = chosenDose(technique.dose, pick.key) ?? technique.dose;
      return {
        pick,
        ...technique,
        dose,
        words: described?.words ?? '',
        seconds: described?.seconds ?? { min: 0, max: 0 },
      };
    });
    const full = chosen.length >= MAX_PICKS;
    for (const [id, { box }] of this.techniques) {
      box.checked = this.picks.some((pick) => pick.id === id);
      box.disabled = full && !box.checked;
    }
    drawList(
      find(this, '[data-builder-list]'),
      find<HTMLTemplateElement>(this, 'template[data-builder-item]'),
      chosen,
      find(this, '#builder-yours'),
    );
    const total = formatDuration(builtSeconds(chosen.map((step) => step.seconds)));
    find(this, '[data-builder-total]').textContent = total;
    find(this, '[data-builder-empty]').hidden = chosen.length > 0;
    find(this, '[data-builder-ready]').hidden = chosen.length === 0;
    find(this, '[data-builder-full]').hidden = !full;

    history.replaceState(history.state, '', location.pathname + picksQuery(this.picks));
    find<HTMLAnchorElement>(this, '[data-builder-link]').href = location.href;
    this.drawHandout(chosen.map(({ pick, title, words, dose }) => ({ id: pick.id, title, words, sides: dose.sides })));
    find(document, '[data-handout-total]').textContent = total;
    find(document, '[data-handout-address]').textContent = location.href;

    const steps = JSON.stringify(
      chosen.map(({ pick, title, dose }) => ({ title, href: `/techniques/${pick.id}/`, dose })),
    );
    const timer = find(this, 'hold-timer');
    if (timer.dataset.steps !== steps) timer.dataset.steps = steps; // the timer starts over with the new steps
  }

  /** Draws the handout with the words already here, and again as missing ones arrive. */
  private drawHandout(picks: HandoutRowPick[]): void {
    const draw = () =>
      drawHandout(
        find(document, '[data-handout-rows]'),
        find<HTMLTemplateElement>(document, 'template[data-handout-row]'),
        this.handoutPicks.map((pick) => ({ ...pick, details: this.details.get(pick.id) })),
      );
    this.handoutPicks = picks;
    draw();
    this.details.fetchMissing(
      picks.map((pick) => pick.id),
      draw,
    );
  }
}

if (!customElements.get('routine-builder')) customElements.define('routine-builder', RoutineBuilder);
