/**
 * What the 7-day strip on the home and routine pages shows, like the handout's row
 * of tick boxes: the last week's days, and whether to show them at all. A first
 * visit has nothing to show, so the home page is built with a quiet line; the strip's
 * script opens the week once the browser holds a marked day (src/lib/days-done.ts),
 * and never closes it again on the same visit, so "Forget my history" empties the
 * boxes in place. Only the strip ships this module: the timer's pages need none of it.
 */
import { dayOf } from './days-done';

/** True once any day is kept as done, however long ago: the reader has used the strip. */
export function weekShown(days: readonly string[]): boolean {
  return days.length > 0;
}

export interface StripDay {
  day: string;
  /** "Mon" ("lun" in Spanish), shown over the box. */
  label: string;
  done: boolean;
  today: boolean;
}

/**
 * The last 7 days, ending today, oldest first: the strip on the home and routine pages. The
 * day names are in `locale`, the page's language ("Mon" in English, "lun" in Spanish).
 */
export function weekStrip(days: readonly string[], today: Date, locale = 'en-US'): StripDay[] {
  const done = new Set(days);
  return Array.from({ length: 7 }, (_, index) => {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 6 + index);
    const day = dayOf(date);
    return {
      day,
      label: date.toLocaleDateString(locale, { weekday: 'short' }),
      done: done.has(day),
      today: index === 6,
    };
  });
}
