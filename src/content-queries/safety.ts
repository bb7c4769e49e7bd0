/** The site's safety words (content/safety.json) as each page and the search box read them. */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { AreaId } from '../lib/areas';
import type { EmergencyData } from '../lib/search-emergency';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { groupSigns, URGENCIES, URGENT, type Sign, type SignGroup } from '../lib/urgency';

type Safety = CollectionEntry<'safety'>['data'];

/**
 * content/safety.json's one entry: the site's safety words, in a language. A translation
 * (content/<lang>/safety.json) gives the words; which signs each area and technique shows,
 * the sources and the areas a sign forbids pressing stay the English file's.
 */
export async function getSafety(lang: Locale = DEFAULT_LOCALE): Promise<Safety> {
  const safety = await getEntry('safety', 'site');
  if (!safety) throw new Error('content/safety.json must hold an entry with id "site"');
  if (lang === DEFAULT_LOCALE) return safety.data;
  const words = await getEntry('esSafety', 'site');
  if (!words) throw new Error(`content/${lang}/safety.json must hold an entry with id "site"`);
  return safetyIn(safety.data, words.data);
}

function safetyIn(facts: Safety, words: CollectionEntry<'esSafety'>['data']): Safety {
  const { levels, ...rest } = words;
  const translatedLevels = Object.fromEntries(
    URGENCIES.map((urgency) => {
      const level = facts.levels[urgency];
      const { signs, ...levelWords } = levels[urgency];
      const signWords = new Map(signs.map((sign) => [sign.id, sign]));
      return [
        urgency,
        { ...level, ...levelWords, signs: level.signs.map((sign) => ({ ...sign, ...signWords.get(sign.id) })) },
      ];
    }),
  ) as Safety['levels'];
  return { ...facts, ...rest, levels: translatedLevels };
}

/** The warning signs of some areas and techniques, grouped by urgency, each sign once. */
export async function warningGroups(
  areaIds: readonly AreaId[],
  techniqueIds: readonly string[] = [],
  lang: Locale = DEFAULT_LOCALE,
): Promise<SignGroup[]> {
  const { levels, areas, techniques } = await getSafety(lang);
  const ids = [...areaIds.flatMap((area) => areas[area]), ...techniqueIds.flatMap((id) => techniques[id] ?? [])];
  return groupSigns(levels, ids);
}

/** The signs a technique asks readers to rule out before its steps (pain down the arm: the heart and nerve signs). */
export async function checkFirstSigns(techniqueId: string, lang: Locale = DEFAULT_LOCALE): Promise<Sign[]> {
  const { levels, checkFirst } = await getSafety(lang);
  const wanted = checkFirst[techniqueId] ?? [];
  const all = URGENCIES.flatMap((urgency) => levels[urgency].signs);
  return wanted.map((id) => {
    const sign = all.find((each) => each.id === id);
    if (!sign) throw new Error(`Unknown warning sign "${id}"`);
    return sign;
  });
}

/** The signs search watches for, with the words to read readers' phrases: the search page carries them. */
export async function emergencyData(lang: Locale = DEFAULT_LOCALE): Promise<EmergencyData> {
  const { levels, search } = await getSafety(lang);
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
export async function safetySearchWords(
  lang: Locale = DEFAULT_LOCALE,
): Promise<{ keywords: string[]; terms: string[] }> {
  const { levels, askFirst, notHere, search } = await getSafety(lang);
  const lay = URGENCIES.flatMap((urgency) => levels[urgency].signs.flatMap((sign) => sign.lay));
  return {
    keywords: [...new Set([...lay.map((phrase) => phrase.replaceAll('/', ' ')), ...askFirst, ...notHere])],
    terms: [...search.safetyTerms],
  };
}
