/** The site's safety words (content/safety.json) as each page and the search box read them. */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { AreaId } from '../lib/areas';
import type { EmergencyData } from '../lib/search-emergency';
import { groupSigns, URGENCIES, URGENT, type Sign, type SignGroup } from '../lib/urgency';

/** content/safety.json's one entry: the site's safety words. */
export async function getSafety(): Promise<CollectionEntry<'safety'>['data']> {
  const safety = await getEntry('safety', 'site');
  if (!safety) throw new Error('content/safety.json must hold an entry with id "site"');
  return safety.data;
}

/** The warning signs of some areas and techniques, grouped by urgency, each sign once. */
export async function warningGroups(
  areaIds: readonly AreaId[],
  techniqueIds: readonly string[] = [],
): Promise<SignGroup[]> {
  const { levels, areas, techniques } = await getSafety();
  const ids = [...areaIds.flatMap((area) => areas[area]), ...techniqueIds.flatMap((id) => techniques[id] ?? [])];
  return groupSigns(levels, ids);
}

/** The signs a technique asks readers to rule out before its steps (pain down the arm: the heart and nerve signs). */
export async function checkFirstSigns(techniqueId: string): Promise<Sign[]> {
  const { levels, checkFirst } = await getSafety();
  const wanted = checkFirst[techniqueId] ?? [];
  const all = URGENCIES.flatMap((urgency) => levels[urgency].signs);
  return wanted.map((id) => {
    const sign = all.find((each) => each.id === id);
    if (!sign) throw new Error(`Unknown warning sign "${id}"`);
    return sign;
  });
}

/** The signs search watches for, with the words to read readers' phrases: the search page carries them. */
export async function emergencyData(): Promise<EmergencyData> {
  const { levels, search } = await getSafety();
  return {
    signs: URGENT.flatMap((urgency) =>
      levels[urgency].signs.map((sign) => ({
        id: sign.id,
        urgency,
        text: sign.detail,
        lay: sign.lay,
        noPressAreas: sign.noPressAreas,
      })),
    ),
    words: { ignore: search.ignore, alike: search.alike },
  };
}

/**
 * /safety/'s search keywords: readers' own words for every sign, and the conditions to ask about
 * first. `terms` are the words /safety/ is the hub for, weighted heaviest.
 */
export async function safetySearchWords(): Promise<{ keywords: string[]; terms: string[] }> {
  const { levels, askFirst, notHere, search } = await getSafety();
  const lay = URGENCIES.flatMap((urgency) => levels[urgency].signs.flatMap((sign) => sign.lay));
  return {
    keywords: [...new Set([...lay.map((phrase) => phrase.replaceAll('/', ' ')), ...askFirst, ...notHere])],
    terms: [...search.safetyTerms],
  };
}
