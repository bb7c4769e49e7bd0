/**
 * The library's entries in the order every list shows them, so every list agrees: areas head
 * to feet, techniques by home area then title, routines and guides by their `order`, tools
 * softest first. Each order is worked out once per version of the content
 * (src/lib/once-per-version.ts), not on every call. Also the look-ups of single entries.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { AreaId } from '../lib/areas';
import { oncePerVersion } from '../lib/once-per-version';

export type Area = CollectionEntry<'areas'>;
export type Technique = CollectionEntry<'techniques'>;
export type Routine = CollectionEntry<'routines'>;
export type Tool = CollectionEntry<'tools'>;
export type Guide = CollectionEntry<'guides'>;

const titleOrder = new Intl.Collator('en');

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
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (kept ??= read()));
}

const techniques = oncePerBuild(async (): Promise<TechniqueShelves> => {
  const [areas, techniques] = await Promise.all([getCollection('areas'), getCollection('techniques')]);
  return techniqueShelves(areas, techniques);
});

const areasInOrder = oncePerBuild(async () => sortedAreas(await getCollection('areas')));

export async function getAreas(): Promise<readonly Area[]> {
  return areasInOrder();
}

/** Techniques grouped by their home area (head to feet), then by title. */
export async function getTechniques(): Promise<readonly Technique[]> {
  return (await techniques()).all;
}

export async function techniquesForArea(areaId: AreaId): Promise<readonly Technique[]> {
  return (await techniques()).byArea.get(areaId) ?? [];
}

export async function techniquesForTool(toolId: string): Promise<readonly Technique[]> {
  return (await techniques()).byTool.get(toolId) ?? [];
}

export async function getRoutines(): Promise<readonly Routine[]> {
  return sortedRoutines(await getCollection('routines'));
}

export async function getTools(): Promise<readonly Tool[]> {
  return sortedTools(await getCollection('tools'));
}

export async function getGuides(): Promise<readonly Guide[]> {
  return sortedGuides(await getCollection('guides'));
}

/** A page of content/pages/ by id; a missing file stops the build naming it. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`The /${id}/ page needs content/pages/${id}.mdx`);
  return page;
}

export async function getSourcesById(ids: readonly string[]) {
  const sources = await Promise.all(ids.map((id) => getEntry('sources', id)));
  return sources.filter((source) => source !== undefined);
}
