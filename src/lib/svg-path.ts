/**
 * The one reader of SVG path data, for the body map's shapes (src/lib/body-map.ts) and the
 * close-up drawn on them (src/lib/figure/close-up.ts). It reads absolute M, L, Q, C and Z
 * only, the commands the body map is written in, and refuses anything else by name, so a
 * shape drawn another way fails its tests instead of being read wrong.
 */
export type Point = [number, number];

/** How many points each command names: its end point, after any control points. */
const ARITY = { M: 1, L: 1, Q: 2, C: 3, Z: 0 } as const;
type Command = keyof typeof ARITY;

export interface PathCommand {
  command: Command;
  points: Point[];
}

/** A path's commands with their points, in order. Throws on a command or a count it does not read. */
export function parsePath(d: string): PathCommand[] {
  return [...d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)].map(([, letter = '', args = '']) => {
    if (!(letter in ARITY)) throw new Error(`Path command "${letter}" is not one of M L Q C Z: ${d}`);
    const command = letter as Command;
    // Numbers by their own shape, so "18.9-13.8" reads as two, as a browser reads it.
    const numbers: number[] = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (args.replace(/-?(?:\d+\.?\d*|\.\d+)|[\s,]/g, '') !== '') numbers.push(Number.NaN);
    if (numbers.length !== ARITY[command] * 2 || numbers.some(Number.isNaN)) {
      throw new Error(`Path command "${command}" needs ${ARITY[command] * 2} numbers, got "${args.trim()}": ${d}`);
    }
    const points: Point[] = [];
    for (let index = 0; index < numbers.length; index += 2) points.push([numbers[index]!, numbers[index + 1]!]);
    return { command, points };
  });
}

/**
 * Every point a path names (end points and control points). A curve stays inside the hull
 * of its points, so these bound it.
 */
export function pathPoints(d: string): Point[] {
  return parsePath(d).flatMap(({ points }) => points);
}

/** Segments each curve is cut into when testing a point against it: finer than the map draws. */
const CURVE_STEPS = 16;

/** The path as closed rings of points, each curve cut into CURVE_STEPS straight pieces. */
/** Each shape's rings once: the close-up asks about the same few body shapes thousands of times a build. */
const ringsByPath = new Map<string, Point[][]>();

function rings(d: string): Point[][] {
  let found = ringsByPath.get(d);
  if (!found) {
    found = readRings(d);
    ringsByPath.set(d, found);
  }
  return found;
}

function readRings(d: string): Point[][] {
  const closed: Point[][] = [];
  let ring: Point[] = [];
  let at: Point = [0, 0];
  for (const { command, points } of parsePath(d)) {
    if (command === 'M') {
      if (ring.length) closed.push(ring);
      ring = [points[0]!];
    } else if (command === 'L') ring.push(points[0]!);
    else if (command === 'Q' || command === 'C') {
      const control = [at, ...points];
      for (let step = 1; step <= CURVE_STEPS; step++) ring.push(bezier(control, step / CURVE_STEPS));
    }
    if (command === 'Z') {
      closed.push(ring);
      ring = [];
    } else at = ring.at(-1) ?? at;
  }
  if (ring.length) closed.push(ring);
  return closed;
}

/** De Casteljau: a point on a Bézier curve of any order. */
function bezier(control: Point[], t: number): Point {
  let level = control;
  while (level.length > 1) {
    level = level
      .slice(1)
      .map((p, i): Point => [level[i]![0] + (p[0] - level[i]![0]) * t, level[i]![1] + (p[1] - level[i]![1]) * t]);
  }
  return level[0]!;
}

/** Whether a point lies inside the path's shape, by the even-odd rule. */
export function pointInPath([x, y]: readonly [number, number], d: string): boolean {
  let inside = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The same path in fewer characters, for the page: no space around a command letter or before a
 * minus sign ("M -25 36 C -25 18.9" is "M-25 36C-25 18.9"). The shapes stay written the readable
 * way in src/lib/body-map.ts; every body map and close-up on a page prints them this way.
 */
export function compactPath(d: string): string {
  return d
    .trim()
    .replace(/\s*([A-Za-z])\s*/g, '$1')
    .replace(/\s+-/g, '-')
    .replace(/\s+/g, ' ');
}
