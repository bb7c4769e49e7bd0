/** The front or back view as a drawing: the seated body, working arms in front, seat, table and arrows. */
import { headRollArrow, roundArrow, straightArrow } from './arrows';
import { boundsOf, capsuleCorners, type Drawing, type Part } from './drawing';
import { frontPoint, HEAD, NECK, SEAT_Y, TRUNK, type FrontScene } from './front-scene';
import { landmark } from './landmarks';
import type { PictureSpec } from './spec';
import { add, fmt, lerp, type Vec } from './vec';

/** Ears on the sides of the head, and a hairline: across the forehead from the front, at the nape from behind. */
const EARS: Part[] = [-1, 1].map((sign) => ({
  capsule: { a: [sign * 7.6, -66.5], b: [sign * 7.6, -62.5], ra: 1.9, rb: 1.6 },
}));
const HAIRLINE = { front: 'M-6.6 -70.8Q0 -74.2 6.6 -70.8', back: 'M-6.8 -59.6Q0 -57.4 6.8 -59.6' } as const;

export function frontDrawing(scene: FrontScene, spec: PictureSpec): Drawing {
  const arm = (a: FrontScene['arms'][number]): Part[] => [
    { capsule: a.upper },
    { capsule: a.fore },
    { capsule: a.hand, tool: a.working },
  ];
  const [right, left] = scene.arms;
  const resting = scene.arms.filter((a) => !a.working).flatMap(arm);
  const layers: Part[][] = [
    [...resting, { d: TRUNK }, { capsule: NECK }, ...EARS, { capsule: HEAD }, { line: HAIRLINE[scene.view] }],
    ...scene.arms.filter((a) => a.working).map(arm),
  ];
  const points: Vec[] = [
    ...[right, left].flatMap((a) => [a.upper, a.fore, a.hand].flatMap(capsuleCorners)),
    [-22, -78],
    [22, SEAT_Y + 4],
  ];
  const supports = [`M-26 ${SEAT_Y}H26M-22 ${SEAT_Y}V${SEAT_Y + 12}M22 ${SEAT_Y}V${SEAT_Y + 12}`];
  const surfaces: string[] = [];
  if (scene.table) {
    const y = scene.table.topY;
    surfaces.push(`M-48 ${fmt(y)}H48V${fmt(y + 5)}H-48Z`);
    points.push([-48, y + 5], [48, y]);
  }
  return {
    layers,
    supports,
    surfaces,
    arrows: frontArrows(scene, spec),
    bounds: boundsOf(points, 6),
    scene: { kind: 'front', front: scene },
  };
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
