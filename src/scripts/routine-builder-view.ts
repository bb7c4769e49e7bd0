/**
 * The routine builder's drawing, kept apart from its state and events
 * (routine-builder.ts): the chosen list, the filtered choices, and the
 * printed handout's rows. Each function takes the data and the markup the
 * page rendered, and changes only that markup.
 */
import { pickerLabel, type Pick } from '../lib/builder';
import type { DescribedChoice } from '../lib/builder-dose';
import { filterStatus, matchesFilter } from '../lib/builder-filter';

export interface ListedPick {
  pick: Pick;
  title: string;
  /** Each dose choice of the technique, by key. */
  described: ReadonlyMap<string, DescribedChoice>;
}

/** The one element `selector` finds in `root`; the page renders them all, so a miss is a bug. */
export function find<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`routine builder: missing ${selector}`);
  return found;
}

function listItem(
  template: HTMLTemplateElement,
  { pick, title, described }: ListedPick,
  first: boolean,
  last: boolean,
): HTMLElement {
  const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  item.dataset.id = pick.id;
  find(item, '[data-item-title]').textContent = title;
  for (const label of item.querySelectorAll('[data-item-for]')) label.textContent = `: ${title}`;
  const select = find<HTMLSelectElement>(item, 'select');
  for (const { key, words } of described.values())
    select.add(new Option(pickerLabel(key, words), key, false, key === pick.key));
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
): void {
  const active =
    document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  const focusId = active?.closest<HTMLElement>('[data-id]')?.dataset.id;
  const focusIndex = [...list.children].findIndex((item) => active && item.contains(active));
  list.replaceChildren(
    ...picks.map((listed, index) => listItem(template, listed, index === 0, index === picks.length - 1)),
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

/** Shows the choices that match `query`, hides areas left empty, and says how many match. */
export function drawFilter(root: HTMLElement, query: string, status: HTMLElement): void {
  let shown = 0;
  let total = 0;
  for (const group of root.querySelectorAll<HTMLElement>('[data-builder-group]')) {
    const options = [...group.querySelectorAll<HTMLElement>('[data-words]')];
    for (const option of options) option.hidden = !matchesFilter(option.dataset.words ?? '', query);
    const visible = options.filter((option) => !option.hidden).length;
    group.hidden = visible === 0;
    shown += visible;
    total += options.length;
  }
  status.textContent = filterStatus(shown, total, query);
}

/** Shows the handout rows of the picks, in their order, each with its dose in words; hides the rest. */
export function drawHandout(rows: HTMLElement, picks: readonly { id: string; words: string }[]): void {
  for (const row of rows.querySelectorAll<HTMLElement>('[data-technique]')) row.hidden = true;
  for (const { id, words } of picks) {
    const row = find(rows, `[data-technique="${id}"]`);
    row.hidden = false;
    rows.append(row); // appending moves it: the handout follows the chosen order
    find(row, '[data-dose]').textContent = words;
  }
}
