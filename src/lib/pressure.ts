/**
 * The one pressure scale of the site: how strong the discomfort should feel,
 * from 0 (nothing) to 10 (the worst pain you can imagine). Each pressure level
 * of a technique is a target range on it, and every level shares one hard
 * stop. The labels on technique pages, the guides' words and the content
 * tests all read these numbers, so no page can say a different thing.
 */

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

export const PRESSURE_LEVELS = {
  gentle: { name: 'Gentle', min: 2, max: 3, feel: 'you feel the pressure, with no real ache' },
  moderate: { name: 'Moderate', min: 4, max: 5, feel: 'a dull ache that makes you wince a little, no more' },
  firm: { name: 'Firm', min: 5, max: 6, feel: 'a strong, deep ache you can still breathe through' },
} as const;

export type PressureLevel = keyof typeof PRESSURE_LEVELS;

/** "about 4 to 5 out of 10" */
export function pressureRange(level: PressureLevel): string {
  const { min, max } = PRESSURE_LEVELS[level];
  return `about ${min} to ${max} out of ${SCALE_MAX}`;
}

/** The hard stop in words, for a technique's own stop. */
export function hardStopWords(stop: number = HARD_STOP): string {
  return `Stop at ${stop} out of ${SCALE_MAX}, and at once if the pain turns sharp or shooting.`;
}

/** The hard stop in words, for pages that state the whole scale. */
export const HARD_STOP_WORDS = `Stop at ${HARD_STOP} out of ${SCALE_MAX} (${NEAR_THE_SURFACE_STOP} on your neck, head and jaw), and at once if the pain turns sharp or shooting.`;

/** "Moderate: about 4 to 5 out of 10, a dull ache ... Stop at 7 out of 10, ..." */
export function pressureLabel(level: PressureLevel, stop: number = HARD_STOP): string {
  const { name, feel } = PRESSURE_LEVELS[level];
  return `${name}: ${pressureRange(level)}, ${feel}. ${hardStopWords(stop)}`;
}
