import { describe, expect, it } from 'vitest';
import { CLEARED, checkFromStorage, nextCheck } from './safety-check';

describe('safety check before the first Start', () => {
  it('opens unasked on a new device and cleared once answered', () => {
    expect(checkFromStorage(null)).toBe('unasked');
    expect(checkFromStorage('something else')).toBe('unasked');
    expect(checkFromStorage(CLEARED)).toBe('cleared');
  });

  it.each([
    ['unasked', 'start', { state: 'asking', startTimer: false }],
    ['asking', 'none', { state: 'cleared', startTimer: true, store: 'none-of-these' }],
    ['asking', 'applies', { state: 'applies', startTimer: false }],
    ['applies', 'back', { state: 'unasked', startTimer: false }],
    ['cleared', 'start', { state: 'cleared', startTimer: true }],
    ['cleared', 'forget', { state: 'unasked', startTimer: false, store: null }],
    ['unasked', 'none', { state: 'cleared', startTimer: false, store: 'none-of-these' }],
  ] as const)('from %s, %s gives %o', (state, event, step) => {
    expect(nextCheck(state, event)).toEqual(step);
  });

  it('never stores "One applies", so Start asks again', () => {
    const applied = nextCheck('asking', 'applies');
    expect(applied.store).toBeUndefined();
    expect(nextCheck(nextCheck(applied.state, 'back').state, 'start')).toEqual({ state: 'asking', startTimer: false });
  });
});
