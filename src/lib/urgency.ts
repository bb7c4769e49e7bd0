/**
 * The levels of the site's safety advice, most urgent first. Each is a group on
 * /safety/ with the level as its anchor (/safety/#emergency), a style, and a key
 * of content/safety.json; the words of each live there, never here.
 */
export const URGENCIES = ['emergency', 'today', 'soon', 'before-you-start'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The levels a warning sign can be so urgent that search puts a box above the results. */
export const URGENT = ['emergency', 'today'] as const satisfies readonly Urgency[];
export type UrgentLevel = (typeof URGENT)[number];

/** The address of a level's group on /safety/. */
export function urgencyHref(urgency: Urgency): string {
  return `/safety/#${urgency}`;
}

/** One warning sign: an id for pages to refer to, the words, and the sources behind them. */
export interface Sign {
  id: string;
  /** One short line, as area, technique and routine pages list it. */
  text: string;
  /** The sign in full, as /safety/ and the search box say it. */
  detail: string;
  /** Readers' own words for it, which search matches. */
  lay: readonly string[];
  sources: readonly string[];
}

/** A level's group as pages show it: the level, its signs in the order given. */
export interface SignGroup {
  urgency: Urgency;
  signs: Sign[];
}

/**
 * The signs named by `ids`, grouped by level, most urgent first, each once, in
 * the order `levels` (content/safety.json) lists them. Empty groups are left out; an unknown id throws,
 * naming it (the schema checks ids, so this is a bug, not bad content).
 */
export function groupSigns(
  levels: Readonly<Record<Urgency, { signs: readonly Sign[] }>>,
  ids: Iterable<string>,
): SignGroup[] {
  const wanted = new Set(ids);
  const known = new Set(URGENCIES.flatMap((urgency) => levels[urgency].signs.map((sign) => sign.id)));
  for (const id of wanted) if (!known.has(id)) throw new Error(`Unknown warning sign "${id}"`);
  return URGENCIES.map((urgency) => ({
    urgency,
    signs: levels[urgency].signs.filter((sign) => wanted.has(sign.id)),
  })).filter((group) => group.signs.length > 0);
}
