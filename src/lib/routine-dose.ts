/**
 * When a routine gives a technique a different dose from its own page, the
 * reader sees the technique's steps (on the handout) beside the routine's
 * dose. These words say which one to follow, so the two never seem to disagree.
 */
import { doseSeconds, formatDose, type Dose } from './dose';

/** Undefined when the routine uses the technique's own dose. */
export function routineDoseNote(own: Dose, used: Dose): string | undefined {
  if (formatDose(own) === formatDose(used)) return undefined;
  const ownTime = doseSeconds(own);
  const usedTime = doseSeconds(used);
  const change = usedTime.max <= ownTime.min ? 'Shortened' : usedTime.min >= ownTime.max ? 'Lengthened' : 'Changed';
  const ownWords = formatDose(own).replace(/\.$/, '');
  return `${change} for this routine: follow the time above. On its own page: ${ownWords.charAt(0).toLowerCase()}${ownWords.slice(1)}.`;
}
