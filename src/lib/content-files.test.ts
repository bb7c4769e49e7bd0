import { describe, expect, it } from 'vitest';
import { knownIdsOnDisk, readMdxFolder } from './content-files';

describe('knownIdsOnDisk', () => {
  it('names each tool by its file name, in name order', () => {
    expect(knownIdsOnDisk().tools).toEqual(['foam-roller', 'hands', 'lacrosse-ball', 'tennis-ball']);
  });

  it('names the techniques and sources the build checks references against', () => {
    const ids = knownIdsOnDisk();
    expect(ids.techniques).toContain('neck-line-trace');
    expect(ids.techniques).not.toContain('neck-line-trace.mdx');
    expect(ids.sources.length).toBeGreaterThan(0);
  });
});

describe('readMdxFolder', () => {
  it('splits each file into its frontmatter and its body', () => {
    const hands = readMdxFolder('tools').find((file) => file.id === 'hands');
    expect(hands?.frontmatter['firmness']).toBe(1);
    expect(hands?.frontmatter).not.toHaveProperty('body');
    expect(hands?.body).not.toContain('firmness:');
  });
});
