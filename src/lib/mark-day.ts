/**
 * "Mark today as done": adds a day to the kept list (days-done.ts). Only the
 * timer marks a day, so only its pages ship this; the home page's strip reads.
 */

/** Old days are dropped so the list stays small: the strip shows a week. */
const KEEP_DAYS = 62;

/** The list with `day` added once, oldest first, newest `KEEP_DAYS` kept. */
export function markDay(days: readonly string[], day: string): string[] {
  return [...new Set([...days, day])].sort().slice(-KEEP_DAYS);
}
