import { describe, expect, it } from 'vitest';
import { capsuleBottom, capsuleDistance, capsulePath, direction, fmt, pt, turn, type Capsule } from './vec';

const BAR: Capsule = { a: [0, 0], b: [10, 0], ra: 2, rb: 2 };

describe('direction and turn', () => {
  it('read pose angles the way people say them: 0° is forward (+x), 90° is up (-y on screen)', () => {
    expect(direction(0)).toEqual([1, -0]);
    expect(direction(90)[0]).toBeCloseTo(0, 12);
    expect(direction(90)[1]).toBe(-1);
    expect(direction(-90)[1]).toBe(1);
  });

  it('turn forward by 90° into up', () => {
    const up = turn([1, 0], 90);
    expect(up[0]).toBeCloseTo(0, 12);
    expect(up[1]).toBe(-1);
  });
});

describe('capsuleDistance', () => {
  it.each([
    [[5, 2], 0, 'on the outline'],
    [[5, 0], -2, 'inside, on the axis'],
    [[13, 0], 1, 'beyond the round end'],
    [[-3, 0], 1, 'beyond the other end'],
    [[5, 7], 5, 'off the straight side'],
  ] as const)('is %j → %d for a point %s', (point, expected, _where) => {
    expect(capsuleDistance(point, BAR)).toBeCloseTo(expected, 9);
  });

  it('treats a capsule with both ends together as a circle of its larger radius', () => {
    expect(capsuleDistance([5, 0], { a: [0, 0], b: [0, 0], ra: 2, rb: 3 })).toBe(2);
  });
});

describe('capsuleBottom', () => {
  it('is the lowest point of either end circle (y grows downward)', () => {
    expect(capsuleBottom({ a: [0, 0], b: [0, 10], ra: 2, rb: 1 })).toBe(11);
    expect(capsuleBottom({ a: [0, 10], b: [0, 0], ra: 3, rb: 1 })).toBe(13);
  });
});

describe('numbers for markup', () => {
  it.each([
    [1.25, '1.3'],
    [2, '2'],
    [-1.06, '-1.1'],
    [-0.04, '0'],
  ])('writes %d as %s: one decimal, no trailing ".0", no "-0"', (value, written) => {
    expect(fmt(value)).toBe(written);
  });

  it('writes a point as "x y"', () => {
    expect(pt([1.04, -2.46])).toBe('1 -2.5');
  });
});

describe('capsulePath', () => {
  it('outlines an even bar with two tangent lines and two half circles', () => {
    expect(capsulePath(BAR)).toBe('M0 2L10 2A2 2 0 0 0 10 -2L0 -2A2 2 0 1 0 0 2z');
  });

  it('tapers between ends of different sizes', () => {
    expect(capsulePath({ a: [0, 0], b: [0, 10], ra: 3, rb: 2 })).toBe(
      'M-3 0.3L-2 10.2A2 2 0 0 0 2 10.2L3 0.3A3 3 0 1 0 -3 0.3z',
    );
  });

  it('draws one circle when the larger end swallows the smaller', () => {
    expect(capsulePath({ a: [0, 0], b: [0, 1], ra: 4, rb: 2 })).toBe('M-4 0a4 4 0 1 0 8 0a4 4 0 1 0 -8 0z');
  });
});
