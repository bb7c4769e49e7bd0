/** Reader-facing words for the content's enum values: one place, so lists and pages agree. */
import { pressureLabel } from './pressure';

export const PAIN_PATTERN_LABELS = {
  point: 'Pain you can point to',
  line: 'Pain that runs along a line',
  general: 'General tightness',
} as const;

/** Each pressure level in words, with its range on the 0 to 10 scale and the hard stop (src/lib/pressure.ts). */
export const PRESSURE_LABELS = {
  gentle: pressureLabel('gentle'),
  moderate: pressureLabel('moderate'),
  firm: pressureLabel('firm'),
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
