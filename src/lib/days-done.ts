/**
 * The days a reader marked as done: local calendar dates ("2026-06-01") kept
 * in the reader's own browser; nothing leaves it. The timer marks them
 * (mark-day.ts) and the 7-day strip reads them (days-strip-view.ts), so both
 * ship this module: pure and tiny.
 */

/** Where the device keeps the list of days done. */
export const DAYS_DONE_KEY = 'days-done';

/** The local calendar date of `date`, as "YYYY-MM-DD". */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The kept list, or none if it is missing or not a list of dates. */
export function readDays(stored: string | null): string[] {
  try {
    const list: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(list) ? list.filter((day): day is string => /^\d{4}-\d\d-\d\d$/.test(String(day))) : [];
  } catch {
    return [];
  }
}
