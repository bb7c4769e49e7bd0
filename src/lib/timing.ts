/**
 * The fixed times around the doses, in seconds: one home for each, read by the
 * timer's plan, the lead-in rule and every routine total, so they always agree.
 */
import type { SupportId } from './figure';

/** Default time to get into position before the first hold, when the position is not known. */
export const LEAD_IN_SECONDS = 5;

/**
 * Time to get into position, by what the body or the tool rests on: lying down on
 * two balls or leaning a ball into a wall takes longer than sitting on a chair.
 */
export const LEAD_IN_BY_SUPPORT: Readonly<Record<SupportId, number>> = { floor: 15, wall: 10, chair: 5, table: 5 };

/** The reader changes the lead-in in steps of this size, within these bounds. */
export const LEAD_IN_STEP_SECONDS = 5;
export const LEAD_IN_MIN_SECONDS = 5;
export const LEAD_IN_MAX_SECONDS = 60;

/** Time to switch sides or settle between blocks. */
export const SIDE_SWITCH_SECONDS = 10;

/** Time to move from one technique to the next: find the tool, get into position. */
export const TRANSITION_SECONDS = 15;

/**
 * In a routine, how long the player waits after the top of an until-eases
 * target before it moves on, so the reader can ease off the spot first (or
 * ask for a little longer).
 */
export const EASE_OFF_GRACE_SECONDS = 15;
