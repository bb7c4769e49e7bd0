/**
 * Whether a point lies inside a body-map shape: the path (absolute M, L, Q, C, Z,
 * as src/lib/body-map.ts writes them) is flattened into polygons and tested by
 * the even-odd rule. For tests that a marked spot sits inside its area.
 */
import type { Vec } from './vec';

function flatten(d: string): Vec[][] {
  const rings: Vec[][] = [];
  let ring: Vec[] = [];
  let at: Vec = [0, 0];
  for (const [, command = '', args = ''] of d.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    const n = args.trim()
      ? args
          .trim()
          .split(/[\s,]+/)
          .map(Number)
      : [];
    const pts: Vec[] = [];
    for (let i = 0; i < n.length; i += 2) pts.push([n[i]!, n[i + 1]!]);
    if (command === 'M') {
      if (ring.length) rings.push(ring);
      ring = [pts[0]!];
    } else if (command === 'L') ring.push(pts[0]!);
    else if (command === 'Q' || command === 'C') {
      const control = [at, ...pts];
      for (let step = 1; step <= 16; step++) ring.push(bezier(control, step / 16));
    }
    if (command === 'Z') {
      rings.push(ring);
      ring = [];
    } else at = ring.at(-1) ?? at;
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** De Casteljau: any order of Bézier curve. */
function bezier(points: Vec[], t: number): Vec {
  let level = points;
  while (level.length > 1) {
    level = level
      .slice(1)
      .map((p, i): Vec => [level[i]![0] + (p[0] - level[i]![0]) * t, level[i]![1] + (p[1] - level[i]![1]) * t]);
  }
  return level[0]!;
}

export function pointInPath([x, y]: Vec, d: string): boolean {
  let inside = false;
  for (const ring of flatten(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
