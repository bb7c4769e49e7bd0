/** Reader-facing words for the content's enum values: one place, so lists and pages agree. */

export const PAIN_PATTERN_LABELS = {
  point: 'Pain you can point to',
  line: 'Pain that runs along a line',
  general: 'General tightness',
} as const;

export const PRESSURE_LABELS = {
  gentle: 'Gentle: firm enough to feel, never painful',
  moderate: 'Moderate: enough to make you wince a little, no more',
  firm: 'Firm: strong but steady, never sharp',
} as const;

export const COST_LABELS = {
  free: 'Free',
  'under-20': 'Under about US$20',
} as const;

export const KIND_LABELS = {
  home: 'Home',
  area: 'Body area',
  technique: 'Technique',
  routine: 'Routine',
  tool: 'Tool',
  guide: 'Guide',
  page: 'Page',
} as const;

/** "Tennis ball, Lacrosse ball" from titles, in the given order. */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
