/**
 * Every pose as data: the angle of each segment (0° forward, 90° up, -90°
 * down), which segment rests on the floor, and what the solver may turn so
 * that the tool rests on its support and the other feet and hands land. The
 * figure faces right; a wall or chair back is behind it, on the left.
 */
import type { Angles, Segment } from './skeleton';
import type { PoseId } from './spec';

/**
 * Turn `rotate` (each keeps its children's angles) until `until` (a segment or the tool) touches
 * the floor; when the tool rests on something else, until `orUntil` does, if given.
 */
export interface SolveStep {
  rotate: readonly Segment[];
  /** 'wall': lean no further back than keeps the body a little off the wall the tool sits on. */
  until: Segment | 'tool' | 'wall';
  orUntil?: Segment;
}

export interface SidePose {
  view: 'side';
  /** Words for the alt text: "Standing with your back to a wall". */
  words: string;
  angles: Angles;
  /** Its lowest point is set on the floor first. */
  base: Segment;
  solve?: readonly SolveStep[];
  /** Arms whose hands go to the floor behind the body. */
  handsOnFloor?: readonly ('near' | 'far')[];
  /** Sitting on a chair (drawn under the hips). */
  chair?: boolean;
}

export interface FrontPose {
  view: 'front' | 'back';
  words: string;
  /** Elbows rest on a table. */
  table?: boolean;
}

export type Pose = SidePose | FrontPose;

const UPPER: readonly Segment[] = ['torso', 'neck', 'head', 'nearUpperArm', 'nearForearm', 'nearHand', 'farUpperArm', 'farForearm', 'farHand'];
const ARMS_DOWN = { farUpperArm: -92, farForearm: -88, farHand: -90, nearUpperArm: -95, nearForearm: -88, nearHand: -90 };
const ARMS_ON_LAP = { farUpperArm: -75, farForearm: -5, farHand: -20, nearUpperArm: -80, nearForearm: -5, nearHand: -20 };

function angles(parts: Partial<Angles>): Angles {
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

const SIDE_POSES = {
  'standing-wall-back': {
    view: 'side',
    words: 'Standing with your back to a wall, feet a step out from it',
    angles: angles({
      torso: 98, neck: 92, head: 84, nearUpperArm: -80, nearForearm: -68, nearHand: -72, farUpperArm: -78, farForearm: -66, farHand: -70,
      nearThigh: -76, nearShin: -99, farThigh: -80, farShin: -97,
    }),
    base: 'nearFoot',
    solve: [
      { rotate: ['farShin'], until: 'farFoot' },
      { rotate: UPPER, until: 'wall' },
    ],
  },
  'lying-back-floor': {
    view: 'side',
    words: 'Lying on your back on the floor, knees bent and feet flat',
    angles: angles({
      torso: 180, neck: 178, head: 176, nearUpperArm: 0, nearForearm: 0, nearHand: 0, farUpperArm: 2, farForearm: 0, farHand: 0,
      nearThigh: 52, nearShin: -62, farThigh: 48, farShin: -66,
    }),
    base: 'torso',
    solve: [
      { rotate: ['neck'], until: 'tool' },
      { rotate: ['nearShin'], until: 'nearFoot' },
      { rotate: ['farShin'], until: 'farFoot' },
    ],
  },
  'lying-back-roller': {
    view: 'side',
    words: 'Lying on your back with the roller across the upper back, knees bent and feet flat',
    angles: angles({
      torso: 170, neck: 172, head: 176, nearUpperArm: 80, nearForearm: -30, nearHand: -30, farUpperArm: 84, farForearm: -25, farHand: -25,
      nearThigh: 50, nearShin: -60, farThigh: 46, farShin: -64,
    }),
    base: 'torso',
    solve: [
      { rotate: UPPER, until: 'tool' },
      { rotate: ['nearShin'], until: 'nearFoot' },
      { rotate: ['farShin'], until: 'farFoot' },
    ],
  },
  'lying-front-forearms': {
    view: 'side',
    words: 'Lying face down, propped up on your forearms',
    angles: angles({
      torso: 16, neck: 30, head: 14, nearUpperArm: -95, nearForearm: 0, nearHand: 0, farUpperArm: -92, farForearm: 0, farHand: 0,
      nearThigh: 180, nearShin: 180, nearFoot: -100, farThigh: 178, farShin: 186, farFoot: -100,
    }),
    base: 'nearForearm',
    solve: [
      { rotate: ['torso', 'neck', 'head', 'nearUpperArm', 'farUpperArm'], until: 'tool' },
      { rotate: ['nearShin'], until: 'nearFoot' },
      { rotate: ['farThigh'], until: 'farFoot' },
    ],
  },
  'sitting-floor-legs-out': {
    view: 'side',
    words: 'Sitting on the floor with your legs out in front and your hands on the floor behind you',
    angles: angles({ torso: 112, neck: 100, head: 88, nearThigh: 0, nearShin: 0, nearFoot: 72, farThigh: 0, farShin: 0, farFoot: 75 }),
    base: 'torso',
    solve: [
      { rotate: ['nearThigh'], until: 'tool' },
      { rotate: ['farThigh'], until: 'farShin' },
    ],
    handsOnFloor: ['near', 'far'],
  },
  'sitting-floor-knees-bent': {
    view: 'side',
    words: 'Sitting on the floor with your knees bent, feet flat and your hands on the floor behind you',
    angles: angles({ torso: 128, neck: 110, head: 92, nearThigh: 32, nearShin: -66, farThigh: 28, farShin: -70 }),
    base: 'farFoot',
    solve: [
      { rotate: ['nearThigh', 'farThigh'], until: 'tool' },
      { rotate: ['nearThigh'], until: 'nearFoot' },
    ],
    handsOnFloor: ['near', 'far'],
  },
  'sitting-floor-knee-up': {
    view: 'side',
    words: 'Sitting on the floor with one knee bent and that foot flat',
    angles: angles({ torso: 78, neck: 60, head: 50, nearThigh: 42, nearShin: -70, farThigh: 0, farShin: 0, farFoot: 75 }),
    base: 'torso',
    solve: [
      { rotate: ['nearThigh'], until: 'nearFoot' },
      { rotate: ['farThigh'], until: 'farShin' },
    ],
  },
  'seated-chair': {
    view: 'side',
    words: 'Sitting on a chair, feet on the floor',
    angles: angles({ torso: 92, ...ARMS_ON_LAP, nearThigh: -2, nearShin: -80, farThigh: -2, farShin: -88 }),
    base: 'farFoot',
    solve: [{ rotate: ['nearShin'], until: 'tool', orUntil: 'nearFoot' }],
    chair: true,
  },
  'seated-chair-foot-up': {
    view: 'side',
    words: 'Sitting on a chair with one foot lifted toward the other knee',
    angles: angles({ torso: 72, neck: 55, head: 45, nearThigh: 58, nearShin: -54, nearFoot: 8, farThigh: -2, farShin: -88 }),
    base: 'farFoot',
    chair: true,
  },
  'seated-table': {
    view: 'side',
    words: 'Sitting at a table with your forearm resting on it',
    angles: angles({
      torso: 88, neck: 84, head: 78, nearUpperArm: -62, nearForearm: 0, nearHand: -4, farUpperArm: -70, farForearm: 10, farHand: 0,
      nearThigh: 0, nearShin: -86, farThigh: -2, farShin: -88,
    }),
    base: 'farFoot',
    solve: [{ rotate: ['nearThigh'], until: 'nearFoot' }],
    chair: true,
  },
} as const satisfies Record<string, SidePose>;

const FRONT_POSES = {
  'seated-front': { view: 'front', words: 'Sitting tall on a chair' },
  'seated-front-table': { view: 'front', words: 'Sitting with your elbows resting on a table', table: true },
  'seated-back': { view: 'back', words: 'Sitting tall on a chair, seen from behind' },
} as const satisfies Record<string, FrontPose>;

export const POSES: Record<PoseId, Pose> = { ...SIDE_POSES, ...FRONT_POSES };
