/**
 * Shared content look-ups for routes and components: sorted lists and the
 * neighbours of an entry. Ordering rules live here so every list agrees.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { AreaId } from './lib/areas';
import type { BuiltTechnique, PickerOption } from './lib/builder-data';
import { describeChoices } from './lib/builder-dose';
import { filterText } from './lib/builder-filter';
import { doseSeconds, formatDuration, type Dose } from './lib/dose';
import { drawPictures } from './lib/figure';
import { condenseSteps, type HandoutDetails } from './lib/handout';
import { groupSigns, URGENCIES, URGENT, type Sign, type SignGroup } from './lib/urgency';
import type { EmergencyData } from './lib/search-emergency';

export type Area = CollectionEntry<'areas'>;
export type Technique = CollectionEntry<'techniques'>;
export type Routine = CollectionEntry<'routines'>;
export type Tool = CollectionEntry<'tools'>;

export async function getAreas(): Promise<Area[]> {
  return (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
}

/** Techniques grouped by their home area (head to feet), then by title. */
export async function getTechniques(): Promise<Technique[]> {
  const areaOrder = new Map((await getAreas()).map((area) => [area.id, area.data.order]));
  const rank = (technique: Technique) => areaOrder.get(technique.data.areas[0]) ?? 99;
  return (await getCollection('techniques')).sort(
    (a, b) => rank(a) - rank(b) || a.data.title.localeCompare(b.data.title),
  );
}

export async function techniquesForArea(areaId: AreaId): Promise<Technique[]> {
  return (await getTechniques()).filter((technique) => technique.data.areas.includes(areaId));
}

export async function techniquesForTool(toolId: string): Promise<Technique[]> {
  return (await getTechniques()).filter((technique) => technique.data.tools.includes(toolId));
}

export async function getRoutines(): Promise<Routine[]> {
  return (await getCollection('routines')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTools(): Promise<Tool[]> {
  return (await getCollection('tools')).sort((a, b) => a.data.firmness - b.data.firmness);
}

export async function getGuides() {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

export interface ResolvedStep {
  technique: Technique;
  dose: Dose;
}

/** A routine's steps with their techniques and the dose to use (override or the technique's own). */
export async function routineSteps(routine: Routine): Promise<ResolvedStep[]> {
  return Promise.all(
    routine.data.steps.map(async (step) => {
      const technique = await getEntry('techniques', step.technique);
      if (!technique) throw new Error(`Routine ${routine.id}: unknown technique ${step.technique}`);
      return { technique, dose: step.dose ?? technique.data.dose };
    }),
  );
}

export async function routinesForArea(areaId: AreaId): Promise<Routine[]> {
  const routines = await getRoutines();
  const matches = await Promise.all(
    routines.map(async (routine) =>
      (await routineSteps(routine)).some((step) => step.technique.data.areas.includes(areaId)),
    ),
  );
  return routines.filter((_, index) => matches[index]);
}

export async function getSourcesById(ids: readonly string[]) {
  const sources = await Promise.all(ids.map((id) => getEntry('sources', id)));
  return sources.filter((source) => source !== undefined);
}

/** A technique's handout row beyond its name and dose: its main tool, its cue, its condensed steps and its picture. */
export async function handoutDetails(technique: Technique): Promise<HandoutDetails> {
  const tool = await getEntry('tools', technique.data.tools[0] ?? '');
  return {
    tool: tool?.data.title ?? '',
    summary: technique.data.summary,
    steps: condenseSteps(technique.body ?? ''),
    picture: drawPictures(technique.data.picture).position.svg,
  };
}

/** A technique as the routine builder fetches it once picked: its doses and its handout words. */
export async function builtTechnique(technique: Technique): Promise<BuiltTechnique> {
  const { title, dose, picture } = technique.data;
  return {
    title,
    dose,
    support: picture.support,
    choices: describeChoices(dose),
    ...(await handoutDetails(technique)),
  };
}

/** The builder's options for an area: the techniques whose home (first) area it is. */
export async function pickerOptions(areaId: string): Promise<PickerOption[]> {
  const [areas, techniques, tools] = await Promise.all([getAreas(), getTechniques(), getCollection('tools')]);
  const areaTitles = new Map(areas.map((area) => [area.id, area.data.title]));
  const toolTitles = new Map(tools.map((tool) => [tool.id, tool.data.title]));
  return techniques
    .filter((technique) => technique.data.areas[0] === areaId)
    .map(({ id, data }) => ({
      id,
      title: data.title,
      facts: `${toolTitles.get(data.tools[0] ?? '') ?? ''} · ${formatDuration(doseSeconds(data.dose))}`,
      words: filterText([
        data.title,
        ...data.areas.map((area) => areaTitles.get(area) ?? area),
        ...data.tools.map((tool) => toolTitles.get(tool) ?? tool),
        ...data.keywords,
      ]),
    }));
}

/** content/safety.json's one entry: the site's safety words. */
/** A page of content/pages/ by id; a missing file stops the build naming it. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`The /${id}/ page needs content/pages/${id}.mdx`);
  return page;
}

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

/** Where to go gently for a technique: its areas' cautions, then its own, each once. */
export async function techniqueCautions(technique: Technique): Promise<string[]> {
  const areas = await Promise.all(technique.data.areas.map((id) => getEntry('areas', id)));
  return [...new Set([...areas.flatMap((area) => area?.data.cautions ?? []), ...technique.data.cautions])];
}

/** Where to go gently in a routine: every step's cautions, each once, in step order. */
export async function routineCautions(steps: readonly ResolvedStep[]): Promise<string[]> {
  const perStep = await Promise.all(steps.map(({ technique }) => techniqueCautions(technique)));
  return [...new Set(perStep.flat())];
}
