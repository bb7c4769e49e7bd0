/**
 * Two-bone reach: where the elbow goes so a hand ends on a target, with the
 * upper arm and the forearm-and-hand keeping their lengths. Used for hands
 * that press, hands on the floor behind the body, and both views.
 */
import { add, distance, scale, sub, unit, type Vec } from '../vec';

/** Degrees in pose convention (0 forward, 90 up) of the screen vector v. */
export const angleOf = (v: Vec): number => (Math.atan2(-v[1], v[0]) * 180) / Math.PI;

/**
 * The elbow for a shoulder, a hand target and the two lengths. `pick` chooses
 * between the two mirror-image answers. Out of reach, the arm points straight at the target.
 */
export function elbowFor(shoulder: Vec, target: Vec, upper: number, lower: number, pick: (a: Vec, b: Vec) => Vec): Vec {
  const span = distance(shoulder, target);
  const toward = unit(sub(target, shoulder));
  if (span >= upper + lower - 1e-6) return add(shoulder, scale(toward, upper));
  const clamped = Math.max(span, Math.abs(upper - lower) + 1e-6);
  const along = (upper * upper + clamped * clamped - lower * lower) / (2 * clamped);
  const across = Math.sqrt(Math.max(upper * upper - along * along, 0));
  const base = add(shoulder, scale(toward, along));
  const normal: Vec = [-toward[1], toward[0]];
  return pick(add(base, scale(normal, across)), add(base, scale(normal, -across)));
}

export const lower = (a: Vec, b: Vec): Vec => (a[1] >= b[1] ? a : b);
export const higher = (a: Vec, b: Vec): Vec => (a[1] < b[1] ? a : b);
export const behind = (a: Vec, b: Vec): Vec => (a[0] <= b[0] ? a : b);
