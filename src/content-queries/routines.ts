/** A routine's steps as the routine pages, the handout and the player read them. */
import type { AreaId } from '../lib/areas';
import type { Dose } from '../lib/dose';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { getEntryIn, getRoutines, type Routine, type Technique } from './library';

export interface ResolvedStep {
  technique: Technique;
  dose: Dose;
}

/**
 * A routine's steps with their techniques in `lang` and the dose to use (override or the
 * technique's own): a routine's steps are facts, read from its English file.
 */
export async function routineSteps(routine: Routine, lang: Locale = DEFAULT_LOCALE): Promise<ResolvedStep[]> {
  return Promise.all(
    routine.data.steps.map(async (step) => {
      const technique = await getEntryIn('techniques', step.technique, lang);
      if (!technique) throw new Error(`Routine ${routine.id}: unknown technique ${step.technique}`);
      return { technique, dose: step.dose ?? technique.data.dose };
    }),
  );
}

/** The routines with a step that works this area, in routine order. */
export async function routinesForArea(areaId: AreaId, lang: Locale = DEFAULT_LOCALE): Promise<Routine[]> {
  const routines = await getRoutines(lang);
  const matches = await Promise.all(
    routines.map(async (routine) =>
      (await routineSteps(routine, lang)).some((step) => step.technique.data.areas.includes(areaId)),
    ),
  );
  return routines.filter((_, index) => matches[index]);
}
