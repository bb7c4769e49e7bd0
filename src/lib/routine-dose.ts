/**
 * When a routine gives a technique a different dose from its own page, the
 * reader sees the technique's steps (on the handout) beside the routine's
 * dose. These words say which one to follow, so the two never seem to disagree.
 */
import { routine } from '../i18n/en/routine';
import type { DoseChange, RoutineWords } from '../i18n/en/routine';
import { doseSeconds, formatDose, type Dose } from './dose';

/** The words of the note, in the page's language: the dose in words, and the sentence around it. */
export interface DoseNoteWords {
  formatDose: (dose: Dose) => string;
  doseNote: RoutineWords['doseNote'];
}

/** Build time only (routine pages and handouts), so English may be the default here. */
const ENGLISH: DoseNoteWords = { formatDose, doseNote: routine.doseNote };

/** Undefined when the routine uses the technique's own dose. */
export function routineDoseNote(own: Dose, used: Dose, words: DoseNoteWords = ENGLISH): string | undefined {
  if (words.formatDose(own) === words.formatDose(used)) return undefined;
  const ownTime = doseSeconds(own);
  const usedTime = doseSeconds(used);
  const change: DoseChange =
    usedTime.max <= ownTime.min ? 'shortened' : usedTime.min >= ownTime.max ? 'lengthened' : 'changed';
  const ownWords = words.formatDose(own).replace(/\.$/, '');
  return words.doseNote(change, `${ownWords.charAt(0).toLowerCase()}${ownWords.slice(1)}`);
}
