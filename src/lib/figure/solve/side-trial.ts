/**
 * Builds one trial of a side-view pose: the skeleton with the solver's turns,
 * set on the floor, the tool placed against its landmark, and the hands sent
 * to the tool or to the floor behind. side-solver.ts searches the turns.
 */
import { landmark } from '../pose/landmarks';
import { HIP_LIFT, type CrossedLeg } from '../pose/pose-types';
import type { SidePose } from '../pose/poses';
import { angleOf, behind, elbowFor, higher, lower } from './reach';
import {
  buildSkeleton,
  moveSkeleton,
  SEGMENTS,
  SPECS,
  type Angles,
  type Segment,
  type Skeleton,
} from '../pose/skeleton';
import { isHandTool, type PictureSpec } from '../picture-spec';
import { TOOL_RADIUS } from '../pose/tools';
import { add, capsuleBottom, capsuleDistance, direction, lerp, scale, sub, turn, unit, type Vec } from '../vec';

export interface Tool {
  center: Vec;
  r: number;
  /** From the body toward the tool, at the contact. */
  normal: Vec;
  /** The point of the body's outline it touches. */
  contact: Vec;
}

export interface SideScene {
  skeleton: Skeleton;
  tool: Tool;
  /** Arms whose hand is the tool (drawn in the accent colour). */
  holding: ('near' | 'far')[];
  wall?: { x: number };
  chair?: { seatY: number; front: number; back: number; backX: number };
  table?: { topY: number; from: number; to: number };
}

const ARM_REACH = SPECS.nearForearm.length + SPECS.nearHand.length;

/**
 * Placing the tool: it steps out from the landmark TOOL_STEP at a time (at most TOOL_LIMIT, past
 * any body part) until it clears the body, then TOOL_BISECTIONS halvings find where it just touches.
 */
const TOOL_STEP = 0.5;
const TOOL_LIMIT = 80;
const TOOL_BISECTIONS = 30;

/** Rests the near ankle on top of the far knee, bending the near leg as a figure 4 looks from the side. */
function crossAnkle(skeleton: Skeleton, footAngle: number, shares: CrossedLeg): void {
  const { a: hip } = skeleton.nearThigh;
  const far = skeleton.farThigh;
  const along = unit(sub(far.b, far.a));
  const up = turn(along, 90);
  const ankle = add(add(far.b, scale(along, -1)), scale(up, far.rb + SPECS.nearShin.rb));
  const seen = (name: 'nearThigh' | 'nearShin' | 'nearFoot') => SPECS[name].length * (shares[name] ?? 1);
  const knee = elbowFor(hip, ankle, seen('nearThigh'), seen('nearShin'), higher);
  const toe = add(ankle, scale(direction(footAngle), seen('nearFoot')));
  skeleton.nearThigh = { ...skeleton.nearThigh, b: knee, angle: angleOf(sub(knee, hip)) };
  skeleton.nearShin = { ...skeleton.nearShin, a: knee, b: ankle, angle: angleOf(sub(ankle, knee)) };
  skeleton.nearFoot = { ...skeleton.nearFoot, a: ankle, b: toe, angle: footAngle };
}

/** Distance from p to the body's outline, leaving out some segments. */
export function bodyDistance(skeleton: Skeleton, p: Vec, skip: readonly Segment[] = []): number {
  return Math.min(...SEGMENTS.filter((name) => !skip.includes(name)).map((name) => capsuleDistance(p, skeleton[name])));
}

const armSegments = (arm: 'near' | 'far'): Segment[] => [`${arm}UpperArm`, `${arm}Forearm`, `${arm}Hand`];

/** Sets an arm so its hand's end lands on `target`. */
function reachArm(skeleton: Skeleton, arm: 'near' | 'far', target: Vec, pick: (a: Vec, b: Vec) => Vec): void {
  const [upperName, foreName, handName] = armSegments(arm) as [Segment, Segment, Segment];
  const shoulder = skeleton[upperName].a;
  const elbow = elbowFor(shoulder, target, SPECS[upperName].length, ARM_REACH, pick);
  const foreAngle = angleOf(sub(target, elbow));
  const wrist = add(elbow, scale(direction(foreAngle), SPECS[foreName].length));
  const hand = add(wrist, scale(direction(foreAngle), SPECS[handName].length));
  skeleton[upperName] = { ...skeleton[upperName], b: elbow, angle: angleOf(sub(elbow, shoulder)) };
  skeleton[foreName] = { ...skeleton[foreName], a: elbow, b: wrist, angle: foreAngle };
  skeleton[handName] = { ...skeleton[handName], a: wrist, b: hand, angle: foreAngle };
}

/** Where the tool goes: out from the landmark along the face's normal until it just touches the body. */
function placeTool(skeleton: Skeleton, spec: PictureSpec, skip: readonly Segment[]): Tool {
  const where = landmark(spec.contact);
  if (!where.onSide) throw new Error(`Landmark "${spec.contact}" has no place on a side view`);
  const { segment, t, face } = where.onSide;
  const shape = skeleton[segment];
  const normal = turn(unit(sub(shape.b, shape.a)), SPECS[segment].back * (90 + face));
  const start = lerp(shape.a, shape.b, t);
  const r = TOOL_RADIUS[spec.tool];
  const at = (s: number) => add(start, scale(normal, s));
  let [inside, outside] = [0, TOOL_STEP];
  while (bodyDistance(skeleton, at(outside), skip) < r && outside < TOOL_LIMIT)
    [inside, outside] = [outside, outside + TOOL_STEP];
  for (let i = 0; i < TOOL_BISECTIONS; i++) {
    const mid = (inside + outside) / 2;
    if (bodyDistance(skeleton, at(mid), skip) < r) inside = mid;
    else outside = mid;
  }
  const center = at(outside);
  return { center, r, normal, contact: add(center, scale(normal, -r)) };
}

/**
 * What the tool may overlap in the drawing: the hands that hold it, and, for a
 * near limb, the far limbs, which lie beside it in depth though they cross it on paper.
 */
export function toolSkip(spec: PictureSpec, holding: readonly ('near' | 'far')[]): Segment[] {
  const segment = landmark(spec.contact).onSide?.segment ?? 'torso';
  const far = segment.startsWith('near') ? SEGMENTS.filter((name) => name.startsWith('far')) : [];
  return [...new Set([...holding.flatMap(armSegments), ...far])];
}

function holdingArms(spec: PictureSpec): ('near' | 'far')[] {
  if (!isHandTool(spec.tool)) return [];
  if (landmark(spec.contact).onSide?.segment === 'nearForearm') return ['far'];
  return spec.tool === 'knuckles' || spec.tool === 'hand' || spec.pose === 'lying-back-floor'
    ? ['near', 'far']
    : ['near'];
}

/** The pose with the solver's turns applied, set on the floor, tool and hands placed. */
export function build(pose: SidePose, spec: PictureSpec, turns: readonly number[]): SideScene {
  const angles: Angles = { ...pose.angles };
  (pose.solve ?? []).forEach((step, index) => {
    for (const name of step.rotate) angles[name] += turns[index] ?? 0;
  });
  let skeleton = buildSkeleton(angles);
  skeleton = moveSkeleton(skeleton, [0, -capsuleBottom(skeleton[pose.base]) - (pose.hipsLifted ? HIP_LIFT : 0)]);
  if (pose.crossedAnkle) crossAnkle(skeleton, angles.nearFoot, pose.crossedAnkle);
  const holding = holdingArms(spec);
  const tool = placeTool(skeleton, spec, toolSkip(spec, holding));
  const pick = spec.tool === 'knuckles' ? behind : spec.pose.startsWith('lying-back') ? higher : lower;
  holding.forEach((arm, index) => reachArm(skeleton, arm, add(tool.center, [index * -2.5, index * -1]), pick));
  if (pose.handsBehindHead) {
    const head = skeleton.head;
    const back = turn(unit(sub(head.b, head.a)), 90);
    const cradle = add(lerp(head.a, head.b, 0.4), scale(back, SPECS.head.ra + 1));
    for (const arm of ['near', 'far'] as const)
      reachArm(skeleton, arm, add(cradle, [0, arm === 'far' ? -1.5 : 0]), higher);
  }
  for (const arm of pose.handsOnFloor ?? []) {
    const shoulder = skeleton[`${arm}UpperArm`].a;
    const ground = -SPECS.nearHand.rb;
    const drop = ground - shoulder[1];
    const reach = (SPECS.nearUpperArm.length + ARM_REACH) * 0.97;
    const back = Math.sqrt(Math.max(reach * reach - drop * drop, 25));
    reachArm(skeleton, arm, [shoulder[0] - back - (arm === 'far' ? 3 : 0), ground], higher);
  }
  return { skeleton, tool, holding };
}
