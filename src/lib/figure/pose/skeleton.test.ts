import { describe, expect, it } from 'vitest';
import { distance } from '../vec';
import { angles } from './pose-types';
import { buildSkeleton, moveSkeleton, SEGMENTS, SPECS } from './skeleton';

describe('the skeleton', () => {
  const standing = buildSkeleton(angles({}));
  const capsules = Object.values(standing);
  const top = Math.min(...capsules.map((c) => Math.min(c.a[1] - c.ra, c.b[1] - c.rb)));
  const bottom = Math.max(...capsules.map((c) => Math.max(c.a[1] + c.ra, c.b[1] + c.rb)));
  const { head } = standing;
  const headHeight =
    Math.max(head.a[1] + head.ra, head.b[1] + head.rb) - Math.min(head.a[1] - head.ra, head.b[1] - head.rb);

  it('stands about 167 units tall (1 unit is about 1 cm), the head about 1/7.3 of it', () => {
    expect(bottom - top).toBeCloseTo(167.7, 1);
    expect((bottom - top) / headHeight).toBeCloseTo(7.3, 1);
  });

  it('hangs each segment from its parent, at its length', () => {
    expect(standing.neck.a).toEqual(standing.torso.b);
    expect(standing.nearShin.a).toEqual(standing.nearThigh.b);
    expect(standing.torso.a).toEqual([0, 0]);
    for (const name of SEGMENTS)
      expect(distance(standing[name].a, standing[name].b)).toBeCloseTo(SPECS[name].length, 9);
  });

  it('moves every shape together', () => {
    const moved = moveSkeleton(standing, [5, -3]);
    expect(moved.torso.a).toEqual([5, -3]);
    expect(moved.nearFoot.b[0]).toBeCloseTo(standing.nearFoot.b[0] + 5, 9);
    expect(moved.nearFoot.b[1]).toBeCloseTo(standing.nearFoot.b[1] - 3, 9);
  });
});
