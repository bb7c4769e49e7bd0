/**
 * The routine builder's filter box: which techniques match what the reader
 * typed, and the sentence that says how many. Every typed word must appear
 * somewhere in a technique's words (title, areas, tools, search keywords).
 */

/** The words a technique is matched against, lower case, in one string. */
export function filterText(parts: readonly string[]): string {
  return parts.join(' ').toLowerCase();
}

export function matchesFilter(text: string, query: string): boolean {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** Said after each change to the filter; empty when the box is empty. */
export function filterStatus(shown: number, total: number, query: string): string {
  const typed = query.trim();
  if (!typed) return '';
  if (shown === 0) return `No technique matches “${typed}”.`;
  return `${shown} of ${total} techniques match “${typed}”.`;
}
