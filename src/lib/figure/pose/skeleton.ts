/**
 * The side-view skeleton: a few joints joined by segments of fixed length, and
 * the body shape round each segment. A pose gives every segment an angle; the
 * lengths never change, so every pose keeps human proportions (head about
 * 1/7.3 of standing height). "Near" limbs are on the viewer's side and drawn
 * last; "far" limbs are behind the body.
 */
import { add, direction, scale, type Capsule, type Vec } from '../vec';

export const SEGMENTS = [
  'torso',
  'neck',
  'head',
  'farUpperArm',
  'farForearm',
  'farHand',
  'nearUpperArm',
  'nearForearm',
  'nearHand',
  'farThigh',
  'farShin',
  'farFoot',
  'nearThigh',
  'nearShin',
  'nearFoot',
] as const;
export type Segment = (typeof SEGMENTS)[number];

interface SegmentSpec {
  /** The segment it hangs from, and how far along that one it starts (1 = its end). */
  parent?: Segment;
  at?: number;
  length: number;
  /** Half-width at the start and the end: the body's shape. */
  ra: number;
  rb: number;
  /** +1 when its back (posterior) is to the left of its direction when upright, -1 for hanging limbs. */
  back: 1 | -1;
}

const arm = (upper: Segment, fore: Segment): Record<string, SegmentSpec> => ({
  [upper]: { parent: 'torso', at: 0.9, length: 29, ra: 4.6, rb: 3.9, back: -1 },
  [fore]: { parent: upper, length: 25, ra: 3.7, rb: 2.8, back: -1 },
});

export const SPECS = {
  torso: { length: 52, ra: 11.5, rb: 10.5, back: 1 },
  neck: { parent: 'torso', length: 9, ra: 5.2, rb: 5, back: 1 },
  head: { parent: 'neck', length: 6, ra: 7.5, rb: 9.5, back: 1 },
  ...arm('farUpperArm', 'farForearm'),
  farHand: { parent: 'farForearm', length: 7, ra: 2.8, rb: 2.4, back: -1 },
  ...arm('nearUpperArm', 'nearForearm'),
  nearHand: { parent: 'nearForearm', length: 7, ra: 2.8, rb: 2.4, back: -1 },
  farThigh: { length: 44, ra: 8, rb: 5.4, back: -1 },
  farShin: { parent: 'farThigh', length: 43, ra: 5.2, rb: 3.8, back: -1 },
  farFoot: { parent: 'farShin', length: 17, ra: 4.2, rb: 2.4, back: -1 },
  nearThigh: { length: 44, ra: 8, rb: 5.4, back: -1 },
  nearShin: { parent: 'nearThigh', length: 43, ra: 5.2, rb: 3.8, back: -1 },
  nearFoot: { parent: 'nearShin', length: 17, ra: 4.2, rb: 2.4, back: -1 },
} as Record<Segment, SegmentSpec>;

/** A pose: the angle of every segment in degrees (0 forward, 90 up, -90 down). */
export type Angles = Record<Segment, number>;

export type Skeleton = Record<Segment, Capsule & { angle: number }>;

/** The joints and shapes of a pose, with the hip joint at `hip`. Parents come before children in SEGMENTS. */
export function buildSkeleton(angles: Angles, hip: Vec = [0, 0]): Skeleton {
  const built = {} as Skeleton;
  for (const name of SEGMENTS) {
    const spec = SPECS[name];
    const parent = spec.parent ? built[spec.parent] : undefined;
    const start = parent ? add(parent.a, scale(add(parent.b, scale(parent.a, -1)), spec.at ?? 1)) : hip;
    const end = add(start, scale(direction(angles[name]), spec.length));
    built[name] = { a: start, b: end, ra: spec.ra, rb: spec.rb, angle: angles[name] };
  }
  return built;
}

/** Every shape of a skeleton moved by `offset`. */
export function moveSkeleton(skeleton: Skeleton, offset: Vec): Skeleton {
  const moved = {} as Skeleton;
  for (const name of SEGMENTS) {
    const shape = skeleton[name];
    moved[name] = { ...shape, a: add(shape.a, offset), b: add(shape.b, offset) };
  }
  return moved;
}

/** Drawing order: far limbs behind the body, near limbs in front. */
export const LAYERS: readonly (readonly Segment[])[] = [
  ['farUpperArm', 'farForearm', 'farHand', 'farThigh', 'farShin', 'farFoot'],
  ['nearThigh', 'nearShin', 'nearFoot', 'torso', 'neck', 'head'],
  ['nearUpperArm', 'nearForearm', 'nearHand'],
];
