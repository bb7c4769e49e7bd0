/**
 * How long the timer gives the reader to get into position before the first
 * hold: from the technique's position, changed in small steps by the reader,
 * and kept on their device. Pure: the script does the storing.
 */
import type { SupportId } from './figure';
import {
  LEAD_IN_BY_SUPPORT,
  LEAD_IN_MAX_SECONDS,
  LEAD_IN_MIN_SECONDS,
  LEAD_IN_SECONDS,
  LEAD_IN_STEP_SECONDS,
} from './timing';

/** The lead-in for a position: longer for the floor and a wall than for a chair or a table. */
export function leadInFor(support: SupportId | undefined): number {
  return support ? LEAD_IN_BY_SUPPORT[support] : LEAD_IN_SECONDS;
}

/** The lead-in after a +5 s (direction 1) or -5 s (direction -1) tap, kept within its bounds. */
export function adjustLeadIn(seconds: number, direction: 1 | -1): number {
  return clampLeadIn(seconds + direction * LEAD_IN_STEP_SECONDS);
}

/** A lead-in within bounds; anything unreadable (an edited or stale stored value) gives `fallback`. */
export function clampLeadIn(seconds: number, fallback = LEAD_IN_SECONDS): number {
  if (!Number.isFinite(seconds)) return fallback;
  return Math.min(LEAD_IN_MAX_SECONDS, Math.max(LEAD_IN_MIN_SECONDS, Math.round(seconds)));
}

/** Where the device keeps the reader's own lead-in: one per position, since lying down takes the same time on any floor technique. */
export function leadInKey(support: SupportId | undefined): string {
  return `hold-timer-lead-in-${support ?? 'any'}`;
}

/** The stored lead-in if there is a sane one, else the position's own. */
export function storedLeadIn(stored: string | null, support: SupportId | undefined): number {
  const own = leadInFor(support);
  return stored === null ? own : clampLeadIn(Number(stored), own);
}
