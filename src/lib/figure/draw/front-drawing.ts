/** The front or back view as a drawing: the seated body, working arms in front, seat, table and arrows. */
import { headRollArrow, roundArrow, straightArrow } from './arrows';
import { boundsOf, capsuleCorners, type Drawing, type Part } from './drawing';
import { frontPoint, HEAD, NECK, SEAT_Y, TRUNK, type FrontScene } from '../solve/front-solver';
import { landmark } from '../pose/landmarks';
import type { PictureSpec } from '../picture-spec';
import { add, fmt, lerp, type Vec } from '../vec';

/** Ears on the sides of the head, seen from the front and from behind alike. */
const EARS: Part[] = [-1, 1].map((sign) => ({
  capsule: { a: [sign * 7.6, -66.5], b: [sign * 7.6, -62.5], ra: 1.9, rb: 1.6 },
}));

/**
 * Which way the person faces. From the front: a hairline, the eye line and a nose. From behind:
 * the hair over the back of the head down to the nape, and the spine's line down the back.
 */
const FACE: Record<FrontScene['view'], Part[]> = {
  front: [
    {
      line: 'M-6.6 -70.8Q0 -74.2 6.6 -70.8M-4.4 -66.2H-1.9M1.9 -66.2H4.4M0 -65.6L-0.9 -62.4H0.6M-2 -59.6Q0 -58.6 2 -59.6',
    },
  ],
  back: [
    {
      line: 'M-7.6 -61.5V-68.5A7.6 7.6 0 0 1 7.6 -68.5V-61.5Q7.2 -60.2 6.8 -59.6Q0 -57.4 -6.8 -59.6Q-7.2 -60.2 -7.6 -61.5Z',
      hair: true,
    },
    { line: 'M0 -48V-16' },
  ],
};

export function frontDrawing(scene: FrontScene, spec: PictureSpec): Drawing {
  const arm = (a: FrontScene['arms'][number]): Part[] => [
    { capsule: a.upper },
    { capsule: a.fore },
    { capsule: a.hand, tool: a.working },
  ];
  const [right, left] = scene.arms;
  // An arm in the lap lies in front of the trunk: drawn over it from the front, under it from behind.
  const overTrunk = scene.armInLap && scene.view === 'front';
  const resting = scene.arms.filter((a) => !a.working).flatMap(arm);
  const body: Part[] = [{ d: TRUNK }, { capsule: NECK }, ...EARS, { capsule: HEAD }, ...FACE[scene.view]];
  const layers: Part[][] = [
    overTrunk ? body : [...resting, ...body],
    ...(overTrunk ? [resting] : []),
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
      const [from, to] = spec.line.map((id) => frontPoint(landmark(id), sign, scene.armInLap)) as [Vec, Vec];
      return [straightArrow(add(from, outside), add(to, outside))];
    }
    return [];
  });
}
