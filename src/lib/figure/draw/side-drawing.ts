/** The side view as a drawing: body layers, the ball or roller, wall, chair or table, floor and arrows. */
import { headRollArrow, roundArrow, straightArrow } from './arrows';
import { boundsOf, capsuleCorners, type Drawing, type Part } from './drawing';
import { landmark, type LandmarkId } from '../pose/landmarks';
import { bodyDistance, toolSkip, type SideScene } from '../solve/side-trial';
import { POSES } from '../pose/poses';
import { LAYERS, type Segment } from '../pose/skeleton';
import type { PictureSpec } from '../picture-spec';
import { add, fmt, lerp, scale, sub, turn, unit, type Capsule, type Vec } from '../vec';

/** A small nose on the face side of the head, so a side view shows which way the person faces. */
function nose(head: Capsule): Capsule {
  const along = unit(sub(head.b, head.a));
  const face = turn(along, -90);
  const root = add(lerp(head.a, head.b, 0.35), scale(face, 7.4));
  return { a: root, b: add(root, scale(unit(add(face, scale(along, -0.5))), 2.6)), ra: 1.9, rb: 1.5 };
}

export function sideDrawing(scene: SideScene, spec: PictureSpec): Drawing {
  const { skeleton, tool, holding } = scene;
  const working = new Set(holding.map((arm) => `${arm}Hand`));
  // A crossed foot rests on the other knee in front of the hand that holds it: its sole faces away.
  const crossed = POSES[spec.pose].view === 'side' && 'crossedAnkle' in POSES[spec.pose];
  const order = crossed
    ? [...LAYERS.map((names) => names.filter((name) => name !== 'nearFoot')), ['nearFoot' as const]]
    : LAYERS;
  const layers: Part[][] = order.map((names) =>
    names.map((name) => ({ capsule: skeleton[name], tool: working.has(name) })),
  );
  layers[1]?.push({ capsule: nose(skeleton.head) });
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
    supports.push(
      `M${s(back)} ${s(seatY)}H${s(front)}M${s(front - 3)} ${s(seatY)}V0M${s(back + 3)} ${s(seatY)}V0M${s(backX)} ${s(seatY)}V${s(seatY - 44)}`,
    );
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

/** Where a line from `start` going `way` leaves the body: arrows start beyond it. */
function throughBody(skeleton: SideScene['skeleton'], start: Vec, way: Vec, skip: readonly Segment[]): Vec {
  let through = 0;
  while (bodyDistance(skeleton, add(start, scale(way, through + 0.5)), skip) < 0 && through < 60) through += 0.5;
  return add(start, scale(way, through));
}

/** Arrows for a side view sit on the far side of the body from the tool, so they never hide it. */
function sideArrows({ skeleton, tool, holding }: SideScene, spec: PictureSpec): string[] {
  const skip = toolSkip(spec, holding);
  const exit = throughBody(skeleton, tool.contact, scale(tool.normal, -1), skip);
  // Rolling and stroking follow the body's surface where the tool touches it.
  const along = turn(tool.normal, 90);
  const beside = add(exit, scale(tool.normal, -7));
  switch (spec.movement) {
    case 'lean-in': {
      // Leaning goes straight at the support: back into a wall or chair, down onto the floor or a table.
      const back =
        spec.support === 'wall' || (spec.support === 'chair' && landmark(spec.contact).onSide?.segment === 'torso');
      const toward: Vec = back ? [-1, 0] : [0, 1];
      const from = throughBody(skeleton, tool.contact, scale(toward, -1), skip);
      return [straightArrow(add(from, scale(toward, -20)), add(from, scale(toward, -5)))];
    }
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
    case 'head-turn':
      // Turning the head side to side: an arc over the face, heads at both ends.
      return [headRollArrow(lerp(skeleton.head.a, skeleton.head.b, 0.5), 14)];
    default:
      return [];
  }
}
