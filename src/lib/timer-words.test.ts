import { describe, expect, it } from 'vitest';
import { timer as en } from '../i18n/en/timer';
import { timer as es } from '../i18n/es/timer';
import { packWords, unpackWords } from './timer-words';

type Phrase = string | ((...values: unknown[]) => string) | { [key: string]: Phrase };

/** Every phrase of a table, by its path ("live.holdOf"). */
function phrases(words: Phrase, path = ''): [string, Phrase][] {
  if (typeof words !== 'object') return [[path, words]];
  return Object.entries(words).flatMap(([key, value]) => phrases(value, path ? `${path}.${key}` : key));
}

describe.each([
  ['English', en],
  ['Spanish', es],
])('the timer words in %s, as the page sends them to the script', (_language, words) => {
  const unpacked = unpackWords(packWords(words));
  const original = phrases({ units: words.units, live: words.live } as unknown as Phrase);
  const sent = new Map(phrases(unpacked as unknown as Phrase));

  it.each(original)('%s says the same after the trip', (path, phrase) => {
    const arrived = sent.get(path);
    if (typeof phrase === 'function') {
      // Values a phrase cannot be told from its holes, and a title with braces in it.
      const values = [7, 'Neck {1}: trace', 23];
      expect(typeof arrived).toBe('function');
      expect((arrived as (...values: unknown[]) => string)(...values)).toBe(phrase(...values));
    } else {
      expect(arrived).toBe(phrase);
    }
  });
});

describe('packWords', () => {
  it('writes templates with holes, and escapes "<" so the text never ends its script block', () => {
    const json = packWords({ units: en.units, live: { ...en.live, lastOne: '</script>' } });
    expect(json).toContain('"holdOf":["Hold {0} of {1}"]');
    expect(json).not.toContain('</script>');
    expect(unpackWords(json).live.lastOne).toBe('</script>');
  });

  it('carries only the words the script uses, in the one language', () => {
    const json = packWords(es);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['units', 'live']);
    expect(json).toContain('"holdOf":["Repetición {0} de {1}"]');
    expect(json).not.toMatch(/Left side|press now|Time left|\{0\} seconds/);
  });
});
