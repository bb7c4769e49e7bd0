import { describe, expect, it } from 'vitest';
import { HEAD, NECK, SEAT_Y, solveFront } from './front-solver';
import { POSES } from '../pose/poses';
import { SPECS } from '../pose/skeleton';
import { TECHNIQUE_PICTURES } from '../testing/pictures.fixture';
import { capsuleBottom, capsuleDistance, distance } from '../vec';

const ARM = [SPECS.nearUpperArm.length, SPECS.nearForearm.length, SPECS.nearHand.length];

/** Every front and back view, solved once: the checks below each take the techniques they apply to. */
const SOLVED = TECHNIQUE_PICTURES.flatMap(([id, spec]) => {
  const pose = POSES[spec.pose];
  return pose.view === 'side' ? [] : [{ id, spec, pose, scene: solveFront(pose, spec) }];
});
const CASES = {
  'a relaxed arm': SOLVED.filter(({ scene }) => scene.arms.some((arm) => !arm.working)),
  'a table': SOLVED.filter(({ scene }) => scene.table),
};

describe('the front and back views', () => {
  it.each(Object.entries(CASES))('include at least one with %s, so its checks below run', (_name, cases) => {
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe.each(SOLVED)('the position picture of $id', ({ pose, scene }) => {
  const working = scene.arms.filter((arm) => arm.working);

  it('puts a working fingertip on each target, and each target on the body', () => {
    expect(working).toHaveLength(scene.targets.length);
    for (const target of scene.targets) {
      expect(Math.min(...working.map((arm) => distance(arm.hand.b, target)))).toBeLessThan(0.5);
      const onBody = Math.min(
        capsuleDistance(target, HEAD),
        capsuleDistance(target, NECK),
        ...scene.arms.flatMap((arm) => [capsuleDistance(target, arm.upper), capsuleDistance(target, arm.fore)]),
        Math.abs(target[0]) < 21 && target[1] > -53 ? 0 : Infinity, // on the trunk
      );
      expect(onBody).toBeLessThan(0.5);
    }
  });

  it('keeps the arms their length in three dimensions', () => {
    // A working arm, or one resting in the lap, is solved in three dimensions and drawn as its projection.
    for (const arm of scene.arms.filter((each) => each.joints)) {
      const [shoulder, elbow, wrist, tip] = arm.joints ?? [];
      const length = (p?: readonly number[], q?: readonly number[]) =>
        Math.hypot(...(p ?? []).map((v, i) => v - (q?.[i] ?? NaN)));
      expect([length(shoulder, elbow), length(elbow, wrist), length(wrist, tip)].map((v) => v.toFixed(6))).toEqual(
        ARM.map((v) => v.toFixed(6)),
      );
    }
    for (const arm of scene.arms.filter((each) => !each.joints)) {
      expect(distance(arm.upper.a, arm.upper.b)).toBeCloseTo(ARM[0]!, 6);
    }
  });

  it('rests the worked arm in the lap when the pose says so', () => {
    const resting = scene.arms.filter((arm) => !arm.working && arm.joints);
    expect(resting).toHaveLength(pose.armInLap ? 1 : 0);
    for (const arm of resting) expect(arm.hand.b[1]).toBeGreaterThan(-15); // down at the lap, not hanging past the seat
    for (const arm of resting) expect(arm.hand.b[1]).toBeLessThan(7);
  });
});

describe('the front and back views rest the arms', () => {
  it.each(CASES['a relaxed arm'])('$id: every relaxed hand ends at the chair seat, not below it', ({ scene }) => {
    for (const arm of scene.arms.filter((each) => !each.working))
      expect(capsuleBottom(arm.hand)).toBeLessThanOrEqual(SEAT_Y + 1);
  });

  it.each(CASES['a table'])('$id: the elbows rest on the table', ({ scene }) => {
    const working = scene.arms.filter((arm) => arm.working);
    expect(Math.max(...working.map((arm) => capsuleBottom(arm.upper)))).toBeCloseTo(scene.table?.topY ?? NaN, 6);
  });
});
