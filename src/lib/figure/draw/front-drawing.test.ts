import { describe, expect, it } from 'vitest';
import { pathPoints } from '../../svg-path';
import type { PictureSpec } from '../picture-spec';
import { POSES, type FrontPose } from '../pose/poses';
import { solveFront } from '../solve/front-solver';
import { frontDrawing } from './front-drawing';

const drawn = (spec: PictureSpec) => frontDrawing(solveFront(POSES[spec.pose] as FrontPose, spec), spec);
const hasHair = (drawing: ReturnType<typeof drawn>) =>
  drawing.layers.flat().some((part) => 'hair' in part && part.hair);

describe('a back view of fingers stroking down the neck on both sides', () => {
  const drawing = drawn({
    pose: 'seated-back',
    support: 'chair',
    tool: 'fingers',
    contact: 'neck-top',
    movement: 'drag-line',
    view: 'back',
    side: 'both',
    line: ['neck-top', 'neck-base'],
  });

  it('shows the back of the head as hair, and both working hands', () => {
    expect(hasHair(drawing)).toBe(true);
    expect(drawing.layers.flat().filter((part) => 'tool' in part && part.tool)).toHaveLength(2);
  });

  it('draws one stroke arrow beside each side of the neck, top to bottom', () => {
    const lines = drawing.arrows.map((arrow) => pathPoints(arrow).slice(0, 2));
    expect(lines.map(([from]) => Math.sign(from?.[0] ?? 0))).toEqual([-1, 1]);
    for (const [from, to] of lines) expect(to?.[1]).toBeGreaterThan(from?.[1] ?? Infinity);
  });
});

describe('a front view at a table', () => {
  const drawing = drawn({
    pose: 'seated-front-table',
    support: 'table',
    tool: 'fingers',
    contact: 'temple',
    movement: 'circle',
    view: 'front',
    side: 'both',
  });

  it('shows a face, not hair, the table top under the elbows, and a circling arrow for each hand', () => {
    expect(hasHair(drawing)).toBe(false);
    expect(drawing.surfaces).toHaveLength(1);
    expect(drawing.arrows).toHaveLength(2);
  });
});
