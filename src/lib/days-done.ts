/**
 * The days a reader marked as done, and the 7-day strip that shows them, like
 * the handout's row of tick boxes. Days are local calendar dates
 * ("2026-06-01") kept in the reader's own browser; nothing leaves it.
 * Pure and tiny: the home page's strip ships this module and little else.
 */

/** Where the device keeps the list of days done. */
export const DAYS_DONE_KEY = 'days-done';
/** Old days are dropped so the list stays small: the strip shows a week. */
const KEEP_DAYS = 62;

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

/** The list with `day` added once, oldest first, newest `KEEP_DAYS` kept. */
export function markDay(days: readonly string[], day: string): string[] {
  return [...new Set([...days, day])].sort().slice(-KEEP_DAYS);
}

export interface StripDay {
  day: string;
  /** "Mon", shown over the box. */
  label: string;
  done: boolean;
  today: boolean;
}

/** The last 7 days, ending today, oldest first: the strip on the home and routine pages. */
export function weekStrip(days: readonly string[], today: Date): StripDay[] {
  const done = new Set(days);
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6 + index);
    const day = dayOf(date);
    return {
      day,
      label: date.toLocaleDateString('en-US', { weekday: 'short' }),
      done: done.has(day),
      today: index === 6,
    };
  });
}
