/**
 * An area page's techniques, grouped by the kind of pain each suits, in the order the
 * page lists them: the short "Jump to a technique" list near the top and the chooser
 * further down both read it, so the two always agree.
 */
import { PAIN_PATTERNS } from '../schemas';
import { PAIN_PATTERN_LABELS } from './labels';

type PainPattern = (typeof PAIN_PATTERNS)[number];

/** The little of a technique this needs: its kind of pain. */
interface Suits {
  data: { suits: PainPattern };
}

export interface PainGroup<T> {
  pattern: PainPattern;
  /** "Pain you can point to": the group's heading and the short list's note. */
  label: string;
  techniques: T[];
}

/**
 * The techniques by kind of pain, in PAIN_PATTERNS order, each keeping its own order; empty kinds left out.
 * `labels`: each kind's name in the page's language (`ui(lang).technique.labels.painPattern`).
 */
export function groupByPain<T extends Suits>(
  techniques: readonly T[],
  labels: Record<PainPattern, string> = PAIN_PATTERN_LABELS,
): PainGroup<T>[] {
  return PAIN_PATTERNS.map((pattern) => ({
    pattern,
    label: labels[pattern],
    techniques: techniques.filter((technique) => technique.data.suits === pattern),
  })).filter((group) => group.techniques.length > 0);
}

/** The groups as one list, each technique with its kind of pain: the short list at the top of an area page. */
export function shortList<T>(groups: readonly PainGroup<T>[]): { technique: T; label: string }[] {
  return groups.flatMap((group) => group.techniques.map((technique) => ({ technique, label: group.label })));
}
