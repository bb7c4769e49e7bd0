/**
 * The routine builder's drawing, kept apart from its state and events
 * (routine-builder.ts): the chosen list, the filtered choices, and the
 * printed handout's rows. Each function takes the data and the markup the
 * page rendered, and changes only that markup.
 */
import type { BuilderScriptWords } from '../i18n/en/builder';
import { pickerLabel, type Pick } from '../lib/builder';
import type { DescribedChoice } from '../lib/builder-dose';
import type { PickerOption } from '../lib/builder-data';
import { filterStatus, matchesFilter } from '../lib/builder-filter';
import type { Sides } from '../lib/dose';
import { dayBoxes, type HandoutDetails } from '../lib/handout';

export interface ListedPick {
  pick: Pick;
  title: string;
  /** Each dose the reader may choose, the guide's own first. */
  choices: readonly DescribedChoice[];
}

/** The one element `selector` finds in `root`; the page renders them all, so a miss is a bug. */
export function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`routine builder: missing ${selector}`);
  return found;
}

function listItem(
  template: HTMLTemplateElement,
  { pick, title, choices }: ListedPick,
  first: boolean,
  last: boolean,
  said: BuilderScriptWords,
): HTMLElement {
  const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  item.dataset.id = pick.id;
  find(item, '[data-item-title]').textContent = title;
  for (const label of item.querySelectorAll('[data-item-for]')) label.textContent = said.itemFor(title);
  const select = find<HTMLSelectElement>(item, 'select');
  for (const { key, words } of choices) {
    select.add(new Option(pickerLabel(key, words, said), key, false, key === pick.key));
  }
  find<HTMLButtonElement>(item, '[data-control="up"]').disabled = first;
  find<HTMLButtonElement>(item, '[data-control="down"]').disabled = last;
  return item;
}

/**
 * Redraws the chosen list from its <template>. Keyboard focus stays on the
 * same control of the same technique (or its other move button once that one
 * is disabled); after a removal it goes to the next Remove, else to `fallback`.
 */
export function drawList(
  list: HTMLElement,
  template: HTMLTemplateElement,
  picks: readonly ListedPick[],
  fallback: HTMLElement,
  said: BuilderScriptWords,
): void {
  const active =
    document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  const focusId = active?.closest<HTMLElement>('[data-id]')?.dataset.id;
  const focusIndex = [...list.children].findIndex((item) => active && item.contains(active));
  list.replaceChildren(
    ...picks.map((listed, index) => listItem(template, listed, index === 0, index === picks.length - 1, said)),
  );
  if (!active) return;
  const item = [...list.querySelectorAll<HTMLElement>('[data-id]')].find((child) => child.dataset.id === focusId);
  const next = item
    ? (item.querySelector<HTMLElement>(`[data-control="${active.dataset.control ?? ''}"]:not(:disabled)`) ??
      item.querySelector<HTMLElement>('button:not(:disabled)'))
    : list.children[Math.min(focusIndex, list.children.length - 1)]?.querySelector<HTMLElement>(
        '[data-control="remove"]',
      );
  (next ?? fallback).focus();
}

/**
 * Shows the choices that match `query` and opens their areas, hides areas
 * left empty, and says how many match. Every area must be drawn first.
 */
export function drawFilter(root: HTMLElement, query: string, status: HTMLElement, said: BuilderScriptWords): void {
  let shown = 0;
  let total = 0;
  const filtering = query.trim() !== '';
  for (const group of root.querySelectorAll<HTMLDetailsElement>('[data-builder-group]')) {
    const options = [...group.querySelectorAll<HTMLElement>('[data-words]')];
    for (const option of options) option.hidden = !matchesFilter(option.dataset.words ?? '', query);
    const visible = options.filter((option) => !option.hidden).length;
    group.hidden = visible === 0;
    if (filtering) group.open = visible > 0;
    shown += visible;
    total += options.length;
  }
  status.textContent = filterStatus(shown, total, query, said);
}

/** Fills an area with a checkbox per option, from the picker's <template>. */
export function drawOptions(
  container: HTMLElement,
  template: HTMLTemplateElement,
  options: readonly PickerOption[],
): void {
  container.replaceChildren(
    ...options.map(({ id, title, facts, words }) => {
      const label = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
      label.dataset.words = words;
      find<HTMLInputElement>(label, 'input').value = id;
      find(label, '[data-option-title]').textContent = title;
      find(label, '[data-option-facts]').textContent = facts;
      return label;
    }),
  );
}

/** Ticks the boxes of the picks; once the routine is full, the other boxes cannot be ticked. */
export function drawBoxes(root: HTMLElement, picked: ReadonlySet<string>, full: boolean): void {
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-builder-options] input')) {
    box.checked = picked.has(box.value);
    box.disabled = full && !box.checked;
  }
}

export interface HandoutPick {
  id: string;
  title: string;
  /** The chosen dose in words. */
  words: string;
  sides: Sides;
  details: HandoutDetails;
}

function handoutRow(template: HTMLTemplateElement, { id, title, words, sides, details }: HandoutPick): HTMLElement {
  const row = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  row.dataset.technique = id;
  find(row, '[data-name]').textContent = title;
  find(row, '[data-dose]').textContent = words;
  find(row, '[data-tool]').textContent = `${details.tool} · `;
  find(row, '[data-summary]').textContent = details.summary;
  // Our own build's markup (src/lib/figure), fetched from this origin: no text from elsewhere.
  find(row, '[data-picture]').innerHTML = details.picture;
  find(row, '[data-steps]').replaceChildren(
    ...details.steps.map((step) => Object.assign(document.createElement('li'), { textContent: step })),
  );
  // Each day's boxes, cut from the pattern's first box: one a day, or a left and a right.
  for (const day of row.querySelectorAll<HTMLElement>('td.day')) {
    const box = find(day, '[data-side]');
    day.replaceChildren(
      ...dayBoxes(sides).map((side) => {
        const copy = box.cloneNode() as HTMLElement;
        copy.dataset.side = side;
        return copy;
      }),
    );
  }
  return row;
}

/** Redraws the handout's rows from its row pattern: the picks in order, each with its dose in words. */
export function drawHandout(rows: HTMLElement, template: HTMLTemplateElement, picks: readonly HandoutPick[]): void {
  rows.replaceChildren(...picks.map((pick) => handoutRow(template, pick)));
}
