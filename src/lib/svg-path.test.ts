import { describe, expect, it } from 'vitest';
import { SILHOUETTE } from './body-map';
import { compactPath, parsePath, pathPoints, pointInPath } from './svg-path';

describe('parsePath', () => {
  it('reads each command with its points, end point last', () => {
    expect(parsePath('M 1 2 Q 3,4 5 6 Z')).toEqual([
      { command: 'M', points: [[1, 2]] },
      {
        command: 'Q',
        points: [
          [3, 4],
          [5, 6],
        ],
      },
      { command: 'Z', points: [] },
    ]);
  });

  it.each([
    ['M 1 2 A 5 5 0 0 1 3 4', 'Path command "A" is not one of M L Q C Z'],
    ['m 1 2 l 3 4', 'Path command "m" is not one of M L Q C Z'],
    ['M 1 2 L 3', 'Path command "L" needs 2 numbers, got "3"'],
    ['M 1 2 C 3 4 5 6', 'Path command "C" needs 6 numbers, got "3 4 5 6"'],
    ['M 1 2 L 3 4 5', 'Path command "L" needs 2 numbers, got "3 4 5"'],
    ['M 1 2 L 3 ..', 'Path command "L" needs 2 numbers, got "3 .."'],
  ])('refuses %j', (d, message) => {
    expect(() => parsePath(d)).toThrow(message);
  });
});

describe('pathPoints', () => {
  it('reads end and control points of absolute M, L, Q and C commands', () => {
    expect(pathPoints('M 1 2 L 3 4 Q 5 6 7 8 C 9 10 11 12 13 14 Z')).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
      [11, 12],
      [13, 14],
    ]);
  });
});

describe('pointInPath', () => {
  const square = 'M 0 0 L 10 0 L 10 10 L 0 10 Z';

  it.each([
    [[5, 5], true],
    [[9.9, 0.1], true],
    [[11, 5], false],
    [[5, -1], false],
  ] as const)('finds %j inside a 10-unit square: %s', (point, inside) => {
    expect(pointInPath(point, square)).toBe(inside);
  });

  it('leaves out a hole cut by a second ring (even-odd)', () => {
    const framed = `${square} M 3 3 L 7 3 L 7 7 L 3 7 Z`;
    expect(pointInPath([5, 5], framed)).toBe(false);
    expect(pointInPath([1, 5], framed)).toBe(true);
  });

  it('follows a curve, not the straight line between its ends', () => {
    // A bump over the top of a 10-wide box: the curve peaks at y = -5 between x = 0 and x = 10.
    const bump = 'M 0 0 Q 5 -10 10 0 L 10 10 L 0 10 Z';
    expect(pointInPath([5, -4], bump)).toBe(true);
    expect(pointInPath([5, -6], bump)).toBe(false);
    expect(pointInPath([1, -4], bump)).toBe(false);
  });
});

describe('compactPath', () => {
  it.each([
    ['M -25 36 C -25 18.9 -13.8 5 0 5 Z', 'M-25 36C-25 18.9-13.8 5 0 5Z'],
    ['M -11 60 L 11 60 L 14 90 L -14 90 Z', 'M-11 60L11 60L14 90L-14 90Z'],
    ['  M 1  2 Q 3 -4 5 6  ', 'M1 2Q3-4 5 6'],
  ])('writes %j as %j', (d, compact) => {
    expect(compactPath(d)).toBe(compact);
  });

  it('keeps every point of every body-map shape', () => {
    for (const { d } of SILHOUETTE) expect(parsePath(compactPath(d))).toEqual(parsePath(d));
  });
});
