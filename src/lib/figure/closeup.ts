/**
 * The close-up "where to press": a zoomed part of the body map (src/lib/body-map.ts)
 * with the areas of the marked landmarks filled and the spot or the line drawn
 * on the side the technique works. Numbers only; svg.ts writes the markup.
 */
import { pathPoints, REGIONS } from '../body-map';
import { sideSign } from './front-scene';
import { landmark, type LandmarkId } from './landmarks';
import type { PictureSpec } from './spec';
import type { Vec } from './vec';

export const CLOSE_UP_ASPECT = 8 / 9;

export interface CloseUp {
  view: 'front' | 'back';
  box: { x: number; y: number; w: number; h: number };
  /** The highlighted regions' shapes on this view, on the worked side only. */
  regions: { d: string; mirror: boolean }[];
  spots: Vec[];
  lines: [Vec, Vec][];
}

/** The landmarks the close-up marks: the line's ends, the spots, or the contact. */
export function markedLandmarks(spec: PictureSpec): LandmarkId[] {
  return spec.line ?? spec.spots ?? [spec.contact];
}

export function closeUp(spec: PictureSpec): CloseUp {
  const marks = markedLandmarks(spec).map(landmark);
  const view = marks[0]?.map.view ?? 'back';
  const signs = spec.side === 'both' ? [-1, 1] : [sideSign(spec.side, view)];
  const place = (id: LandmarkId, sign: number): Vec => {
    const { x, y } = landmark(id).map;
    return [sign * x, y];
  };
  const areas = new Set(marks.map((mark) => mark.area));
  // A mirrored shape is drawn at negative x; its mirror image is the other side.
  const regions = REGIONS.filter((region) => areas.has(region.area))
    .flatMap((region) => region.shapes.filter((shape) => shape.view === view))
    .flatMap((shape) =>
      shape.mirror ? signs.map((sign) => ({ d: shape.d, mirror: sign > 0 })) : [{ d: shape.d, mirror: false }],
    );
  const spots = spec.line ? [] : signs.flatMap((sign) => markedLandmarks(spec).map((id) => place(id, sign)));
  const line = spec.line;
  const lines = line ? signs.map((sign): [Vec, Vec] => [place(line[0], sign), place(line[1], sign)]) : [];
  const points = [
    ...regions.flatMap((shape) => pathPoints(shape.d).map(([x, y]): Vec => [shape.mirror ? -x : x, y])),
    ...spots,
    ...lines.flat(),
  ];
  return { view, box: frame(points), regions, spots, lines };
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
