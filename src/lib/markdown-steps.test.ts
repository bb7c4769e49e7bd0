import { describe, expect, it } from 'vitest';
import { numberedSteps, plainText } from './markdown-steps';

describe('plainText', () => {
  it.each([
    ['Press **firmly** with `one` thumb.', 'Press firmly with one thumb.'],
    ['See [the tennis ball](/tools/tennis-ball/) guide.', 'See the tennis ball guide.'],
    ['Hold *still*  and\tbreathe.', 'Hold still and breathe.'],
    ['Use <strong>one</strong> hand.', 'Use one hand.'],
  ])('reads %j as %j', (markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});

describe('numberedSteps', () => {
  it('reads the numbered list in order, as plain text', () => {
    const body =
      '\n1. Sit up **tall**.\n2. Press the [tender spot](/guides/finding-the-tender-spot/).\n\n10. Breathe `slowly`.\n';
    expect(numberedSteps(body)).toEqual(['Sit up tall.', 'Press the tender spot.', 'Breathe slowly.']);
  });

  it('joins an indented continuation line to its step and ignores other text', () => {
    const body =
      'Before you start, read the safety advice.\n\n1. Lie on your back\n   with knees bent. Then relax.\n2) Roll slowly.\n\nThat is all.';
    expect(numberedSteps(body)).toEqual(['Lie on your back with knees bent. Then relax.', 'Roll slowly.']);
  });

  it('is empty for a body without a numbered list', () => {
    expect(numberedSteps('Some words.\n- a bullet\n- another')).toEqual([]);
  });
});
