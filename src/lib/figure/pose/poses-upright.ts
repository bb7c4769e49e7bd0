/** Poses off the floor, drawn from the side: standing at a wall, sitting on a chair or at a table. */
import { angles, ARMS_ON_LAP, UPPER, type SidePose } from './pose-types';

export const UPRIGHT_POSES = {
  'standing-wall-back': {
    view: 'side',
    angles: angles({
      torso: 98,
      neck: 92,
      head: 84,
      nearUpperArm: -80,
      nearForearm: -68,
      nearHand: -72,
      farUpperArm: -78,
      farForearm: -66,
      farHand: -70,
      nearThigh: -76,
      nearShin: -99,
      farThigh: -80,
      farShin: -97,
    }),
    base: 'nearFoot',
    solve: [
      { rotate: ['farShin'], until: 'farFoot' },
      { rotate: UPPER, until: 'wall' },
    ],
  },
  'seated-chair': {
    view: 'side',
    angles: angles({ torso: 92, ...ARMS_ON_LAP, nearThigh: -2, nearShin: -80, farThigh: -2, farShin: -88 }),
    base: 'farFoot',
    solve: [
      // A ball on the seat under the thigh: the thigh turns up until it lies on the ball, the hips
      // still seated. The knee it lifts is too high for that foot to stand flat: its toes reach
      // down to the floor, heel up (before the shin step, which then finds the foot down).
      { rotate: ['nearThigh'], until: 'tool', on: 'seat' },
      { rotate: ['nearFoot'], until: 'nearFoot', on: 'seat' },
      { rotate: ['nearShin'], until: 'tool', orUntil: 'nearFoot' },
    ],
    chair: true,
  },
  'seated-chair-foot-up': {
    view: 'side',
    angles: angles({
      torso: 72,
      neck: 55,
      head: 45,
      // The other hand rests on the other knee, clear of the seat.
      farUpperArm: -70,
      farForearm: -35,
      farHand: -40,
      nearThigh: 58,
      nearShin: -54,
      nearFoot: 8,
      farThigh: -2,
      farShin: -88,
    }),
    base: 'farFoot',
    chair: true,
  },
  'seated-chair-ankle-on-knee': {
    view: 'side',
    angles: angles({
      torso: 82,
      neck: 62,
      head: 52,
      // The other hand rests on the other thigh, clear of the seat.
      farUpperArm: -72,
      farForearm: -20,
      farHand: -25,
      nearThigh: 12,
      nearShin: 10,
      nearFoot: -10,
      farThigh: -2,
      farShin: -88,
    }),
    base: 'farFoot',
    chair: true,
    crossedAnkle: { nearThigh: 0.8, nearShin: 0.62, nearFoot: 0.9 },
  },
  'seated-table': {
    view: 'side',
    angles: angles({
      torso: 88,
      neck: 84,
      head: 78,
      nearUpperArm: -62,
      nearForearm: 0,
      nearHand: -4,
      farUpperArm: -70,
      farForearm: 10,
      farHand: 0,
      nearThigh: 0,
      nearShin: -86,
      farThigh: -2,
      farShin: -88,
    }),
    base: 'farFoot',
    solve: [{ rotate: ['nearThigh'], until: 'nearFoot' }],
    chair: true,
  },
} as const satisfies Record<string, SidePose>;
