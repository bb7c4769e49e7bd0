import { describe, expect, it } from 'vitest';
import { boundsOf, capsuleCorners } from './drawing';

describe('a drawing’s bounds', () => {
  it('hold every point with the padding round them: [left, top, right, bottom]', () => {
    expect(
      boundsOf(
        [
          [0, 0],
          [10, -5],
          [4, 3],
        ],
        2,
      ),
    ).toEqual([-2, -7, 12, 5]);
  });

  it('take a capsule by the squares round its two end circles', () => {
    expect(capsuleCorners({ a: [0, 0], b: [10, 0], ra: 3, rb: 1 })).toEqual([
      [-3, -3],
      [3, 3],
      [9, -1],
      [11, 1],
    ]);
  });
});
