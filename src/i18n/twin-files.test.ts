import { describe, expect, it } from 'vitest';
import { translationProblems } from './twin-files';

describe('the Spanish translation on disk', () => {
  it('has a twin for every English file, carrying every step, list item, number and link', () => {
    expect(translationProblems()).toEqual([]);
  });

  it('names a language with no translation at all, file by file', () => {
    const problems = translationProblems(['fr']);
    expect(problems).toContain(
      'content/fr/techniques/neck-line-trace.mdx is missing: translate content/techniques/neck-line-trace.mdx',
    );
    expect(problems).toContain('content/fr/safety.json is missing: translate content/safety.json');
  });
});
