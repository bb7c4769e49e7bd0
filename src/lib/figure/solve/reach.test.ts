import { describe, expect, it } from 'vitest';
import { angleOf, behind, elbowFor, higher, lower } from './reach';

describe('angleOf', () => {
  it.each([
    [[1, 0], 0],
    [[1, -1], 45],
    [[0, -1], 90],
    [[0, 1], -90],
  ] as const)('reads the screen vector %j as %d° (0 forward, 90 up)', (v, degrees) => {
    expect(angleOf(v)).toBeCloseTo(degrees, 12);
  });
});

describe('elbowFor', () => {
  // Two bones of 5 reaching 6 away: the elbow is 3 along and 4 to one side (a 3-4-5 triangle).
  it('bends the elbow down with `lower` and up with `higher`', () => {
    expect(elbowFor([0, 0], [6, 0], 5, 5, lower)).toEqual([3, 4]);
    expect(elbowFor([0, 0], [6, 0], 5, 5, higher)).toEqual([3, -4]);
  });

  it('points the arm straight at a target out of reach', () => {
    expect(elbowFor([0, 0], [100, 0], 30, 25, lower)).toEqual([30, 0]);
  });

  it('keeps both bones their length', () => {
    const elbow = elbowFor([2, 3], [20, 10], 29, 32, higher);
    expect(Math.hypot(elbow[0] - 2, elbow[1] - 3)).toBeCloseTo(29, 9);
    expect(Math.hypot(elbow[0] - 20, elbow[1] - 10)).toBeCloseTo(32, 9);
  });
});

describe('the elbow pickers', () => {
  it('choose the lower, the higher or the one further back of two answers', () => {
    expect(lower([0, 1], [0, 2])).toEqual([0, 2]);
    expect(higher([0, 1], [0, 2])).toEqual([0, 1]);
    expect(behind([3, 0], [1, 0])).toEqual([1, 0]);
  });
});
