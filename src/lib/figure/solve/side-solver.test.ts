import { describe, expect, it } from 'vitest';
import { landmark } from '../pose/landmarks';
import { HIP_LIFT } from '../pose/pose-types';
import { POSES, type SidePose } from '../pose/poses';
import { activeSteps, solveSide } from './side-solver';
import { bodyDistance, toolSkip } from './side-trial';
import { SEGMENTS, SPECS, type Segment } from '../pose/skeleton';
import { isHandTool } from '../picture-spec';
import { TECHNIQUE_PICTURES } from '../testing/pictures.fixture';
import { capsuleBottom, capsuleDistance, distance } from '../vec';

const TOUCH = 0.5; // figure units; a picture is drawn at about 1.3 px per unit at most, so within 1 px

const sideViews = TECHNIQUE_PICTURES.filter(([, spec]) => POSES[spec.pose].view === 'side');

describe.each(sideViews)('the position picture of %s', (_id, spec) => {
  const pose = POSES[spec.pose] as SidePose;
  const scene = solveSide(pose, spec);
  const { skeleton, tool, holding } = scene;
  const overlapped = toolSkip(spec, holding);
  const steps = activeSteps(pose, spec);

  it('keeps every segment its length', () => {
    // A crossed leg turns toward the viewer, so it is drawn shorter by a fixed share.
    const seen = (name: Segment) => (pose.crossedAnkle as Partial<Record<Segment, number>> | undefined)?.[name] ?? 1;
    for (const name of SEGMENTS)
      expect(distance(skeleton[name].a, skeleton[name].b), name).toBeCloseTo(SPECS[name].length * seen(name), 6);
  });

  it('puts the tool against the body at its landmark, not in it', () => {
    expect(Math.abs(bodyDistance(skeleton, tool.center, overlapped) - tool.r)).toBeLessThan(TOUCH);
    const segment = landmark(spec.contact).onSide?.segment ?? 'torso';
    expect(capsuleDistance(tool.center, skeleton[segment]) - tool.r).toBeLessThan(TOUCH);
  });

  it('reaches the tool with the working hand', () => {
    for (const arm of holding) expect(distance(skeleton[`${arm}Hand`].b, tool.center)).toBeLessThan(3);
    if (isHandTool(spec.tool)) expect(holding.length).toBeGreaterThan(0);
  });

  it('rests the tool on its support', () => {
    const bottom = tool.center[1] + tool.r;
    if (steps.some((step) => step?.until === 'tool')) expect(Math.abs(bottom)).toBeLessThan(TOUCH);
    if (spec.support === 'wall') expect(Math.abs(tool.center[0] - tool.r - (scene.wall?.x ?? NaN))).toBeLessThan(TOUCH);
    if (spec.support === 'table') {
      const top = scene.table?.topY ?? NaN;
      const resting = isHandTool(spec.tool)
        ? Math.max(capsuleBottom(skeleton.nearForearm), capsuleBottom(skeleton.nearHand))
        : bottom;
      expect(Math.abs(resting - top)).toBeLessThan(TOUCH);
    }
    if (spec.support === 'chair' && spec.tool === 'knuckles')
      expect(Math.abs(tool.center[0] - tool.r - (scene.chair?.backX ?? NaN))).toBeLessThan(TOUCH);
  });

  it('sets the body on the floor, with nothing sunk into it', () => {
    expect(Math.abs(capsuleBottom(skeleton[pose.base]) + (pose.hipsLifted ? HIP_LIFT : 0))).toBeLessThan(TOUCH);
    for (const name of SEGMENTS) expect(capsuleBottom(skeleton[name]), name).toBeLessThan(TOUCH);
  });

  it('lands each foot, leg and hand the pose rests on', () => {
    for (const step of steps) {
      if (step && step.until !== 'tool' && step.until !== 'wall')
        expect(Math.abs(capsuleBottom(skeleton[step.until])), step.until).toBeLessThan(TOUCH);
    }
    for (const arm of pose.handsOnFloor ?? [])
      expect(Math.abs(capsuleBottom(skeleton[`${arm}Hand`])), arm).toBeLessThan(TOUCH);
  });

  it('lifts the hips off the floor, and rests a crossed ankle on the other knee, when the pose says so', () => {
    const hip = skeleton.torso;
    if (pose.hipsLifted) expect(hip.a[1] + hip.ra).toBeLessThan(-HIP_LIFT + TOUCH);
    else if (pose.base === 'torso') expect(hip.a[1] + hip.ra).toBeGreaterThan(-TOUCH);
    if (pose.crossedAnkle) {
      const ankleOnKnee = capsuleDistance(skeleton.nearShin.b, skeleton.farThigh) - SPECS.nearShin.rb;
      expect(Math.abs(ankleOnKnee)).toBeLessThan(TOUCH);
      expect(distance(skeleton.nearShin.b, skeleton.farThigh.b)).toBeLessThan(12);
    }
  });

  it('keeps the body out of the wall, and the hips on the chair', () => {
    if (scene.wall) {
      for (const name of SEGMENTS) {
        const { a, b, ra, rb } = skeleton[name];
        expect(Math.min(a[0] - ra, b[0] - rb), name).toBeGreaterThan(scene.wall.x - TOUCH);
      }
    }
    if (scene.chair) expect(Math.abs(capsuleBottom(skeleton.torso) - scene.chair.seatY)).toBeLessThan(TOUCH);
  });
});
