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
import { drawPictures } from './lib/figure/draw';
import { condenseSteps, type HandoutDetails } from './lib/handout';
import { groupSigns, type SignGroup } from './lib/urgency';

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

/** The warning signs of some areas, and of one technique if given, grouped by urgency. */
export async function warningGroups(areaIds: readonly AreaId[], techniqueId?: string): Promise<SignGroup[]> {
  const { levels, areas, techniques } = await getSafety();
  const ids = [...areaIds.flatMap((area) => areas[area]), ...(techniqueId ? (techniques[techniqueId] ?? []) : [])];
  return groupSigns(levels, ids);
}
