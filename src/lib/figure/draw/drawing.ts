/**
 * The position picture as shapes, whatever the view: body layers (each drawn
 * with one outline round its union), the tool, the supports and the arrows,
 * all in figure units. markup.ts writes them; tests read them.
 */
import type { FrontScene } from '../solve/front-solver';
import type { SideScene } from '../solve/side-trial';
import type { PictureSpec } from '../picture-spec';
import type { Capsule, Vec } from '../vec';

/**
 * A body part: a capsule, or a fixed path (the front view's trunk). `tool` marks a working hand.
 * A `line` is a detail drawn inside the outline, such as a hairline; `hair` fills it as hair.
 */
export type Part =
  { capsule: Capsule; tool?: boolean } | { d: string; tool?: boolean } | { line: string; hair?: boolean };

export interface Drawing {
  layers: Part[][];
  /** Object tools: a ball or roller, seen end on. */
  tool?: { center: Vec; r: number; kind: PictureSpec['tool'] };
  /** Support outlines (wall, chair, table, seat) and the floor, as path data. */
  supports: string[];
  /** A filled surface: the wall's face or the table top, as path data. */
  surfaces: string[];
  arrows: string[];
  /** What the picture must show: its bounds before framing. */
  bounds: [number, number, number, number];
  scene: { kind: 'side'; side: SideScene } | { kind: 'front'; front: FrontScene };
}

export function boundsOf(points: Vec[], pad: number): Drawing['bounds'] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

export const capsuleCorners = ({ a, b, ra, rb }: Capsule): Vec[] => [
  [a[0] - ra, a[1] - ra],
  [a[0] + ra, a[1] + ra],
  [b[0] - rb, b[1] - rb],
  [b[0] + rb, b[1] + rb],
];
