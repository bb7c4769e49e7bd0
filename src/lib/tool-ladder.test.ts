import { describe, expect, it } from 'vitest';
import { ladderWords } from './tool-ladder';

const tools = [
  { id: 'tennis-ball', title: 'Tennis ball', firmness: 3 },
  { id: 'hands', title: 'Hands and elbows', firmness: 1 },
  { id: 'foam-roller', title: 'Foam roller', firmness: 2 },
];

describe('ladderWords', () => {
  it('places a tool between its neighbours by firmness', () => {
    expect(ladderWords(tools, 'foam-roller')).toBe(
      'Step 2 of 3 on the tool ladder, after hands and elbows and before tennis ball.',
    );
  });
  it('names the ends of the ladder', () => {
    expect(ladderWords(tools, 'hands')).toBe('Step 1 of 3 on the tool ladder: the softest, before foam roller.');
    expect(ladderWords(tools, 'tennis-ball')).toBe('Step 3 of 3 on the tool ladder: the firmest, after foam roller.');
  });
});
