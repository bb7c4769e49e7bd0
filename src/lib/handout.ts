/**
 * The words of the printed routine handout, derived from content that already
 * exists, so no technique needs extra fields: its summary is the one-line cue,
 * and the first sentence of each numbered step in its MDX body is the
 * condensed step.
 */
import type { Sides } from './dose';
import { numberedSteps } from './markdown-steps';

/**
 * What a handout row says about its technique beyond its name and dose. The
 * routine builder fetches it for the techniques a reader picks
 * (/routines/build/<id>.json), so its page does not carry every technique's steps.
 */
export interface HandoutDetails {
  tool: string;
  /** The one-line cue: the technique's summary. */
  summary: string;
  /** Condensed steps: the first sentence of each. */
  steps: string[];
  /** The position picture as inline SVG markup (src/lib/figure), drawn small beside the row. */
  picture: string;
}

/** Days on the tick grid: one week on the fridge. */
export const HANDOUT_DAYS = 7;

// A full stop after these is not the end of a sentence, in English or in Spanish ("p. ej.", "EE. UU.").
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|Dr|St|p\. ej|aprox|Dra|Sra?|EE)\.$/i;

/**
 * Text up to the first full stop, question or exclamation mark that ends a sentence: the
 * next one starts with a capital or a number, maybe after a quote, a bracket or Spanish's
 * opening "¿" or "¡" ("Siéntate. ¿Te duele? Afloja." -> "Siéntate.").
 */
export function firstSentence(text: string): string {
  const ends = /[.!?](?=\s+["'(“«¿¡]?[A-Z0-9ÁÉÍÓÚÑÜ])/g;
  for (let match = ends.exec(text); match; match = ends.exec(text)) {
    const sentence = text.slice(0, match.index + 1);
    if (!ABBREVIATION.test(sentence)) return sentence;
  }
  return text;
}

/** The numbered steps of a technique's MDX body, each cut to its first sentence. */
export function condenseSteps(body: string): string[] {
  return numberedSteps(body).map(firstSentence);
}

/** The boxes to tick on one day: one, or a left and a right box for a technique done on each side. */
export function dayBoxes(sides: Sides): readonly ('L' | 'R' | '')[] {
  return sides === 'each' ? ['L', 'R'] : [''];
}
