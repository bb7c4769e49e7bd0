/**
 * Solves a side-view picture: turns the pose's free joints until the tool and
 * the feet and hands rest where they should (side-trial.ts builds each trial),
 * then places the wall, chair or table against what they hold up.
 *
 * This is the costliest code in the build: every trial rebuilds the skeleton and
 * slides the tool out to the body's outline, and one picture takes up to about 700
 * trials. It is kept fast three ways. Each picture is solved once per build, and
 * equal picture data shares one result (drawPictures in pictures.ts memoises it).
 * Each step searches outward from the pose as written, SEARCH_STEP degrees at a
 * time, nearest first, and stops at the first bracket that closes its gap, which
 * BISECTIONS halvings then narrow: no grid over every angle. Steps whose target
 * does not apply (the tool rests on a wall or a chair's back, not the floor or the
 * seat; the body is already clear of the wall) build at most one trial.
 */
import { landmark } from '../pose/landmarks';
import type { SidePose, SolveStep } from '../pose/poses';
import type { ToolRest } from '../pose/pose-types';
import { SEGMENTS, SPECS, type Segment } from '../pose/skeleton';
import { isHandTool, type PictureSpec } from '../picture-spec';
import { capsuleBottom } from '../vec';
import { build, toolSkip, type SideScene } from './side-trial';

/** Degrees between the bracket ends a step tries, nearest first, out to SEARCH_LIMIT either way. */
const SEARCH_STEP = 2;
const SEARCH_LIMIT = 70;
/** Halvings of a bracket: 40 narrow 2 degrees to far below anything a drawing can show. */
const BISECTIONS = 40;
/** Passes over all the steps: a later step (a foot landing) can move an earlier one's target. */
const ROUNDS = 3;
/** How far the body keeps off a wall it leans on, in figure units. */
const WALL_MARGIN = 1.5;

/** How far the seat runs on past the front of a ball that rests on it, in figure units. */
const SEAT_PAST_BALL = 2;

/** How far `step`'s target floats above what it rests on, the floor or a seat (negative: sunk into it). */
function gap(scene: SideScene, step: SolveStep, spec: PictureSpec): number {
  if (step.until === 'tool') return (step.on === 'seat' ? seatLine(scene) : 0) - (scene.tool.center[1] + scene.tool.r);
  if (step.until === 'wall') return wallClearance(scene, spec) - WALL_MARGIN;
  return -capsuleBottom(scene.skeleton[step.until]);
}

/** How far the body stays off the wall the tool leans on (negative: through it). */
function wallClearance({ skeleton, tool }: SideScene, spec: PictureSpec): number {
  const wall = tool.center[0] - tool.r;
  const skip = toolSkip(spec, []);
  const backs = SEGMENTS.filter((name) => !skip.includes(name)).map((name) => {
    const { a, b, ra, rb } = skeleton[name];
    return Math.min(a[0] - ra, b[0] - rb);
  });
  return Math.min(...backs) - wall;
}

/** A chair's seat is under the hips: the line the trunk's bottom rests on. */
const seatLine = ({ skeleton }: SideScene): number => capsuleBottom(skeleton.torso);

/**
 * What the tool rests on under the body: the floor; or a chair's seat, for a ball or roller under
 * the legs (not one against the chair's back, behind the trunk); or neither.
 */
function toolRest(spec: PictureSpec): ToolRest | undefined {
  if (spec.support === 'floor') return 'floor';
  const againstBack = landmark(spec.contact).onSide?.segment === 'torso';
  return spec.support === 'chair' && !isHandTool(spec.tool) && !againstBack ? 'seat' : undefined;
}

/** The body part or tool each solve step lands, given where the tool rests. */
function solveTarget(step: SolveStep, spec: PictureSpec): Segment | 'tool' | 'wall' | undefined {
  const rest = toolRest(spec);
  if (step.on && step.on !== rest) return undefined;
  return step.until !== 'tool' || rest === (step.on ?? 'floor') ? step.until : step.orUntil;
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
  for (let offset = 0; offset <= SEARCH_LIMIT; offset += SEARCH_STEP) {
    for (const [lo, hi] of [
      [offset, offset + SEARCH_STEP],
      [-offset - SEARCH_STEP, -offset],
    ] as const) {
      let [a, b] = [lo, hi];
      let [fa, fb] = [at(a), at(b)];
      if (fa * fb > 0) continue;
      for (let i = 0; i < BISECTIONS; i++) {
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

/** The steps whose target is the tool only apply when the tool rests on the floor (or the seat, if they say so). */
export function activeSteps(pose: SidePose, spec: PictureSpec): (SolveStep | undefined)[] {
  return (pose.solve ?? []).map((step) => {
    const until = solveTarget(step, spec);
    return until && { ...step, until };
  });
}

export function solveSide(pose: SidePose, spec: PictureSpec): SideScene {
  const turns = (pose.solve ?? []).map(() => 0);
  const steps = activeSteps(pose, spec);
  for (let round = 0; round < ROUNDS; round++) {
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
    const againstBack = spec.support === 'chair' && landmark(spec.contact).onSide?.segment === 'torso';
    const backX = againstBack ? tool.center[0] - tool.r : hip[0] - SPECS.torso.ra - 4;
    const pastBall = toolRest(spec) === 'seat' ? tool.center[0] + tool.r + SEAT_PAST_BALL : -Infinity;
    const front = Math.max(hip[0] + 26, pastBall);
    placed.chair = { seatY: seatLine(scene), front, back: Math.min(hip[0] - 12, backX), backX };
  }
  if (spec.support === 'table') {
    const arm = [skeleton.nearForearm, skeleton.nearHand];
    const topY = isHandTool(spec.tool) ? Math.max(...arm.map(capsuleBottom)) : tool.center[1] + tool.r;
    placed.table = { topY, from: skeleton.torso.b[0] + 8, to: skeleton.nearHand.b[0] + 16 };
  }
  return placed;
}
