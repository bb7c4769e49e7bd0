/**
 * Solves a front or back view for hands-on work: a seated upper body, the
 * relaxed arms hanging, and the working hand (or both) reaching the landmark.
 * Lengths are the side view's, so both views draw the same person.
 */
import { landmark, type Landmark } from '../pose/landmarks';
import type { FrontPose } from '../pose/poses';
import { SPECS } from '../pose/skeleton';
import type { PictureSpec, SideId } from '../picture-spec';
import { add, capsuleBottom, direction, lerp, scale, type Capsule, type Vec } from '../vec';

/** An arm as drawn; a working arm also keeps its joints in 3D (shoulder, elbow, wrist, fingertip) for tests. */
type Arm = { upper: Capsule; fore: Capsule; hand: Capsule; working: boolean; joints?: readonly Vec3[] };

export interface FrontScene {
  view: 'front' | 'back';
  neck: Capsule;
  head: Capsule;
  /** The arm on the picture's left, then the one on its right. */
  arms: [Arm, Arm];
  /** Where each working hand presses. */
  targets: Vec[];
  table?: { topY: number };
  /** The worked arm rests in the lap: in front of the trunk from the front, behind it from the back. */
  armInLap?: boolean;
}

/** The seated trunk, pelvis at the origin: shoulders ±21 wide, seat at y = 7. */
export const TRUNK =
  'M-6 -53L6 -53Q19 -52 21 -45L17 -25Q14 -14 15 -4Q15 6 0 7Q-15 6 -15 -4Q-14 -14 -17 -25L-21 -45Q-19 -52 -6 -53Z';
export const SEAT_Y = 7;
const SHOULDER_X = 16.5;
const SHOULDER_Y = -45.5;
export const NECK: Capsule = { a: [0, -50], b: [0, -57], ra: 5, rb: 4.6 };
export const HEAD: Capsule = { a: [0, -61.5], b: [0, -68.5], ra: 7.6, rb: 7.6 };

/** +1 when the body's `side` is drawn on the right of the picture: its left seen from the front. */
export function sideSign(side: Exclude<SideId, 'both'>, view: 'front' | 'back'): 1 | -1 {
  return (side === 'left') === (view === 'front') ? 1 : -1;
}

/**
 * How much of the forearm and hand shows from the front or back when they rest forward on the
 * thigh: a straight hanging arm would reach below a chair's seat, which reads wrong at a glance.
 */
const RESTING_FOREARM_SHOWS = 0.65;

/** A relaxed arm, the hand resting on the thigh: upper arm down, forearm and hand foreshortened. */
function hangingArm(sign: number): Arm {
  const shoulder: Vec = [sign * SHOULDER_X, SHOULDER_Y];
  const capsule = (a: Vec, angle: number, length: number, ra: number, rb: number): Capsule => ({
    a,
    b: add(a, scale(direction(angle), length)),
    ra,
    rb,
  });
  const upper = capsule(
    shoulder,
    -90 + sign * 6,
    SPECS.nearUpperArm.length,
    SPECS.nearUpperArm.ra,
    SPECS.nearUpperArm.rb,
  );
  // The forearm and hand rest forward on the thigh, so only part of their length shows.
  const resting = (a: Vec, angle: number, segment: typeof SPECS.nearForearm) =>
    capsule(a, angle, segment.length * RESTING_FOREARM_SHOWS, segment.ra, segment.rb);
  const fore = resting(upper.b, -90 + sign * 3, SPECS.nearForearm);
  const hand = resting(fore.b, -90 + sign * 2, SPECS.nearHand);
  return { upper, fore, hand, working: false };
}

type Vec3 = readonly [number, number, number];

/**
 * An arm resting in the lap: the upper arm hangs a little forward, the forearm runs forward and in
 * across the thigh. Drawn as its projection, so the forearm looks short, as it would.
 */
function lapArm(sign: number): Arm {
  const arm = hangingArm(sign);
  const shoulder: Vec3 = [arm.upper.a[0], arm.upper.a[1], 0];
  const elbow = add3(shoulder, unit3([sign * 0.28, 1, 0.3]), SPECS.nearUpperArm.length);
  const toward = unit3([-sign * 0.5, 0.55, 1]);
  const wrist = add3(elbow, toward, SPECS.nearForearm.length);
  const tip = add3(wrist, toward, SPECS.nearHand.length);
  return armThrough(arm, [shoulder, elbow, wrist, tip], false);
}

/** An arm drawn through joints solved in three dimensions: its projection, with the joints kept for the tests. */
function armThrough(arm: Arm, joints: [Vec3, Vec3, Vec3, Vec3], working: boolean): Arm & { joints: Vec3[] } {
  const [, elbow, wrist, tip] = joints;
  return {
    upper: { ...arm.upper, b: flat(elbow) },
    fore: { ...arm.fore, a: flat(elbow), b: flat(wrist) },
    hand: { ...arm.hand, a: flat(wrist), b: flat(tip) },
    working,
    joints,
  };
}
const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add3 = (a: Vec3, b: Vec3, k = 1): Vec3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const dot3 = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit3 = (a: Vec3): Vec3 => {
  const size = Math.sqrt(dot3(a, a)) || 1;
  return [a[0] / size, a[1] / size, a[2] / size];
};
const flat = (a: Vec3): Vec => [a[0], a[1]];

/**
 * Reaches in three dimensions and draws the projection: an elbow that comes
 * forward toward the viewer looks shorter, as it would, while the arm keeps
 * its length. `pole` is where the elbow should point (x out, y down, z forward).
 */
function reachingArm(sign: number, target: Vec3, pole: Vec3): Arm & { joints: Vec3[] } {
  const arm = hangingArm(sign);
  const [upper, lowerLength] = [SPECS.nearUpperArm.length, SPECS.nearForearm.length + SPECS.nearHand.length];
  const shoulder: Vec3 = [arm.upper.a[0], arm.upper.a[1], 0];
  const axis = unit3(sub3(target, shoulder));
  const span = Math.min(Math.sqrt(dot3(sub3(target, shoulder), sub3(target, shoulder))), upper + lowerLength - 1e-6);
  const along = (upper * upper + span * span - lowerLength * lowerLength) / (2 * span);
  const across = Math.sqrt(Math.max(upper * upper - along * along, 0));
  const bend = unit3(add3(pole, axis, -dot3(pole, axis)));
  const elbow = add3(add3(shoulder, axis, along), bend, across);
  const toward = unit3(sub3(target, elbow));
  const wrist = add3(elbow, toward, SPECS.nearForearm.length);
  const tip = add3(wrist, toward, SPECS.nearHand.length);
  return armThrough(arm, [shoulder, elbow, wrist, tip], true);
}

/** Where the elbow points: down and forward onto a table or across the body, else out to the side. */
function poleFor(sign: number, target: Vec3, table: boolean, crossBody: boolean): Vec3 {
  if (crossBody) return [0, 1, 1];
  if (table || target[1] > -62) return [sign * 0.5, 1, 0.7];
  return target[2] < 0 ? [sign, 0.3, -0.4] : [sign, 0.2, 0.5];
}

/** A landmark's point on this view, on the side with `sign`; arm points sit on the relaxed arm of that side. */
function frontPoint3(where: Landmark, sign: number, armInLap = false): Vec3 {
  const place = where.onFront;
  if (!place) throw new Error(`A landmark of the ${where.area} has no place on a front or back view`);
  if ('at' in place) return [sign * place.at[0], place.at[1], place.at[2]];
  const arm = armInLap ? lapArm(sign) : hangingArm(sign);
  const segment = place.arm === 'upper' ? arm.upper : arm.fore;
  return [...lerp(segment.a, segment.b, place.t), 4];
}

export const frontPoint = (where: Landmark, sign: number, armInLap = false): Vec =>
  flat(frontPoint3(where, sign, armInLap));

export function solveFront(pose: FrontPose, spec: PictureSpec): FrontScene {
  const where = landmark(spec.contact);
  const view = pose.view;
  const signs = spec.side === 'both' ? [-1, 1] : [sideSign(spec.side, view)];
  // Arms and shoulders are pressed by the other hand, across the body; the head and neck by the hand of that side.
  const crossBody = where.area === 'arms' || where.area === 'shoulders';
  const inLap = Boolean(pose.armInLap);
  const targets = signs.map((sign) => frontPoint3(where, sign, inLap));
  const arms = ([-1, 1] as const).map((armSign) => {
    const index = signs.findIndex((sign) => (crossBody ? -sign : sign) === armSign);
    const target = targets[index];
    return target
      ? reachingArm(armSign, target, poleFor(armSign, target, Boolean(pose.table), crossBody))
      : inLap && signs.includes(armSign)
        ? lapArm(armSign)
        : hangingArm(armSign);
  }) as [Arm, Arm];
  const scene: FrontScene = { view, neck: NECK, head: HEAD, arms, targets: targets.map(flat) };
  if (inLap) scene.armInLap = true;
  if (pose.table)
    scene.table = { topY: Math.max(...arms.filter((arm) => arm.working).map((arm) => capsuleBottom(arm.upper))) };
  return scene;
}
