/**
 * The body map's drawing: one figure seen from the front and from the back, and
 * the shape of each of the eleven areas on it. Coordinates are SVG user units on a
 * figure centred on x = 0, head at the top (y ≈ 5) and feet at the bottom (y ≈ 408).
 * Shapes marked `mirror` are drawn on the figure's left and mirrored to its right.
 * Paths use absolute M, L, C, Q and Z only, the commands src/lib/svg-path.ts reads.
 * On the chooser each area also has invisible hit areas (`pads`), so that even the neck,
 * the jaw and the feet are at least 44 px square to a finger on a 390 px phone.
 */
import type { AreaId } from './areas';
import { compactPath } from './svg-path';

export type View = 'front' | 'back';

export interface Shape {
  view: View;
  d: string;
  mirror?: boolean;
}

/**
 * An invisible rectangle that a tap on the chooser's map also counts as the area's: x is
 * from the view's centre line, y from the top, as for shapes; `mirror` adds its mirror image.
 */
export interface Pad {
  view: View;
  x: number;
  y: number;
  width: number;
  height: number;
  mirror?: boolean;
}

export interface Region {
  area: AreaId;
  shapes: readonly Shape[];
  /**
   * Hit areas beyond the shapes, where a shape is smaller than a fingertip. They never
   * overlap each other, and never cover an earlier area's shape: a later area's shape is
   * drawn over them, so a tap on any shape still opens that shape's own area.
   */
  pads?: readonly Pad[];
}

/** Where each view's figure is centred (its caption is in each language's words: src/i18n/<lang>/pictures.ts). */
export const VIEWS: readonly { view: View; x: number }[] = [
  { view: 'front', x: 90 },
  { view: 'back', x: 270 },
];

/** The drawing's size: FIGURE_HEIGHT holds the figures; the labels sit below them. */
export const MAP_WIDTH = 360;
export const FIGURE_HEIGHT = 412;
export const MAP_HEIGHT = 456;

const HEAD =
  'M -25 36 C -25 18.9 -13.8 5 0 5 C 13.8 5 25 18.9 25 36 C 25 53.1 13.8 67 0 67 C -13.8 67 -25 53.1 -25 36 Z';
const NECK = 'M -10.5 63 Q 0 70 10.5 63 L 13 85 L 14 90 L -14 90 L -13 85 Z';
const ARM =
  'M -58 116 C -62 140 -66 165 -67 188 C -69 212 -73 236 -76 256 L -64 258 C -62 236 -58 212 -54 190 C -51 168 -47 146 -45 128 Z';
const FOOT = 'M -28 383 L -15 383 C -13 391 -11 399 -14 404 C -19 408 -31 407 -34 402 C -35 395 -31 389 -28 383 Z';
const SHOULDER_TOP = 'M -14 88 C -26 90 -40 92 -49 98 C -56 103 -58.5 109 -58 116 L -45 128';

/** The whole figure, the same from both sides; regions are drawn on top of it. */
export const SILHOUETTE: readonly Omit<Shape, 'view'>[] = [
  { d: HEAD },
  { d: 'M -11 60 L 11 60 L 14 90 L -14 90 Z' },
  {
    d: `${SHOULDER_TOP} C -43 150 -37 172 -36 192 C -36 206 -41 220 -44 234 L -44 252 L 44 252 L 44 234 C 41 220 36 206 36 192 C 37 172 43 150 45 128 L 58 116 C 58.5 109 56 103 49 98 C 40 92 26 90 14 88 Z`,
  },
  { d: ARM, mirror: true },
  { d: 'M -76 254 C -80 262 -82 272 -80 282 C -78 290 -70 292 -67 286 C -64 278 -64 266 -64 256 Z', mirror: true },
  {
    d: 'M -44 240 C -47 270 -44 300 -38 324 C -36 332 -37 338 -38 346 C -40 358 -36 372 -28 386 L -15 386 C -14 372 -11 358 -11 346 C -11 338 -12 332 -11 324 C -8 300 -4 278 -2 256 L 0 240 Z',
    mirror: true,
  },
  { d: FOOT, mirror: true },
];

/** The eleven areas, top to bottom: the order a keyboard moves through the map's links. */
export const REGIONS: readonly Region[] = [
  {
    area: 'head',
    shapes: [
      {
        view: 'front',
        d: 'M -25 36 C -25 18.9 -13.8 5 0 5 C 13.8 5 25 18.9 25 36 C 25 39.5 24.6 42.8 23.8 46 Q 0 52 -23.8 46 C -24.6 42.8 -25 39.5 -25 36 Z',
      },
      { view: 'back', d: HEAD },
    ],
    pads: [{ view: 'front', x: -25, y: 0, width: 50, height: 46 }],
  },
  {
    area: 'jaw',
    shapes: [{ view: 'front', d: 'M -23.8 46 Q 0 52 23.8 46 C 21.5 56 12.5 67 0 67 C -12.5 67 -21.5 56 -23.8 46 Z' }],
    // Beside the face, where the jaw joint sits in front of the ear.
    pads: [{ view: 'front', x: -72, y: 30, width: 47, height: 46, mirror: true }],
  },
  {
    area: 'neck',
    shapes: [
      { view: 'front', d: NECK },
      { view: 'back', d: NECK },
    ],
    // Beside the neck down to the shoulders; on the back, where no jaw is, up beside the head.
    pads: [
      { view: 'front', x: -25, y: 67, width: 50, height: 21 },
      { view: 'back', x: -26, y: 67, width: 52, height: 21 },
      { view: 'back', x: -72, y: 42, width: 46, height: 46, mirror: true },
    ],
  },
  {
    area: 'shoulders',
    shapes: [
      { view: 'front', d: `${SHOULDER_TOP} C -44 114 -40 106 -33 102 C -26 99 -19 97 -14 96 Z`, mirror: true },
      {
        view: 'back',
        d: `${SHOULDER_TOP} C -44 140 -42 152 -40 162 Q 0 170 40 162 C 42 152 44 140 45 128 L 58 116 C 58.5 109 56 103 49 98 C 40 92 26 90 14 88 Z`,
      },
    ],
    // On the front, above and beside each shoulder, between the jaw's pad and the upper arm's.
    pads: [{ view: 'front', x: -72, y: 76, width: 47, height: 46, mirror: true }],
  },
  {
    area: 'arms',
    shapes: [
      { view: 'front', d: ARM, mirror: true },
      { view: 'back', d: ARM, mirror: true },
    ],
    // The upper arm, clear of the shoulder blade on the back; then the forearm to the wrist.
    pads: (['front', 'back'] as const).flatMap((view) => [
      { view, x: -90, y: 128, width: 45, height: 34, mirror: true },
      { view, x: -86, y: 162, width: 46, height: 104, mirror: true },
    ]),
  },
  {
    area: 'lower-back',
    shapes: [
      {
        view: 'back',
        d: 'M -38 178 Q 0 186 38 178 C 36.5 186 36 192 36 196 C 36 202 37 207 38 211 Q 0 219 -38 211 C -37 207 -36 202 -36 196 C -36 192 -36.5 186 -38 178 Z',
      },
    ],
    // From just under the shoulder blades to just over the hips.
    pads: [{ view: 'back', x: -38, y: 166.5, width: 76, height: 46 }],
  },
  {
    area: 'hips',
    shapes: [
      {
        view: 'front',
        d: 'M -38 208 Q 0 216 38 208 C 40 218 43 226 44 234 L 45 250 Q 0 266 -45 250 L -44 234 C -43 226 -40 218 -38 208 Z',
      },
      {
        view: 'back',
        d: 'M -38 211 Q 0 219 38 211 C 41 221 43.5 230 44 236 L 45 250 C 45 258 40 266 30 267 Q 14 268 1 262 L -1 262 Q -14 268 -30 267 C -40 266 -45 258 -45 250 L -44 236 C -43.5 230 -41 221 -38 211 Z',
      },
    ],
  },
  {
    area: 'quads',
    shapes: [
      {
        view: 'front',
        d: 'M -45 250 C -47 272 -44 300 -38 322 L -12 322 C -9 300 -5 280 -2 259 Q -22 259 -45 250 Z',
        mirror: true,
      },
    ],
    pads: [{ view: 'front', x: -48, y: 266, width: 47, height: 56, mirror: true }],
  },
  {
    area: 'hamstrings',
    shapes: [
      {
        view: 'back',
        d: 'M -45 252 C -45 259 -40 266 -30 267 Q -14 268 -1 262 C -4 282 -8 302 -11 322 L -38 322 C -44 300 -46.5 274 -45 252 Z',
        mirror: true,
      },
    ],
    pads: [{ view: 'back', x: -48, y: 268, width: 47, height: 54, mirror: true }],
  },
  {
    area: 'calves',
    shapes: [
      {
        view: 'back',
        d: 'M -37.5 341 C -39.5 354 -36.5 370 -29 383 L -15 383 C -13.5 370 -11 354 -11 341 Z',
        mirror: true,
      },
    ],
    pads: [{ view: 'back', x: -46, y: 322, width: 46, height: 61, mirror: true }],
  },
  {
    area: 'feet',
    shapes: [
      { view: 'front', d: FOOT, mirror: true },
      { view: 'back', d: FOOT, mirror: true },
    ],
    // On the front round the foot and ankle; on the back below the calf, so under the foot.
    pads: [
      { view: 'front', x: -46, y: 372, width: 46, height: 46, mirror: true },
      { view: 'back', x: -46, y: 383, width: 46, height: 46, mirror: true },
    ],
  },
];

/** A shape ready for SVG: its path and the transform that puts it on its view. */
export interface PlacedShape {
  d: string;
  transform: string;
}

/** Each shape on its view, with its mirror image where it has one. */
export function placeShapes(shapes: readonly Shape[]): PlacedShape[] {
  return shapes.flatMap(({ view, d, mirror }) => {
    const x = VIEWS.find((candidate) => candidate.view === view)?.x ?? 0;
    const placed = [{ d: compactPath(d), transform: `translate(${x} 0)` }];
    return mirror ? [...placed, { d: compactPath(d), transform: `translate(${x} 0) scale(-1 1)` }] : placed;
  });
}

/** A pad as an SVG rectangle, with its mirror image where it has one. */
export interface PlacedPad {
  x: number;
  y: number;
  width: number;
  height: number;
  transform: string;
}

/** Each pad on its view, as placeShapes places shapes. */
export function placePads(pads: readonly Pad[]): PlacedPad[] {
  return pads.flatMap(({ view, x, y, width, height, mirror }) => {
    const centre = VIEWS.find((candidate) => candidate.view === view)?.x ?? 0;
    const placed = { x, y, width, height, transform: `translate(${centre} 0)` };
    return mirror ? [placed, { ...placed, transform: `translate(${centre} 0) scale(-1 1)` }] : [placed];
  });
}

/** The silhouette once, centred on x = 0, with mirrored shapes flipped; each view reuses it. */
export function silhouettePaths(): { d: string; transform?: string }[] {
  return SILHOUETTE.flatMap(({ d: readable, mirror }) => {
    const d = compactPath(readable);
    return mirror ? [{ d }, { d, transform: 'scale(-1 1)' }] : [{ d }];
  });
}
