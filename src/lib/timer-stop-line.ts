/**
 * The one line beside the timer's Start that says when to stop: the first of
 * the technique's own `stopIf` signs, which the page lists in full under the
 * steps. One source: the line is read from that list, never written twice.
 */

/** "Stop or ease off if the pain turns sharp or shoots down your arm." */
export function stopLine(stopIf: readonly string[]): string {
  const first = stopIf[0]?.trim() ?? '';
  if (!first) return '';
  // "You feel dizzy" reads on as "you feel dizzy"; an initialism ("TMJ") keeps its capitals.
  const lower = /^[A-Z][a-z]/.test(first) ? `${first.charAt(0).toLowerCase()}${first.slice(1)}` : first;
  return `Stop or ease off if ${lower.replace(/[.!]?$/, '.')}`;
}
