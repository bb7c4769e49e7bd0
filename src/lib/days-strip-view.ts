/**
 * Whether the home page's 7-day strip shows its week or stays one quiet line. A first
 * visit has nothing to show, so the page is built with the quiet line; the strip's script
 * opens the week once the browser holds a marked day (src/lib/days-done.ts), and never
 * closes it again on the same visit, so "Forget my history" empties the boxes in place.
 */

/** True once any day is kept as done, however long ago: the reader has used the strip. */
export function weekShown(days: readonly string[]): boolean {
  return days.length > 0;
}
