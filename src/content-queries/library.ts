/**
 * The library's entries in the order every list shows them, so every list agrees: areas head
 * to feet, techniques by home area then title, routines and guides by their `order`, tools
 * softest first. Each order is worked out once per version of the content
 * (src/lib/once-per-version.ts), not on every call. Also the look-ups of single entries.
 * Every query takes the page's language: a translated entry is its English entry with the
 * translation's words laid over it (src/content-queries/translated.ts).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { AreaId } from '../lib/areas';
import { oncePerVersion } from '../lib/once-per-version';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { translated } from './translated';

export type Area = CollectionEntry<'areas'>;
export type Technique = CollectionEntry<'techniques'>;
export type Routine = CollectionEntry<'routines'>;
export type Tool = CollectionEntry<'tools'>;
export type Guide = CollectionEntry<'guides'>;

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }) => a.data.order - b.data.order;

const sortedAreas = oncePerVersion((areas: readonly Area[]): readonly Area[] => [...areas].sort(byOrder));
const sortedRoutines = oncePerVersion((routines: readonly Routine[]): readonly Routine[] =>
  [...routines].sort(byOrder),
);
const sortedGuides = oncePerVersion((guides: readonly Guide[]): readonly Guide[] => [...guides].sort(byOrder));
const sortedTools = oncePerVersion((tools: readonly Tool[]): readonly Tool[] =>
  [...tools].sort((a, b) => a.data.firmness - b.data.firmness),
);

interface TechniqueShelves {
  all: readonly Technique[];
  byArea: ReadonlyMap<string, readonly Technique[]>;
  byTool: ReadonlyMap<string, readonly Technique[]>;
}

/** Each list keeps the order of `all`. */
function shelve(techniques: readonly Technique[], keys: (technique: Technique) => readonly string[]) {
  const shelves = new Map<string, Technique[]>();
  for (const technique of techniques) {
    for (const key of keys(technique)) {
      const shelf = shelves.get(key) ?? [];
      shelf.push(technique);
      shelves.set(key, shelf);
    }
  }
  return shelves;
}

const techniqueShelves = oncePerVersion(
  (areas: readonly Area[], techniques: readonly Technique[]): TechniqueShelves => {
    const titleOrder = new Intl.Collator((techniques[0] as { lang?: Locale } | undefined)?.lang ?? DEFAULT_LOCALE);
    const areaOrder = new Map(areas.map((area) => [area.id, area.data.order]));
    const rank = (technique: Technique) => areaOrder.get(technique.data.areas[0]) ?? 99;
    const all = [...techniques].sort((a, b) => rank(a) - rank(b) || titleOrder.compare(a.data.title, b.data.title));
    return {
      all,
      byArea: shelve(all, (technique) => technique.data.areas),
      byTool: shelve(all, (technique) => technique.data.tools),
    };
  },
);

/**
 * A look-up read once per build: the content cannot change while `astro build` runs, and every
 * page asks for the shelves several times, so reading the collections on every call would make
 * a library of N techniques cost N x N. In `astro dev` a file may change between two requests:
 * there each call reads afresh, and oncePerVersion spares the sorting when nothing changed.
 */
function oncePerBuild<T>(read: (lang: Locale) => Promise<T>): (lang: Locale) => Promise<T> {
  const kept = new Map<Locale, Promise<T>>();
  return (lang) => {
    if (import.meta.env.DEV) return read(lang);
    const promise = kept.get(lang) ?? read(lang);
    kept.set(lang, promise);
    return promise;
  };
}

const techniques = oncePerBuild(async (lang): Promise<TechniqueShelves> => {
  const [areas, techniques] = await Promise.all([
    translated('areas', await getCollection('areas'), lang),
    translated('techniques', await getCollection('techniques'), lang),
  ]);
  return techniqueShelves(areas, techniques);
});

const areasInOrder = oncePerBuild(async (lang) =>
  sortedAreas(await translated('areas', await getCollection('areas'), lang)),
);

export async function getAreas(lang: Locale = DEFAULT_LOCALE): Promise<readonly Area[]> {
  return areasInOrder(lang);
}

/** Techniques grouped by their home area (head to feet), then by title. */
export async function getTechniques(lang: Locale = DEFAULT_LOCALE): Promise<readonly Technique[]> {
  return (await techniques(lang)).all;
}

export async function techniquesForArea(areaId: AreaId, lang: Locale = DEFAULT_LOCALE): Promise<readonly Technique[]> {
  return (await techniques(lang)).byArea.get(areaId) ?? [];
}

export async function techniquesForTool(toolId: string, lang: Locale = DEFAULT_LOCALE): Promise<readonly Technique[]> {
  return (await techniques(lang)).byTool.get(toolId) ?? [];
}

export async function getRoutines(lang: Locale = DEFAULT_LOCALE): Promise<readonly Routine[]> {
  return sortedRoutines(await translated('routines', await getCollection('routines'), lang));
}

export async function getTools(lang: Locale = DEFAULT_LOCALE): Promise<readonly Tool[]> {
  return sortedTools(await translated('tools', await getCollection('tools'), lang));
}

export async function getGuides(lang: Locale = DEFAULT_LOCALE): Promise<readonly Guide[]> {
  return sortedGuides(await translated('guides', await getCollection('guides'), lang));
}

/** One entry of a collection by id, in a language; undefined when there is none. */
export async function getEntryIn<C extends 'areas' | 'techniques' | 'routines' | 'tools' | 'guides'>(
  collection: C,
  id: string,
  lang: Locale = DEFAULT_LOCALE,
): Promise<CollectionEntry<C> | undefined> {
  const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
  if (!entry) return undefined;
  const [inLang] = await translated(collection, [entry], lang);
  return inLang;
}

/** A page of content/pages/ by id; a missing file stops the build naming it. */
export async function getPage(id: string, lang: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`The /${id}/ page needs content/pages/${id}.mdx`);
  const [inLang] = await translated('pages', [page], lang);
  return inLang ?? page;
}

export async function getSourcesById(ids: readonly string[]) {
  const sources = await Promise.all(ids.map((id) => getEntry('sources', id)));
  return sources.filter((source) => source !== undefined);
}
