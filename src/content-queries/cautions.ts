/** "Go gently": the cautions of technique and routine pages, from their areas and techniques. */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { getEntryIn, type Technique } from './library';
import type { ResolvedStep } from './routines';

/** Where to go gently for a technique (given in `lang`): its areas' cautions, then its own, each once. */
export async function techniqueCautions(technique: Technique, lang: Locale = DEFAULT_LOCALE): Promise<string[]> {
  const areas = await Promise.all(technique.data.areas.map((id) => getEntryIn('areas', id, lang)));
  return [...new Set([...areas.flatMap((area) => area?.data.cautions ?? []), ...technique.data.cautions])];
}

/** Where to go gently in a routine: every step's cautions, each once, in step order. */
export async function routineCautions(
  steps: readonly ResolvedStep[],
  lang: Locale = DEFAULT_LOCALE,
): Promise<string[]> {
  const perStep = await Promise.all(steps.map(({ technique }) => techniqueCautions(technique, lang)));
  return [...new Set(perStep.flat())];
}
