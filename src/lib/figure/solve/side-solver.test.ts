import { describe, expect, it } from 'vitest';
import { isHandTool, type PictureSpec } from '../picture-spec';
import { landmark } from '../pose/landmarks';
import { HIP_LIFT } from '../pose/pose-types';
import { POSES, type SidePose } from '../pose/poses';
import { SEGMENTS, SPECS, type Segment } from '../pose/skeleton';
import { TECHNIQUE_PICTURES } from '../testing/pictures.fixture';
import { capsuleBottom, capsuleDistance, distance } from '../vec';
import { activeSteps, solveSide } from './side-solver';
import { bodyDistance, toolSkip, type SideScene } from './side-trial';

const TOUCH = 0.5; // figure units; a picture is drawn at about 1.3 px per unit at most, so within 1 px

interface Solved {
  id: string;
  spec: PictureSpec;
  pose: SidePose;
  scene: SideScene;
  steps: ReturnType<typeof activeSteps>;
}

/** Every side view, solved once: the checks below each take the techniques they apply to. */
const SOLVED: Solved[] = TECHNIQUE_PICTURES.flatMap(([id, spec]) => {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? [{ id, spec, pose, scene: solveSide(pose, spec), steps: activeSteps(pose, spec) }] : [];
});

/** The feet, legs and hands a solve step sets down on the floor. */
const landedBySteps = ({ steps }: Solved): Segment[] =>
  steps.flatMap((step) => (step && step.until !== 'tool' && step.until !== 'wall' ? [step.until] : []));

/**
 * A ball or roller that rests on the floor, a table or a chair's seat, under the body (not one
 * against a wall, or against a chair's back behind the trunk).
 */
const restsUnderBody = ({ spec }: Solved): boolean =>
  !isHandTool(spec.tool) &&
  (spec.support === 'floor' ||
    spec.support === 'table' ||
    (spec.support === 'chair' && landmark(spec.contact).onSide?.segment !== 'torso'));

/** The line the tool rests on: the floor (y = 0), the table top or the chair's seat. */
function restingLine({ spec, scene }: Solved): number {
  if (spec.support === 'table') return scene.table?.topY ?? NaN;
  if (spec.support === 'chair') return scene.chair?.seatY ?? NaN;
  return 0;
}

const CASES = {
  'held by hand': SOLVED.filter(({ spec }) => isHandTool(spec.tool)),
  'a ball or roller': SOLVED.filter(({ spec }) => !isHandTool(spec.tool)),
  'a tool on the floor': SOLVED.filter(({ steps }) =>
    steps.some((step) => step?.until === 'tool' && (step.on ?? 'floor') === 'floor'),
  ),
  'a tool on a wall': SOLVED.filter(({ spec }) => spec.support === 'wall'),
  'a tool on a table': SOLVED.filter(({ spec }) => spec.support === 'table'),
  'a ball or roller under the body': SOLVED.filter(restsUnderBody),
  'a ball on a chair seat': SOLVED.filter((solved) => restsUnderBody(solved) && solved.spec.support === 'chair'),
  'knuckles against a chair back': SOLVED.filter(({ spec }) => spec.support === 'chair' && spec.tool === 'knuckles'),
  'feet, legs or hands set down': SOLVED.filter(
    (solved) => landedBySteps(solved).length > 0 || (solved.pose.handsOnFloor ?? []).length > 0,
  ),
  'hips lifted': SOLVED.filter(({ pose }) => pose.hipsLifted),
  'hips on the floor': SOLVED.filter(({ pose }) => pose.base === 'torso' && !pose.hipsLifted),
  'a crossed ankle': SOLVED.filter(({ pose }) => pose.crossedAnkle),
  'a wall behind': SOLVED.filter(({ scene }) => scene.wall),
  'a chair': SOLVED.filter(({ scene }) => scene.chair),
};

describe('the side views', () => {
  it.each(Object.entries(CASES))('include at least one with %s, so its checks below run', (_name, cases) => {
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe.each(SOLVED)('the position picture of $id', ({ spec, pose, scene }) => {
  const { skeleton, tool, holding } = scene;

  it('keeps every segment its length', () => {
    // A crossed leg turns toward the viewer, so it is drawn shorter by a fixed share.
    const seen = (name: Segment) => (pose.crossedAnkle as Partial<Record<Segment, number>> | undefined)?.[name] ?? 1;
    for (const name of SEGMENTS)
      expect(distance(skeleton[name].a, skeleton[name].b), name).toBeCloseTo(SPECS[name].length * seen(name), 6);
  });

  it('puts the tool against the body at its landmark, not in it', () => {
    expect(Math.abs(bodyDistance(skeleton, tool.center, toolSkip(spec, holding)) - tool.r)).toBeLessThan(TOUCH);
    const segment = landmark(spec.contact).onSide?.segment ?? 'torso';
    expect(capsuleDistance(tool.center, skeleton[segment]) - tool.r).toBeLessThan(TOUCH);
  });

  it('sets the body on the floor, with nothing sunk into it', () => {
    expect(Math.abs(capsuleBottom(skeleton[pose.base]) + (pose.hipsLifted ? HIP_LIFT : 0))).toBeLessThan(TOUCH);
    for (const name of SEGMENTS) expect(capsuleBottom(skeleton[name]), name).toBeLessThan(TOUCH);
  });
});

describe('a tool held by hand', () => {
  it.each(CASES['held by hand'])('$id: the working hand reaches the tool', ({ scene: { skeleton, tool, holding } }) => {
    expect(holding.length).toBeGreaterThan(0);
    for (const arm of holding) expect(distance(skeleton[`${arm}Hand`].b, tool.center)).toBeLessThan(3);
  });
});

describe('a ball or roller', () => {
  it.each(CASES['a ball or roller'])('$id: no hand holds it', ({ scene }) => {
    expect(scene.holding).toEqual([]);
  });
});

describe('the tool rests on its support', () => {
  it.each(CASES['a tool on the floor'])('$id: on the floor', ({ scene: { tool } }) => {
    expect(Math.abs(tool.center[1] + tool.r)).toBeLessThan(TOUCH);
  });

  it.each(CASES['a tool on a wall'])('$id: against the wall', ({ scene: { tool, wall } }) => {
    expect(Math.abs(tool.center[0] - tool.r - (wall?.x ?? NaN))).toBeLessThan(TOUCH);
  });

  it.each(CASES['a tool on a table'])('$id: on the table, or the forearm does', ({ spec, scene }) => {
    const { skeleton, tool, table } = scene;
    const resting = isHandTool(spec.tool)
      ? Math.max(capsuleBottom(skeleton.nearForearm), capsuleBottom(skeleton.nearHand))
      : tool.center[1] + tool.r;
    expect(Math.abs(resting - (table?.topY ?? NaN))).toBeLessThan(TOUCH);
  });

  it.each(CASES['a ball or roller under the body'])(
    '$id: under the body, touching both it and what it rests on, sunk into neither',
    (solved) => {
      const { spec, scene } = solved;
      const { skeleton, tool } = scene;
      // Its bottom on the line: above it would float, below it would sink in.
      expect(Math.abs(tool.center[1] + tool.r - restingLine(solved))).toBeLessThan(TOUCH);
      expect(Math.abs(bodyDistance(skeleton, tool.center, toolSkip(spec, [])) - tool.r)).toBeLessThan(TOUCH);
      // The body is above it, pressing down.
      expect(tool.normal[1]).toBeGreaterThan(0.5);
    },
  );

  it.each(CASES['knuckles against a chair back'])('$id: against the chair back', ({ scene: { tool, chair } }) => {
    expect(Math.abs(tool.center[0] - tool.r - (chair?.backX ?? NaN))).toBeLessThan(TOUCH);
  });
});

describe('the body rests where the pose says', () => {
  it.each(CASES['feet, legs or hands set down'])('$id: each foot, leg and hand set down lands', (solved) => {
    const { skeleton } = solved.scene;
    for (const segment of landedBySteps(solved))
      expect(Math.abs(capsuleBottom(skeleton[segment])), segment).toBeLessThan(TOUCH);
    for (const arm of solved.pose.handsOnFloor ?? [])
      expect(Math.abs(capsuleBottom(skeleton[`${arm}Hand`])), arm).toBeLessThan(TOUCH);
  });

  it.each(CASES['hips lifted'])('$id: the hips clear the floor', ({ scene: { skeleton } }) => {
    expect(skeleton.torso.a[1] + skeleton.torso.ra).toBeLessThan(-HIP_LIFT + TOUCH);
  });

  it.each(CASES['hips on the floor'])('$id: the hips rest on the floor', ({ scene: { skeleton } }) => {
    expect(skeleton.torso.a[1] + skeleton.torso.ra).toBeGreaterThan(-TOUCH);
  });

  it.each(CASES['a crossed ankle'])('$id: the crossed ankle rests on the other knee', ({ scene: { skeleton } }) => {
    const ankleOnKnee = capsuleDistance(skeleton.nearShin.b, skeleton.farThigh) - SPECS.nearShin.rb;
    expect(Math.abs(ankleOnKnee)).toBeLessThan(TOUCH);
    expect(distance(skeleton.nearShin.b, skeleton.farThigh.b)).toBeLessThan(12);
  });

  it.each(CASES['a wall behind'])('$id: the body stays out of the wall', ({ scene: { skeleton, wall } }) => {
    for (const name of SEGMENTS) {
      const { a, b, ra, rb } = skeleton[name];
      expect(Math.min(a[0] - ra, b[0] - rb), name).toBeGreaterThan((wall?.x ?? NaN) - TOUCH);
    }
  });

  it.each(CASES['a ball on a chair seat'])(
    '$id: the ball lies on the seat near its front edge, the thigh lifted onto it',
    ({ scene: { skeleton, tool, chair } }) => {
      const seat = chair ?? { front: NaN, back: NaN };
      // Wholly on the seat, in its front half.
      expect(tool.center[0] + tool.r).toBeLessThanOrEqual(seat.front);
      expect(tool.center[0]).toBeGreaterThan((seat.back + seat.front) / 2);
      // The thigh turns up onto the ball (the pose has it 2 degrees down), so its knee is higher
      // than the other by between half and one and a half of the ball's width: a lift, not a raised leg.
      expect(skeleton.nearThigh.angle).toBeGreaterThan(4);
      expect(skeleton.nearThigh.angle).toBeLessThan(15);
      const kneeLift = skeleton.farThigh.b[1] - skeleton.nearThigh.b[1];
      expect(kneeLift).toBeGreaterThan(tool.r);
      expect(kneeLift).toBeLessThan(3 * tool.r);
    },
  );

  it.each(CASES['a chair'])('$id: the hips sit on the chair', ({ scene: { skeleton, chair } }) => {
    expect(Math.abs(capsuleBottom(skeleton.torso) - (chair?.seatY ?? NaN))).toBeLessThan(TOUCH);
  });
});
