/**
 * Plane geometry for the figures, in SVG user units (1 unit is about 1 cm of a
 * 167 cm person) with y pointing down, as SVG draws. Angles in pose data are
 * written the way people think of them (0° forward, 90° up) and turned into
 * screen directions here, in one place.
 */
export type Vec = readonly [number, number];

export const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1]];
export const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k];
export const dot = (a: Vec, b: Vec): number => a[0] * b[0] + a[1] * b[1];
export const length = (a: Vec): number => Math.hypot(a[0], a[1]);
export const distance = (a: Vec, b: Vec): number => length(sub(a, b));
export const lerp = (a: Vec, b: Vec, t: number): Vec => add(a, scale(sub(b, a), t));
export const unit = (a: Vec): Vec => scale(a, 1 / (length(a) || 1));

/** The screen direction of an angle in degrees: 0 is forward (+x), 90 is up (-y). */
export function direction(degrees: number): Vec {
  const radians = (degrees * Math.PI) / 180;
  return [Math.cos(radians), -Math.sin(radians)];
}

/** A vector turned by `degrees`, counter-clockwise as seen on screen (so 90 turns forward into up). */
export function turn(v: Vec, degrees: number): Vec {
  const radians = (degrees * Math.PI) / 180;
  const [c, s] = [Math.cos(radians), Math.sin(radians)];
  return [v[0] * c + v[1] * s, -v[0] * s + v[1] * c];
}

/** A limb, trunk or head: two circles joined by their common tangents (a tapered capsule). */
export interface Capsule {
  a: Vec;
  b: Vec;
  ra: number;
  rb: number;
}

/**
 * Signed distance from p to a tapered capsule: negative inside, 0 on the outline.
 * Inigo Quilez's "uneven capsule", so contact tests measure the drawn outline exactly.
 */
export function capsuleDistance(p: Vec, { a, b, ra, rb }: Capsule): number {
  const pa = sub(p, a);
  const ba = sub(b, a);
  const h = dot(ba, ba);
  if (h < 1e-9) return length(pa) - Math.max(ra, rb);
  const qx = Math.abs(dot(pa, [ba[1], -ba[0]])) / h;
  const qy = dot(pa, ba) / h;
  const k = ra - rb;
  const cx = Math.sqrt(Math.max(h - k * k, 0));
  const cross = cx * qy - k * qx;
  if (cross < 0) return Math.sqrt(h * (qx * qx + qy * qy)) - ra;
  if (cross > cx) return Math.sqrt(h * (qx * qx + qy * qy + 1 - 2 * qy)) - rb;
  return cx * qx + k * qy - ra;
}

/** The lowest (largest y) point of a capsule's outline. */
export const capsuleBottom = ({ a, b, ra, rb }: Capsule): number => Math.max(a[1] + ra, b[1] + rb);

/** A number for markup: one decimal, no trailing ".0", no "-0". */
export function fmt(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

export const pt = (p: Vec): string => `${fmt(p[0])} ${fmt(p[1])}`;

/** The outline of a tapered capsule as a short path: two tangent lines and two arcs. */
export function capsulePath({ a, b, ra, rb }: Capsule): string {
  const along = sub(b, a);
  const span = length(along);
  if (span <= Math.abs(ra - rb) + 1e-6) {
    const [c, r] = ra >= rb ? [a, ra] : [b, rb];
    return `M${pt([c[0] - r, c[1]])}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0z`;
  }
  const theta = Math.atan2(along[1], along[0]);
  const phi = Math.acos((ra - rb) / span);
  const at = (c: Vec, r: number, angle: number): Vec => [c[0] + r * Math.cos(angle), c[1] + r * Math.sin(angle)];
  const [a1, b1, b2, a2] = [
    at(a, ra, theta + phi),
    at(b, rb, theta + phi),
    at(b, rb, theta - phi),
    at(a, ra, theta - phi),
  ];
  const bLarge = phi > Math.PI / 2 ? 1 : 0;
  return `M${pt(a1)}L${pt(b1)}A${fmt(rb)} ${fmt(rb)} 0 ${bLarge} 0 ${pt(b2)}L${pt(a2)}A${fmt(ra)} ${fmt(ra)} 0 ${1 - bLarge} 0 ${pt(a1)}z`;
}
