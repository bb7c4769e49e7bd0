/**
 * The one line beside the timer's Start that says when to stop: the first of
 * the technique's own `stopIf` signs, which the page lists in full under the
 * steps. One source: the line is read from that list, never written twice.
 */

import { timer as EN, type TimerWords } from '../i18n/en/timer';

/**
 * "Stop or ease off if the pain turns sharp or shoots down your arm." In another language, pass
 * its words (`ui(lang).timer`): "Para o afloja si el dolor se vuelve agudo."
 */
export function stopLine(stopIf: readonly string[], words: Pick<TimerWords, 'stopLine'> = EN): string {
  const first = stopIf[0]?.trim() ?? '';
  if (!first) return '';
  // "You feel dizzy" reads on as "you feel dizzy"; an initialism ("TMJ") keeps its capitals.
  const lower = /^\p{Lu}\p{Ll}/u.test(first) ? `${first.charAt(0).toLowerCase()}${first.slice(1)}` : first;
  return words.stopLine(lower.replace(/[.!]?$/, '.'));
}
