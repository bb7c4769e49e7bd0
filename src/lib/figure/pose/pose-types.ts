/**
 * What a pose is made of: segment angles (0° forward, 90° up, -90° down),
 * the segment set on the floor first, and what the solver may turn so that
 * the tool rests on its support and the other feet and hands land.
 */
import type { Angles, Segment } from './skeleton';

/** What a ball or roller rests on under the body: the floor, or a chair's seat. */
export type ToolRest = 'floor' | 'seat';

/**
 * Turn `rotate` (each keeps its children's angles) until `until` (a segment or the tool) touches
 * the floor (the tool: the floor, or the seat if `on` says so); when the tool rests on something
 * else, until `orUntil` does, if given.
 */
export interface SolveStep {
  rotate: readonly Segment[];
  /** 'wall': lean no further back than keeps the body a little off the wall the tool sits on. */
  until: Segment | 'tool' | 'wall';
  orUntil?: Segment;
  /**
   * Only when the tool rests on this. A step whose `until` is the tool then sets it down on it:
   * with 'seat', a ball on the chair's seat, the limb above turned until it lies on the ball.
   */
  on?: ToolRest;
}

export interface SidePose {
  view: 'side';
  angles: Angles;
  /** Its lowest point is set on the floor first. */
  base: Segment;
  solve?: readonly SolveStep[];
  /** Both hands cradle the back of the head, elbows up. */
  handsBehindHead?: boolean;
  /** Arms whose hands go to the floor behind the body. */
  handsOnFloor?: readonly ('near' | 'far')[];
  /** Sitting on a chair (drawn under the hips). */
  chair?: boolean;
  /**
   * The near ankle rests on the far knee (a figure 4): the near thigh turns out toward the
   * viewer and the shin runs across the body, so each is drawn at this share of its length.
   */
  crossedAnkle?: CrossedLeg;
  /** The hips are lifted a little off the floor: the base is set HIP_LIFT above it. */
  hipsLifted?: boolean;
}

/** A crossed leg's segments as seen from the side: the share of each length that shows. */
export type CrossedLeg = Readonly<Partial<Record<'nearThigh' | 'nearShin' | 'nearFoot', number>>>;

/** How far lifted hips clear the floor, in figure units (about 1 cm). */
export const HIP_LIFT = 7;

export interface FrontPose {
  view: 'front' | 'back';
  /** Elbows rest on a table. */
  table?: boolean;
  /** The arm being worked on rests in the lap, forearm across the thigh. */
  armInLap?: boolean;
}

export type Pose = SidePose | FrontPose;

/** The upper body: turned together when a pose leans onto its tool. */
export const UPPER: readonly Segment[] = [
  'torso',
  'neck',
  'head',
  'nearUpperArm',
  'nearForearm',
  'nearHand',
  'farUpperArm',
  'farForearm',
  'farHand',
];
const ARMS_DOWN = {
  farUpperArm: -92,
  farForearm: -88,
  farHand: -90,
  nearUpperArm: -95,
  nearForearm: -88,
  nearHand: -90,
};
export const ARMS_ON_LAP = {
  farUpperArm: -75,
  farForearm: -5,
  farHand: -20,
  nearUpperArm: -80,
  nearForearm: -5,
  nearHand: -20,
};

export function angles(parts: Partial<Angles>): Angles {
  return {
    torso: 90,
    neck: 90,
    head: 86,
    ...ARMS_DOWN,
    farThigh: -90,
    farShin: -90,
    farFoot: -4,
    nearThigh: -90,
    nearShin: -90,
    nearFoot: -4,
    ...parts,
  };
}
