import { describe, expect, it } from 'vitest';
import { headRollArrow, roundArrow, straightArrow } from './arrows';

describe('movement arrows', () => {
  it('draw a straight arrow as one path with an open "V" head at its end', () => {
    expect(straightArrow([0, 0], [10, 0])).toBe('M0 0L10 0M6 2.8L10 0L6 -2.8');
  });

  it('put a second head at the start of a two-way arrow (rolling up and down)', () => {
    expect(straightArrow([0, 0], [10, 0], true)).toBe('M0 0L10 0M6 2.8L10 0L6 -2.8M4 -2.8L0 0L4 2.8');
  });

  it('draw most of a circle for circling, turning clockwise on screen', () => {
    expect(roundArrow([0, 0], 5)).toBe('M-0.9 -4.9A5 5 0 1 1 -4.3 2.5M0.1 4.6L-4.3 2.5L-4.8 7.4');
  });

  it('draw an arc over the head with a head at each end for rolling or turning the head', () => {
    expect(headRollArrow([0, 0], 10)).toBe(
      'M-8.7 -5A10 10 0 0 1 8.7 -5M4.2 -7.1L8.7 -5L9.1 -9.9M-9.1 -9.9L-8.7 -5L-4.2 -7.1',
    );
  });
});
