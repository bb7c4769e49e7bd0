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

  it.each([
    ['asking', ['asking']],
    ['applies', ['applies']],
    ['cleared', ['idle', 'idle']],
    ['unasked', ['idle', 'idle']],
  ] as const)('an idle timer with the safety check %s shows parts for %j', (check, keys) => {
    expect(viewKeys('idle', 'idle', check)).toEqual(keys);
  });

  it('adds the ease-off key past the top of an until-eases target, and not while paused', () => {
    expect(viewKeys('running', 'count-up', 'cleared', 'moving-on')).toEqual(['running', 'count-up', 'moving-on']);
    expect(viewKeys('paused', 'count-up', 'cleared', 'moving-on')).toEqual(['paused']);
    expect(isShown('moving-on', viewKeys('running', 'count-up', 'cleared', 'ease-off'))).toBe(false);
  });

  it('ignores the check once the timer runs', () => {
    expect(viewKeys('running', 'hold', 'asking')).toEqual(['running', 'hold']);
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
