/**
 * The one pressure scale of the site: how strong the discomfort should feel,
 * from 0 (nothing) to 10 (the worst pain you can imagine). Each pressure level
 * of a technique is a target range on it, and every level shares one hard
 * stop. The labels on technique pages, the guides' words and the content
 * tests all read these numbers, so no page can say a different thing. The words
 * are each language's (src/i18n/<lang>/technique.ts, `pressure`): pass
 * `ui(lang).technique.pressure`; without it they are English.
 */
import { pressure as EN, type PressureWords } from '../i18n/en/technique';

/** The top of the scale. */
export const SCALE_MAX = 10;

/** At this number or above, stop, whatever the level. Sharp or shooting pain means stop at any number. */
export const HARD_STOP = 7;

/**
 * Where nerves and blood vessels lie close to the skin, the stop comes one step sooner. No
 * source gives a number for pressing these areas; this is the guide's own caution, and
 * /how-we-write/ says so. Techniques there stay gentle or moderate (a content test holds it).
 */
export const NEAR_THE_SURFACE_AREAS: readonly string[] = ['neck', 'head', 'jaw'];
export const NEAR_THE_SURFACE_STOP = 6;

/** The stop for a technique: the lowest of its areas'. */
export function hardStopFor(areas: readonly string[]): number {
  return areas.some((area) => NEAR_THE_SURFACE_AREAS.includes(area)) ? NEAR_THE_SURFACE_STOP : HARD_STOP;
}

/** Each level's range on the scale. */
export const PRESSURE_RANGES = {
  gentle: { min: 2, max: 3 },
  moderate: { min: 4, max: 5 },
  firm: { min: 5, max: 6 },
} as const;

export type PressureLevel = keyof typeof PRESSURE_RANGES;

/** Each level's range with its English name and feel (src/i18n/<lang>/technique.ts has each language's). */
export const PRESSURE_LEVELS = {
  gentle: { ...EN.levels.gentle, ...PRESSURE_RANGES.gentle },
  moderate: { ...EN.levels.moderate, ...PRESSURE_RANGES.moderate },
  firm: { ...EN.levels.firm, ...PRESSURE_RANGES.firm },
} as const;

/** "about 4 to 5 out of 10" ("más o menos 4 a 5 de 10") */
export function pressureRange(level: PressureLevel, words: PressureWords = EN): string {
  const { min, max } = PRESSURE_RANGES[level];
  return words.range(min, max, SCALE_MAX);
}

/** The hard stop in words, for a technique's own stop. */
export function hardStopWords(stop: number = HARD_STOP, words: PressureWords = EN): string {
  return words.hardStop(stop, SCALE_MAX);
}

/** The hard stop for the whole scale, after its first word ("Stop"): pages that state the whole scale. */
export function scaleStopWords(words: PressureWords = EN): string {
  return words.scaleStop(HARD_STOP, NEAR_THE_SURFACE_STOP, SCALE_MAX);
}

/** The hard stop in words, for pages that state the whole scale. */
export const HARD_STOP_WORDS = `${EN.scaleStopWord} ${scaleStopWords()}`;

/** "Moderate: about 4 to 5 out of 10, a dull ache ... Stop at 7 out of 10, ..." */
export function pressureLabel(level: PressureLevel, stop: number = HARD_STOP, words: PressureWords = EN): string {
  const { name, feel } = words.levels[level];
  return words.label(name, pressureRange(level, words), feel, hardStopWords(stop, words));
}
