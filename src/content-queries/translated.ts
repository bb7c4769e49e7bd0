/**
 * An entry in another language: the English entry (every fact: doses, pictures, areas,
 * sources, order) with its translation's words laid over it, and the translation's body, so
 * `render()` shows the translated MDX. Facts are entered once, in English; the build has
 * already checked that each translation matches its twin (src/i18n/twin-files.ts).
 */
import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';

/** The English collections that have a translation, and each translation's collection. */
const TRANSLATIONS = {
  areas: { es: 'esAreas' },
  techniques: { es: 'esTechniques' },
  routines: { es: 'esRoutines' },
  tools: { es: 'esTools' },
  guides: { es: 'esGuides' },
  pages: { es: 'esPages' },
} as const satisfies Record<string, Record<Exclude<Locale, 'en'>, CollectionKey>>;

export type TranslatedCollection = keyof typeof TRANSLATIONS;

/** An entry in a language: its English data with the translation's words, and its `lang`. */
export type InLanguage<C extends CollectionKey> = CollectionEntry<C> & { lang?: Locale };

function laidOver<C extends TranslatedCollection>(
  entry: CollectionEntry<C>,
  twin: CollectionEntry<CollectionKey>,
  lang: Locale,
): CollectionEntry<C> {
  const { untimed, ...words } = twin.data as Record<string, unknown> & { untimed?: string };
  const data: Record<string, unknown> = { ...entry.data, ...words };
  const dose = data['dose'] as { untimed?: { text: string } } | undefined;
  if (dose?.untimed && untimed) data['dose'] = { ...dose, untimed: { ...dose.untimed, text: untimed } };
  // The twin's collection, id, body and rendered MDX, so render() draws the translation; the
  // English collection's data shape, so every component reads it as it reads English.
  return { ...twin, data, lang } as unknown as CollectionEntry<C>;
}

/** `entries` in `lang`, in the same order; English entries are returned as they are. */
export async function translated<C extends TranslatedCollection>(
  collection: C,
  entries: readonly CollectionEntry<C>[],
  lang: Locale,
): Promise<CollectionEntry<C>[]> {
  if (lang === DEFAULT_LOCALE) return [...entries];
  const twins = TRANSLATIONS[collection][lang];
  return Promise.all(
    entries.map(async (entry) => {
      const twin = await getEntry(twins, entry.id);
      if (!twin) throw new Error(`content/${lang}/${collection}/${entry.id}.mdx is missing`);
      return laidOver(entry, twin, lang);
    }),
  );
}
