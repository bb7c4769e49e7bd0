/** Builds one search result and moves between results with the arrow keys. */
import type { SearchScriptWords } from '../i18n/en/search';
import { resultMetaText } from '../lib/search-text';
import type { PagefindResultData } from './pagefind-types';

/** Filter name to (value to reader's name), in the order the selects list them. */
export type FilterLabels = Map<string, Map<string, string>>;

/** Reads the reader's names for filter ids from the filter selects, so they are written once. */
export function readFilterLabels(selects: Iterable<HTMLSelectElement>): FilterLabels {
  const labels: FilterLabels = new Map();
  for (const select of selects) {
    labels.set(
      select.name,
      new Map([...select.options].filter((option) => option.value).map((option) => [option.value, option.text])),
    );
  }
  return labels;
}

/** A result in the page's language (`words`: its table's `searchScript`). */
export function renderResult(
  result: PagefindResultData,
  labels: FilterLabels,
  words: SearchScriptWords,
): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);

  const kind = result.filters['kind']?.[0];
  const areaNames = labels.get('area') ?? new Map<string, string>();
  const areas = [...areaNames].filter(([id]) => result.filters['area']?.includes(id)).map(([, name]) => name);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const kinds: Record<string, string | undefined> = words.kinds; // kinds are PageIndexMeta's ids
  meta.textContent = resultMetaText(words, (kind && kinds[kind]) || '', areas);

  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark>
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Arrow keys: Down from the box goes to the first result, Up and Down step through
 * the result links, Up from the first result returns to the box.
 */
export function moveBetweenResults(event: KeyboardEvent, box: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  const step = event.key === 'ArrowDown' ? 1 : -1;
  let target: HTMLElement | undefined;
  if (event.target === box) {
    target = step === 1 ? links[0] : undefined;
  } else {
    const here = links.indexOf(event.target as HTMLAnchorElement);
    if (here === -1) return;
    target = here + step < 0 ? box : links[here + step];
  }
  if (!target) return;
  event.preventDefault();
  target.focus();
}
