/**
 * Reader-facing words for the content's enum values: one place, so lists and pages agree. Each
 * language's live in its table (src/i18n/<lang>/technique.ts, `labels`): `ui(lang).technique.labels`;
 * these constants are the English ones.
 */
import { labels as EN, type LabelWords, type PressureWords } from '../i18n/en/technique';
import { pressureLabel, type PressureLevel } from './pressure';

export const PAIN_PATTERN_LABELS = EN.painPattern;

/** Each pressure level in words, with its range on the 0 to 10 scale and the hard stop (src/lib/pressure.ts). */
export function pressureLabels(words?: PressureWords): Record<PressureLevel, string> {
  return {
    gentle: pressureLabel('gentle', undefined, words),
    moderate: pressureLabel('moderate', undefined, words),
    firm: pressureLabel('firm', undefined, words),
  };
}

export const PRESSURE_LABELS = pressureLabels();

export const COST_LABELS = EN.cost;

export const KIND_LABELS = EN.kind;

/** "Tennis ball, Lacrosse ball and Foam roller" from titles, in the given order ("... y ..." in Spanish). */
export function listWords(words: readonly string[], labels: Pick<LabelWords, 'lastTwo'> = EN): string {
  if (words.length <= 1) return words.join('');
  return labels.lastTwo(words.slice(0, -1).join(', '), words.at(-1) ?? '');
}
