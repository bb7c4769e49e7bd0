/**
 * The close-up "where to press": a zoomed part of the body map (src/lib/body-map.ts)
 * with the areas of the marked landmarks filled and the spot or the line drawn
 * on the side the technique works. Numbers only; markup.ts writes the markup.
 */
import { REGIONS, SILHOUETTE } from '../body-map';
import { pathPoints, pointInPath } from '../svg-path';
import { sideSign } from './solve/front-solver';
import { landmark, type LandmarkId } from './pose/landmarks';
import type { PictureSpec } from './picture-spec';
import { add, direction, lerp, scale, type Capsule, type Vec } from './vec';

export const CLOSE_UP_ASPECT = 8 / 9;

export interface CloseUp {
  view: 'front' | 'back';
  box: { x: number; y: number; w: number; h: number };
  /** The marked areas' shapes on this view, worked side only: they set the frame, and are not drawn. */
  regions: { d: string; mirror: boolean }[];
  /** What is shaded: only where the reader presses, round each spot or along each line, off the spine. */
  patches: Capsule[];
  spots: Vec[];
  lines: [Vec, Vec][];
}

/** A patch's widest reach round its spot or line. */
const PATCH_RADIUS = 9;
/** How far a patch keeps off the midline (the spine). */
export const MIDLINE_GAP = 3;
/** Smaller than this, a patch round a spot would hide behind it (radius 4.5); a line's band can be narrower. */
const PATCH_MIN = { spot: 5.5, line: 3 };

/** Inside the body map's outline, either side. */
export function onBody([x, y]: Vec): boolean {
  return SILHOUETTE.some(
    (shape) => pointInPath([x, y], shape.d) || (shape.mirror === true && pointInPath([-x, y], shape.d)),
  );
}

/** Points round a capsule's outline, for checking it against the body and the midline. */
export function patchOutline({ a, b, ra }: Capsule): Vec[] {
  const points: Vec[] = [];
  for (let step = 0; step <= 8; step++) {
    const centre = lerp(a, b, step / 8);
    for (let turn = 0; turn < 16; turn++) points.push(add(centre, scale(direction(turn * 22.5), ra)));
  }
  return points;
}

/**
 * The widest patch round a..b that stays on the body and on its own side of the midline, or
 * none where only the spot itself fits (near the edge of the head or the foot).
 */
function patch(a: Vec, b: Vec, least: number): Capsule[] {
  const sign = Math.sign(a[0]) || 1;
  const fits = (r: number) =>
    patchOutline({ a, b, ra: r, rb: r }).every(([x, y]) => x * sign >= MIDLINE_GAP && onBody([x, y]));
  for (let r = PATCH_RADIUS; r >= least; r -= 0.5) if (fits(r)) return [{ a, b, ra: r, rb: r }];
  return [];
}

/**
 * Areas too plain to recognise alone: the close-up also frames a neighbour, unshaded, so a calf
 * is seen as a leg with its knee and foot rather than as a lone shape.
 */
const FRAMED_WITH: Readonly<Record<string, readonly string[]>> = { calves: ['feet', 'hamstrings'] };

/** How far into a neighbour the frame reaches, in body-map units: enough to show the joint between them. */
const NEIGHBOUR_REACH = 22;

/** The landmarks the close-up marks: the line's ends, the spots, or the contact. */
export function markedLandmarks(spec: PictureSpec): LandmarkId[] {
  return spec.line ?? spec.spots ?? [spec.contact];
}

/** Which way the close-up shows the body: the view of its first mark. Cheap, unlike the close-up itself. */
export function closeUpView(spec: PictureSpec): CloseUp['view'] {
  return landmark(markedLandmarks(spec)[0] ?? spec.contact).map.view;
}

export function closeUp(spec: PictureSpec): CloseUp {
  const marks = markedLandmarks(spec).map(landmark);
  const view = closeUpView(spec);
  const signs = spec.side === 'both' ? [-1, 1] : [sideSign(spec.side, view)];
  const place = (id: LandmarkId, sign: number): Vec => {
    const { x, y } = landmark(id).map;
    return [sign * x, y];
  };
  const areas = new Set<string>(marks.map((mark) => mark.area));
  // A mirrored shape is drawn at negative x; its mirror image is the other side.
  const shapesOf = (wanted: ReadonlySet<string>) =>
    REGIONS.filter((region) => wanted.has(region.area))
      .flatMap((region) => region.shapes.filter((shape) => shape.view === view))
      .flatMap((shape) =>
        shape.mirror ? signs.map((sign) => ({ d: shape.d, mirror: sign > 0 })) : [{ d: shape.d, mirror: false }],
      );
  const regions = shapesOf(areas);
  const spots = spec.line ? [] : signs.flatMap((sign) => markedLandmarks(spec).map((id) => place(id, sign)));
  const line = spec.line;
  const lines = line ? signs.map((sign): [Vec, Vec] => [place(line[0], sign), place(line[1], sign)]) : [];
  const patches = [
    ...spots.map((spot) => patch(spot, spot, PATCH_MIN.spot)),
    ...lines.map(([from, to]) => patch(from, to, PATCH_MIN.line)),
  ].flat();
  const shapePoints = (shape: { d: string; mirror: boolean }) =>
    pathPoints(shape.d).map(([x, y]): Vec => [shape.mirror ? -x : x, y]);
  const points = [...regions.flatMap(shapePoints), ...spots, ...lines.flat()];
  const [top, bottom] = [Math.min(...points.map(([, y]) => y)), Math.max(...points.map(([, y]) => y))];
  const neighbours = new Set([...areas].flatMap((area) => FRAMED_WITH[area] ?? []));
  const context = shapesOf(neighbours)
    .flatMap(shapePoints)
    .filter(([, y]) => y > top - NEIGHBOUR_REACH && y < bottom + NEIGHBOUR_REACH);
  return { view, box: frame([...points, ...context]), regions, patches, spots, lines };
}

/** The points' bounds with a margin, widened to the close-up's aspect ratio and at least 70 units across. */
function frame(points: Vec[]): CloseUp['box'] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const margin = 10;
  const [left, right, top, bottom] = [
    Math.min(...xs) - margin,
    Math.max(...xs) + margin,
    Math.min(...ys) - margin,
    Math.max(...ys) + margin,
  ];
  let [w, h] = [Math.max(right - left, 70), Math.max(bottom - top, 70 / CLOSE_UP_ASPECT)];
  if (w / h > CLOSE_UP_ASPECT) h = w / CLOSE_UP_ASPECT;
  else w = h * CLOSE_UP_ASPECT;
  const [x0, y0] = [(left + right - w) / 2, (top + bottom - h) / 2];
  return { x: Math.round(x0), y: Math.round(y0), w: Math.round(w), h: Math.round(h) };
}
