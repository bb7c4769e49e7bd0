/**
 * Movement arrows as path data: straight, two-headed, round, and the arc over
 * the head for a head roll. Each arrowhead is an open "V", so an arrow is one
 * path with one stroke.
 */
import { add, direction, fmt, pt, scale, sub, unit, type Vec } from '../vec';

const HEAD = 4;

function head(tip: Vec, toward: Vec): string {
  const u = unit(toward);
  const back = sub(tip, scale(u, HEAD));
  const side: Vec = [-u[1] * HEAD * 0.7, u[0] * HEAD * 0.7];
  return `M${pt(add(back, side))}L${pt(tip)}L${pt(sub(back, side))}`;
}

/** From `from` to `to`, with a head at `to` (and at `from` too when `both`). */
export function straightArrow(from: Vec, to: Vec, both = false): string {
  const line = `M${pt(from)}L${pt(to)}`;
  return line + head(to, sub(to, from)) + (both ? head(from, sub(from, to)) : '');
}

/** Most of a circle round `center`, turning clockwise on screen, with a head at the end. */
export function roundArrow(center: Vec, r: number): string {
  const start = add(center, scale(direction(100), r));
  const end = add(center, scale(direction(-150), r));
  const tangent = direction(-150 - 90);
  return `M${pt(start)}A${fmt(r)} ${fmt(r)} 0 1 1 ${pt(end)}${head(end, tangent)}`;
}

/** An arc over a head at `center`, heads at both ends: roll from one side to the other. */
export function headRollArrow(center: Vec, r: number): string {
  const [left, right] = [add(center, scale(direction(150), r)), add(center, scale(direction(30), r))];
  return `M${pt(left)}A${fmt(r)} ${fmt(r)} 0 0 1 ${pt(right)}${head(right, direction(-60))}${head(left, direction(-120))}`;
}
