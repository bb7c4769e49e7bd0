import { describe, expect, it } from 'vitest';
import { isShown, viewKeys } from './timer-view';

describe('viewKeys', () => {
  it.each([
    ['idle', 'idle', ['idle', 'idle']],
    ['running', 'hold', ['running', 'hold']],
    ['resting', 'switch', ['resting', 'switch']],
    ['paused', 'hold', ['paused']],
    ['done', 'done', ['done', 'finished']],
    ['done', 'stopped', ['done', 'stopped']],
  ] as const)('%s in phase %s shows parts for %j', (state, phase, keys) => {
    expect(viewKeys(state, phase)).toEqual(keys);
  });
});

describe('isShown', () => {
  const idle = viewKeys('idle', 'idle');
  it.each([
    ['idle', idle, true],
    ['lead-in running resting paused', idle, false],
    ['paused done', viewKeys('paused', 'hold'), true],
    ['paused done', viewKeys('running', 'hold'), false],
    ['finished', viewKeys('done', 'done'), true],
    ['finished', viewKeys('done', 'stopped'), false],
    ['stopped', viewKeys('done', 'stopped'), true],
    ['lead-in hold rest switch passes', viewKeys('running', 'count-up'), false],
    ['count-up', viewKeys('running', 'count-up'), true],
  ] as const)('"%s" with %j: %s', (when, keys, shown) => {
    expect(isShown(when, keys)).toBe(shown);
  });

  it('never matches part of a word', () => {
    expect(isShown('lead-in', ['lead'])).toBe(false);
  });
});
