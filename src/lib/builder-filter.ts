/**
 * The routine builder's filter box: which techniques match what the reader
 * typed, and the sentence that says how many. Every typed word must appear
 * somewhere in a technique's words (title, areas, tools, search keywords).
 * Accents are optional, as readers type them: "gluteos" finds "glúteos".
 */
import type { BuilderScriptWords } from '../i18n/en/builder';

/** Lower case without accents: "Glúteos" -> "gluteos". English words come out as plain lower case. */
function folded(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** The words a technique is matched against, lower case and without accents, in one string. */
export function filterText(parts: readonly string[]): string {
  return folded(parts.join(' '));
}

export function matchesFilter(text: string, query: string): boolean {
  return folded(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** Said after each change to the filter; empty when the box is empty. */
export function filterStatus(shown: number, total: number, query: string, said: BuilderScriptWords): string {
  const typed = query.trim();
  if (!typed) return '';
  return shown === 0 ? said.filterNone(typed) : said.filterSome(shown, total, typed);
}
