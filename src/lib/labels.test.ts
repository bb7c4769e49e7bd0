import { describe, expect, it } from 'vitest';
import { listWords } from './labels';

describe('listWords', () => {
  it.each([
    [[], ''],
    [['Tennis ball'], 'Tennis ball'],
    [['Neck', 'Shoulders'], 'Neck and Shoulders'],
    [['Technique', 'Tennis ball', 'Neck'], 'Technique, Tennis ball and Neck'],
  ])('%o reads "%s"', (words, read) => {
    expect(listWords(words)).toBe(read);
  });
});
