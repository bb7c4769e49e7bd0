import { describe, expect, it } from 'vitest';
import { countSyllables, fleschKincaidGrade, markdownToText, median, textStats } from './readability';

describe('countSyllables', () => {
  it.each([
    ['press', 1],
    ['the', 1],
    ['muscle', 2],
    ['shoulder', 2],
    ['gently', 2],
    ['tennis', 2],
    ['position', 3],
    ['relaxation', 4],
  ])('%s has about %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('textStats', () => {
  it('counts sentences at full stops and line breaks', () => {
    expect(textStats('Sit up tall. Press in.\nBreathe out').sentences).toBe(3);
  });
});

describe('fleschKincaidGrade', () => {
  it('rates short plain sentences as early grades', () => {
    expect(fleschKincaidGrade('Sit up tall. Press the spot. Hold it still. Let go.')).toBeLessThan(3);
  });
  it('rates long, technical sentences as high grades', () => {
    const dense =
      'Self-myofascial release techniques administered via cylindrical polyethylene apparatus demonstrate heterogeneous physiological consequences across randomized investigations.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(15);
  });
  it('is 0 for no words', () => {
    expect(fleschKincaidGrade('')).toBe(0);
  });
});

describe('markdownToText', () => {
  it('keeps link text and drops list and heading markers', () => {
    expect(markdownToText('## Why\n1. Press [the ball](/tools/tennis-ball/) **gently**.')).toBe(
      'Why\nPress the ball gently.',
    );
  });
});

describe('markdownToText on wrapped paragraphs', () => {
  it('joins the lines of one paragraph but keeps list items apart', () => {
    expect(markdownToText('Press the spot\nand hold it.\n\n- One\n- Two')).toBe(
      'Press the spot and hold it.\n\nOne\nTwo',
    );
  });
});

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 2, 3], 2.5],
    [[], 0],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
