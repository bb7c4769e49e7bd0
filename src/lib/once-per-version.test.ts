import { describe, expect, it } from 'vitest';
import { oncePerVersion } from './once-per-version';

function counted() {
  const calls: string[][] = [];
  const titles = oncePerVersion((entries: readonly { id: string; digest?: string }[]) => {
    calls.push(entries.map((entry) => entry.id));
    return entries.map((entry) => entry.id.toUpperCase());
  });
  return { calls, titles };
}

describe('oncePerVersion', () => {
  it('derives once for new entry objects with the same ids and digests', () => {
    const { calls, titles } = counted();
    expect(titles([{ id: 'neck', digest: 'a1' }])).toEqual(['NECK']);
    expect(titles([{ id: 'neck', digest: 'a1' }])).toEqual(['NECK']);
    expect(calls).toEqual([['neck']]);
  });

  it('derives again when a file changes, or one is added', () => {
    const { calls, titles } = counted();
    titles([{ id: 'neck', digest: 'a1' }]);
    titles([{ id: 'neck', digest: 'b2' }]);
    expect(
      titles([
        { id: 'neck', digest: 'b2' },
        { id: 'jaw', digest: 'c3' },
      ]),
    ).toEqual(['NECK', 'JAW']);
    expect(calls).toEqual([['neck'], ['neck'], ['neck', 'jaw']]);
  });

  it('keeps nothing for entries without a digest, which could not show a change', () => {
    const { calls, titles } = counted();
    titles([{ id: 'neck' }]);
    titles([{ id: 'neck' }]);
    expect(calls).toEqual([['neck'], ['neck']]);
  });

  it('tells apart the same entry given as another argument', () => {
    const calls: number[] = [];
    const pair = oncePerVersion(
      (a: readonly { id: string; digest: string }[], b: readonly { id: string; digest: string }[]) => {
        calls.push(a.length - b.length);
        return a.length - b.length;
      },
    );
    const neck = { id: 'neck', digest: 'a1' };
    expect(pair([neck], [])).toBe(1);
    expect(pair([], [neck])).toBe(-1);
    expect(calls).toEqual([1, -1]);
  });
});
