/**
 * The position picture as shapes, whatever the view: body layers (each drawn
 * with one outline round its union), the tool, the supports and the arrows,
 * all in figure units. svg.ts writes them; tests read them.
 */
import { headRollArrow, roundArrow, straightArrow } from './arrows';
import { HEAD, NECK, SEAT_Y, solveFront, TRUNK, type FrontScene } from './front-scene';
import { frontPoint } from './front-scene';
import { landmark, type LandmarkId } from './landmarks';
import { fmt } from './vec';
import { POSES } from './poses';
import { bodyDistance, solveSide, toolSkip, type SideScene } from './side-scene';
import { LAYERS } from './skeleton';
import type { PictureSpec } from './spec';
import { add, lerp, scale, sub, turn, unit, type Capsule, type Vec } from './vec';

/** A body part: a capsule, or a fixed path (the front view's trunk). `tool` marks a working hand. */
export type Part = { capsule: Capsule; tool?: boolean } | { d: string; tool?: boolean };

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

export function drawPosition(spec: PictureSpec): Drawing {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? sideDrawing(solveSide(pose, spec), spec) : frontDrawing(solveFront(pose, spec), spec);
}

function boundsOf(points: Vec[], pad: number): Drawing['bounds'] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad];
}

const capsuleCorners = ({ a, b, ra, rb }: Capsule): Vec[] => [
  [a[0] - ra, a[1] - ra],
  [a[0] + ra, a[1] + ra],
  [b[0] - rb, b[1] - rb],
  [b[0] + rb, b[1] + rb],
];

function sideDrawing(scene: SideScene, spec: PictureSpec): Drawing {
  const { skeleton, tool, holding } = scene;
  const working = new Set(holding.map((arm) => `${arm}Hand`));
  const layers = LAYERS.map((names) => names.map((name) => ({ capsule: skeleton[name], tool: working.has(name) })));
  const all = Object.values(skeleton);
  const top = Math.min(...all.map((c) => Math.min(c.a[1] - c.ra, c.b[1] - c.rb)));
  const supports: string[] = [];
  const surfaces: string[] = [];
  const points: Vec[] = all.flatMap(capsuleCorners);
  if (scene.wall) {
    const x = scene.wall.x;
    // The wall's face runs off the picture to the left and above the head: a wall, not a post.
    surfaces.push(`M${fmt(x - 60)} ${fmt(top - 60)}H${fmt(x)}V0H${fmt(x - 60)}Z`);
    points.push([x - 6, top - 4]);
  }
  if (scene.chair) {
    const { seatY, front, back, backX } = scene.chair;
    const s = fmt;
    supports.push(`M${s(back)} ${s(seatY)}H${s(front)}M${s(front - 3)} ${s(seatY)}V0M${s(back + 3)} ${s(seatY)}V0M${s(backX)} ${s(seatY)}V${s(seatY - 44)}`);
    points.push([back, seatY], [front, seatY], [backX, seatY - 44]);
  }
  if (scene.table) {
    const { topY, from, to } = scene.table;
    const s = fmt;
    surfaces.push(`M${s(from)} ${s(topY)}H${s(to)}V${s(topY + 4)}H${s(from)}Z`);
    supports.push(`M${s(to - 6)} ${s(topY + 4)}V0`);
    points.push([from, topY], [to, topY]);
  }
  points.push([tool.center[0] - tool.r, tool.center[1] - tool.r], [tool.center[0] + tool.r, tool.center[1] + tool.r]);
  const arrows = sideArrows(scene, spec);
  return {
    layers,
    ...(working.size ? {} : { tool: { center: tool.center, r: tool.r, kind: spec.tool } }),
    supports,
    surfaces,
    arrows,
    bounds: boundsOf(points, 8),
    scene: { kind: 'side', side: scene },
  };
}

/** A landmark's point on the centre line of its side-view segment, if it has one. */
function sidePoint(skeleton: SideScene['skeleton'], id: LandmarkId): Vec | undefined {
  const place = landmark(id).onSide;
  return place && lerp(skeleton[place.segment].a, skeleton[place.segment].b, place.t);
}

/** Arrows for a side view sit on the far side of the body from the tool, so they never hide it. */
function sideArrows({ skeleton, tool, holding }: SideScene, spec: PictureSpec): string[] {
  const skip = toolSkip(spec, holding);
  let through = 0;
  while (bodyDistance(skeleton, add(tool.contact, scale(tool.normal, -through - 0.5)), skip) < 0 && through < 60) through += 0.5;
  const exit = add(tool.contact, scale(tool.normal, -through));
  // Rolling and stroking follow the body's surface where the tool touches it.
  const along = turn(tool.normal, 90);
  const beside = add(exit, scale(tool.normal, -7));
  switch (spec.movement) {
    case 'lean-in':
      return [straightArrow(add(exit, scale(tool.normal, -20)), add(exit, scale(tool.normal, -5)))];
    case 'roll-up-down':
    case 'roll-back-forth':
      return [straightArrow(add(beside, scale(along, -11)), add(beside, scale(along, 11)), true)];
    case 'drag-line':
    case 'squeeze-along': {
      const ends = spec.line?.map((id) => sidePoint(skeleton, id));
      const way = ends?.[0] && ends[1] ? unit(sub(ends[1], ends[0])) : along;
      return [straightArrow(add(beside, scale(way, -10)), add(beside, scale(way, 10)))];
    }
    case 'circle':
      return [roundArrow(tool.center, tool.r + 4)];
    default:
      return [];
  }
}

function frontDrawing(scene: FrontScene, spec: PictureSpec): Drawing {
  const arm = (a: FrontScene['arms'][number]): Part[] => [
    { capsule: a.upper },
    { capsule: a.fore },
    { capsule: a.hand, tool: a.working },
  ];
  const [right, left] = scene.arms;
  const resting = scene.arms.filter((a) => !a.working).flatMap(arm);
  const layers: Part[][] = [[...resting, { d: TRUNK }, { capsule: NECK }, { capsule: HEAD }], ...scene.arms.filter((a) => a.working).map(arm)];
  const points: Vec[] = [...[right, left].flatMap((a) => [a.upper, a.fore, a.hand].flatMap(capsuleCorners)), [-22, -78], [22, SEAT_Y + 4]];
  const supports = [`M-26 ${SEAT_Y}H26M-22 ${SEAT_Y}V${SEAT_Y + 12}M22 ${SEAT_Y}V${SEAT_Y + 12}`];
  const surfaces: string[] = [];
  if (scene.table) {
    const y = scene.table.topY;
    surfaces.push(`M-48 ${fmt(y)}H48V${fmt(y + 5)}H-48Z`);
    points.push([-48, y + 5], [48, y]);
  }
  return { layers, supports, surfaces, arrows: frontArrows(scene, spec), bounds: boundsOf(points, 6), scene: { kind: 'front', front: scene } };
}

function frontArrows(scene: FrontScene, spec: PictureSpec): string[] {
  if (spec.movement === 'head-roll') return [headRollArrow(lerp(HEAD.a, HEAD.b, 0.5), 17)];
  return scene.targets.flatMap((target) => {
    const sign = Math.sign(target[0]) || 1;
    const outside: Vec = [sign * 11, 0];
    if (spec.movement === 'circle') return [roundArrow(add(target, [sign * 10, 0]), 4)];
    if ((spec.movement === 'drag-line' || spec.movement === 'squeeze-along') && spec.line) {
      const [from, to] = spec.line.map((id) => frontPoint(landmark(id), sign)) as [Vec, Vec];
      return [straightArrow(add(from, outside), add(to, outside))];
    }
    return [];
  });
}
