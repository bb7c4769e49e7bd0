import { describe, expect, it } from 'vitest';
import { pathPoints } from '../../svg-path';
import type { PictureSpec } from '../picture-spec';
import { POSES, type SidePose } from '../pose/poses';
import { solveSide } from '../solve/side-solver';
import { sideDrawing } from './side-drawing';

function drawn(spec: PictureSpec) {
  const scene = solveSide(POSES[spec.pose] as SidePose, spec);
  return { scene, drawing: sideDrawing(scene, spec) };
}

describe('a side view with a ball against a wall', () => {
  const { scene, drawing } = drawn({
    pose: 'standing-wall-back',
    support: 'wall',
    tool: 'tennis-ball',
    contact: 'upper-back',
    movement: 'lean-in',
    view: 'side',
    side: 'left',
  });

  it('draws the ball as the tool, the wall as a surface, and no hand in the accent colour', () => {
    expect(drawing.tool?.kind).toBe('tennis-ball');
    expect(drawing.surfaces).toHaveLength(1);
    expect(drawing.supports).toEqual([]);
    expect(drawing.layers.flat().some((part) => 'tool' in part && part.tool)).toBe(false);
  });

  it('points the lean arrow back toward the wall from in front of the body, clear of the ball', () => {
    expect(drawing.arrows).toHaveLength(1);
    const [start, end] = pathPoints(drawing.arrows[0]!);
    expect(end![0]).toBeLessThan(start![0]);
    const ballFront = scene.tool.center[0] + scene.tool.r;
    for (const [x] of pathPoints(drawing.arrows[0]!)) expect(x).toBeGreaterThan(ballFront);
  });
});

describe('a side view with the thumb pressing the thigh on a chair', () => {
  const { drawing } = drawn({
    pose: 'seated-chair',
    support: 'chair',
    tool: 'thumb',
    contact: 'thigh-front',
    movement: 'hold',
    view: 'side',
    side: 'left',
  });

  it('draws the working hand in the accent colour instead of a separate tool, on a chair', () => {
    expect(drawing.tool).toBeUndefined();
    expect(drawing.layers.flat().filter((part) => 'tool' in part && part.tool)).toHaveLength(1);
    expect(drawing.supports).toHaveLength(1);
    expect(drawing.arrows).toEqual([]);
  });
});
