/**
 * Solves a side-view picture: builds the pose, sets it on the floor, puts the
 * tool against the landmark, turns the pose's free joints until the tool and
 * feet rest where they should, sends hands to the floor or to the tool, and
 * places the wall, chair or table against what they hold up.
 */
import { landmark } from './landmarks';
import type { SidePose, SolveStep } from './poses';
import { angleOf, behind, elbowFor, higher, lower } from './reach';
import { buildSkeleton, moveSkeleton, SEGMENTS, SPECS, type Angles, type Segment, type Skeleton } from './skeleton';
import { isHandTool, type PictureSpec } from './spec';
import { TOOL_RADIUS } from './tools';
import { add, capsuleBottom, capsuleDistance, direction, lerp, scale, sub, turn, unit, type Vec } from './vec';

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
  let [inside, outside] = [0, 0.5];
  while (bodyDistance(skeleton, at(outside), skip) < r && outside < 80) [inside, outside] = [outside, outside + 0.5];
  for (let i = 0; i < 30; i++) {
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
  return spec.tool === 'knuckles' || spec.tool === 'hand' || spec.pose === 'lying-back-floor' ? ['near', 'far'] : ['near'];
}

/** The pose with the solver's turns applied, set on the floor, tool and hands placed. */
function build(pose: SidePose, spec: PictureSpec, turns: readonly number[]): SideScene {
  const angles: Angles = { ...pose.angles };
  (pose.solve ?? []).forEach((step, index) => {
    for (const name of step.rotate) angles[name] += turns[index] ?? 0;
  });
  let skeleton = buildSkeleton(angles);
  skeleton = moveSkeleton(skeleton, [0, -capsuleBottom(skeleton[pose.base])]);
  const holding = holdingArms(spec);
  const tool = placeTool(skeleton, spec, toolSkip(spec, holding));
  const pick = spec.tool === 'knuckles' ? behind : spec.pose.startsWith('lying-back') ? higher : lower;
  holding.forEach((arm, index) => reachArm(skeleton, arm, add(tool.center, [index * -2.5, index * -1]), pick));
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

/** How far `step`'s target floats above the floor (negative: sunk into it). */
function gap(scene: SideScene, step: SolveStep, spec: PictureSpec): number {
  if (step.until === 'tool') return -(scene.tool.center[1] + scene.tool.r);
  if (step.until === 'wall') return wallClearance(scene, spec) - WALL_MARGIN;
  return -capsuleBottom(scene.skeleton[step.until]);
}

const WALL_MARGIN = 1.5;

/** How far the body stays off the wall the tool leans on (negative: through it). */
export function wallClearance({ skeleton, tool }: SideScene, spec: PictureSpec): number {
  const wall = tool.center[0] - tool.r;
  const skip = toolSkip(spec, []);
  const backs = SEGMENTS.filter((name) => !skip.includes(name)).map((name) => {
    const { a, b, ra, rb } = skeleton[name];
    return Math.min(a[0] - ra, b[0] - rb);
  });
  return Math.min(...backs) - wall;
}

/** The body part or tool each solve step lands, given where the tool rests. */
export function solveTarget(step: SolveStep, spec: PictureSpec): Segment | 'tool' | 'wall' | undefined {
  return step.until !== 'tool' || spec.support === 'floor' ? step.until : step.orUntil;
}

/** Turns one step's joints until its gap closes, nearest to where it started. */
function solveStep(pose: SidePose, spec: PictureSpec, turns: number[], index: number, step: SolveStep): void {
  const at = (value: number) => {
    const trial = [...turns];
    trial[index] = value;
    return gap(build(pose, spec, trial), step, spec);
  };
  // Leaning off a wall only corrects a pose that would go through it.
  if (step.until === 'wall' && at(turns[index] ?? 0) >= 0) return;
  for (let offset = 0; offset <= 70; offset += 2) {
    for (const [lo, hi] of [
      [offset, offset + 2],
      [-offset - 2, -offset],
    ] as const) {
      let [a, b] = [lo, hi];
      let [fa, fb] = [at(a), at(b)];
      if (fa * fb > 0) continue;
      for (let i = 0; i < 40; i++) {
        const mid = (a + b) / 2;
        const fm = at(mid);
        if (fa * fm <= 0) [b, fb] = [mid, fm];
        else [a, fa] = [mid, fm];
      }
      turns[index] = (a + b) / 2;
      return;
    }
  }
}

/** The steps whose target is the tool only apply when the tool rests on the floor. */
export function activeSteps(pose: SidePose, spec: PictureSpec): (SolveStep | undefined)[] {
  return (pose.solve ?? []).map((step) => {
    const until = solveTarget(step, spec);
    return until && { ...step, until };
  });
}

export function solveSide(pose: SidePose, spec: PictureSpec): SideScene {
  const turns = (pose.solve ?? []).map(() => 0);
  const steps = activeSteps(pose, spec);
  for (let round = 0; round < 3; round++) {
    steps.forEach((step, index) => step && solveStep(pose, spec, turns, index, step));
  }
  const scene = build(pose, spec, turns);
  return { ...scene, ...supports(scene, pose, spec) };
}

function supports(scene: SideScene, pose: SidePose, spec: PictureSpec): Partial<SideScene> {
  const { skeleton, tool } = scene;
  const placed: Partial<SideScene> = {};
  if (spec.support === 'wall') placed.wall = { x: tool.center[0] - tool.r };
  if (pose.chair) {
    const hip = skeleton.torso.a;
    const seatY = capsuleBottom(skeleton.torso);
    const againstBack = spec.support === 'chair' && landmark(spec.contact).onSide?.segment === 'torso';
    const backX = againstBack ? tool.center[0] - tool.r : hip[0] - SPECS.torso.ra - 4;
    placed.chair = { seatY, front: hip[0] + 26, back: Math.min(hip[0] - 12, backX), backX };
  }
  if (spec.support === 'table') {
    const arm = [skeleton.nearForearm, skeleton.nearHand];
    const topY = isHandTool(spec.tool) ? Math.max(...arm.map(capsuleBottom)) : tool.center[1] + tool.r;
    placed.table = { topY, from: skeleton.torso.b[0] + 8, to: skeleton.nearHand.b[0] + 16 };
  }
  return placed;
}
