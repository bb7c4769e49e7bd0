/**
 * Which technique has which dose, read from content/techniques/ the way the build
 * reads it. A timer journey asks for the dose its expected values are written for
 * (a hold of 10 to 15 s, 3 times, on a chair) and gets whichever technique has it,
 * so editing one technique's dose does not break a journey about the timer. When no
 * technique has that dose any more, the journey fails and names it.
 */
import { readMdxFolder } from '../../src/lib/content-files';

interface TechniqueOnDisk {
  id: string;
  dose: Record<string, unknown>;
  support: string;
  stopIf: string[];
}

const TECHNIQUES: TechniqueOnDisk[] = readMdxFolder('techniques').map((file) => ({
  id: file.id,
  dose: file.frontmatter['dose'] as Record<string, unknown>,
  support: (file.frontmatter['picture'] as { support: string }).support,
  stopIf: file.frontmatter['stopIf'] as string[],
}));

/** True when every field `wanted` names has the same value in `actual`; other fields may be anything. */
export function hasFields(actual: unknown, wanted: unknown): boolean {
  if (typeof wanted !== 'object' || wanted === null) return Object.is(actual, wanted);
  if (typeof actual !== 'object' || actual === null) return false;
  return Object.entries(wanted).every(([key, value]) => hasFields((actual as Record<string, unknown>)[key], value));
}

export interface Wanted {
  /** The dose fields the journey's expected values depend on. */
  dose: Record<string, unknown>;
  /** Where the reader gets into position (`picture.support`), which sets the lead-in. */
  support: string;
  /** The first sign to stop, when the journey reads the line beside Start. */
  firstStopIf?: string;
}

/** The first technique, in file order, with the dose and position wanted. */
export function techniqueWith({ dose, support, firstStopIf }: Wanted): TechniqueOnDisk {
  const found = TECHNIQUES.find(
    (technique) =>
      hasFields(technique.dose, dose) &&
      technique.support === support &&
      (firstStopIf === undefined || technique.stopIf[0] === firstStopIf),
  );
  if (!found) throw new Error(`No technique has the dose ${JSON.stringify(dose)} on a ${support}`);
  return found;
}

/** The page of the first technique with the dose and position wanted. */
export function pageWith(wanted: Wanted): string {
  return `/techniques/${techniqueWith(wanted).id}/`;
}

interface RoutineStepOnDisk {
  technique: string;
  /** The routine's own dose for this step, when it shortens the technique's. */
  dose?: Record<string, unknown>;
}

const ROUTINES = readMdxFolder('routines').map((file) => ({
  id: file.id,
  steps: file.frontmatter['steps'] as RoutineStepOnDisk[],
}));

/** The first routine step, in file order, that runs the dose wanted in the position wanted: its page, place and count. */
export function routineStepWith({ dose, support }: Wanted): { page: string; step: number; steps: number } {
  for (const routine of ROUTINES) {
    const index = routine.steps.findIndex((step) => {
      const technique = TECHNIQUES.find(({ id }) => id === step.technique);
      return technique?.support === support && hasFields(step.dose ?? technique.dose, dose);
    });
    if (index >= 0) return { page: `/routines/${routine.id}/`, step: index + 1, steps: routine.steps.length };
  }
  throw new Error(`No routine step has the dose ${JSON.stringify(dose)} on a ${support}`);
}
