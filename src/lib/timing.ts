/**
 * The fixed times around the doses, in seconds: one home for each, read by the
 * timer's plan and by every routine total, so the two always agree.
 */

/** Default time to get into position before the first hold. */
export const LEAD_IN_SECONDS = 5;

/** Time to switch sides or settle between blocks. */
export const SIDE_SWITCH_SECONDS = 10;

/** Time to move from one technique to the next: find the tool, get into position. */
export const TRANSITION_SECONDS = 15;
