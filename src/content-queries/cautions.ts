/** "Go gently": the cautions of technique and routine pages, from their areas and techniques. */
import { getEntry } from 'astro:content';
import type { Technique } from './library';
import type { ResolvedStep } from './routines';

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
