/**
 * The routine builder's choice as data: which techniques, in which order, at
 * which dose. The choice lives in the page address (?t=neck-line-trace,
 * shoulder-grip-hold:15x1) so a bookmark or a shared link restores it years
 * later; reading a link never fails, it skips what it cannot use and says so.
 */
import type { BuilderScriptWords } from '../i18n/en/builder';

/**
 * Most techniques a built routine holds: the five longest techniques still
 * print on one US Letter page in readable type; six did not (e2e/builder.spec.ts).
 */
export const MAX_PICKS = 5;

export interface Pick {
  id: string;
  /** A key of doseChoices(); "" for the guide's own dose. */
  key: string;
}

export interface ReadPicks {
  picks: Pick[];
  /** Ids in the link that name no technique. */
  unknown: string[];
  /** Known ids whose dose in the link is not one of the choices: they get the guide's dose. */
  doseReset: string[];
  /** Known ids past MAX_PICKS. */
  dropped: string[];
}

/** The parts of a `t` parameter in order, repeats dropped: each id as written, lower-cased, and its dose key. */
function linkParts(param: string | null): { written: string; id: string; key: string }[] {
  const parts: { written: string; id: string; key: string }[] = [];
  for (const part of (param ?? '').split(',')) {
    const [rawId = '', rawKey = ''] = part.trim().split(':');
    const id = rawId.trim().toLowerCase();
    if (id && !parts.some((seen) => seen.id === id)) parts.push({ written: rawId.trim(), id, key: rawKey.trim() });
  }
  return parts;
}

/** Ids a link may name and still be read in full: the most it can hold, and as many unknown or extra. */
const MAX_LINKED = 2 * MAX_PICKS;

/** The ids a `t` parameter names, in order, up to MAX_LINKED: the techniques to fetch before reading it. */
export function linkedIds(param: string | null): string[] {
  return linkParts(param)
    .slice(0, MAX_LINKED)
    .map((part) => part.id);
}

/**
 * Reads the `t` parameter against the techniques that exist, given as each
 * technique's dose keys (see doseChoices). Repeats are kept once.
 */
export function readPicks(param: string | null, doseKeys: ReadonlyMap<string, readonly string[]>): ReadPicks {
  const read: ReadPicks = { picks: [], unknown: [], doseReset: [], dropped: [] };
  for (const { written, id, key } of linkParts(param)) {
    const keys = doseKeys.get(id);
    if (!keys) read.unknown.push(written);
    else if (read.picks.length >= MAX_PICKS) read.dropped.push(id);
    else {
      const valid = keys.includes(key);
      if (!valid) read.doseReset.push(id);
      read.picks.push({ id, key: valid ? key : '' });
    }
  }
  return read;
}

/** The query for the address bar: "?t=a,b:15x1", or "" when nothing is picked. Commas stay readable. */
export function picksQuery(picks: readonly Pick[]): string {
  if (picks.length === 0) return '';
  return `?t=${picks.map((pick) => encodeURIComponent(pick.id) + (pick.key ? `:${pick.key}` : '')).join(',')}`;
}

/** A dose choice as the picker lists it, without its full stop: the guide's own dose says so. */
export function pickerLabel(key: string, words: string, said: BuilderScriptWords): string {
  const dose = words.replace(/\.$/, '');
  return key ? dose : said.asInGuide(dose);
}

/** The picks with the one at `index` moved by `by` places; unchanged when that leaves the list. */
export function movePick(picks: readonly Pick[], index: number, by: number): Pick[] {
  const to = index + by;
  const moved = [...picks];
  if (index < 0 || index >= picks.length || to < 0 || to >= picks.length) return moved;
  const [pick] = moved.splice(index, 1);
  if (pick) moved.splice(to, 0, pick);
  return moved;
}

/** What the reader changed, for the polite status line. */
export type Change =
  | { kind: 'added' | 'removed'; title: string; count: number }
  | { kind: 'moved'; title: string; place: number; count: number };

/** The sentence a screen reader hears after a change: "Added X. 2 of 5 chosen." */
export function changeMessage(change: Change, said: BuilderScriptWords): string {
  if (change.kind === 'moved') return said.moved(change.title, change.place, change.count);
  return said[change.kind](change.title, change.count, MAX_PICKS);
}

/** What the reader is told about a link that could not be used as it was. */
export function readNotes(read: ReadPicks, titleOf: (id: string) => string, said: BuilderScriptWords): string[] {
  const notes: string[] = [];
  if (read.unknown.length > 0) notes.push(said.unknown(read.unknown));
  if (read.doseReset.length > 0) notes.push(said.doseReset(read.doseReset.map(titleOf)));
  if (read.dropped.length > 0) notes.push(said.dropped(MAX_PICKS, read.dropped.map(titleOf)));
  return notes;
}
