/**
 * How the content is written, checked over the real files: no long sentence
 * pasted across pages, no two evidence notes alike, one pressure scale, one
 * tool ladder, and claims attributed to the kind of source that makes them.
 */
import { describe, expect, it } from 'vitest';
import { hardStopFor, PRESSURE_LEVELS, scaleMentions, type PressureLevel } from './lib/pressure';
import { markdownToText } from './cli/readability';
import { readMdxFolder, type ContentFile } from './lib/content-files';

const COLLECTIONS = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'];
const files = COLLECTIONS.flatMap((collection) => readMdxFolder(collection));
const techniques = files.filter((file) => file.collection === 'techniques');

/** Every string a reader sees in a file: frontmatter text and the body. */
function readerText(file: ContentFile): string {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : [];
  const fields = Object.entries(file.frontmatter)
    .filter(([key]) => !['keywords', 'sources', 'areas', 'tools', 'picture', 'steps'].includes(key))
    .flatMap(([, value]) => strings(value));
  return [...fields, markdownToText(file.body)].join('\n');
}

const sentencesOf = (text: string) =>
  text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((sentence) =>
      sentence
        .toLowerCase()
        .replace(/[^a-z0-9' ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

describe('repeated sentences', () => {
  it('no sentence of 12 or more words is on 3 or more pages', () => {
    const pagesBySentence = new Map<string, Set<string>>();
    for (const file of files) {
      for (const sentence of sentencesOf(readerText(file))) {
        if (words(sentence).length < 12) continue;
        const pages = pagesBySentence.get(sentence) ?? new Set<string>();
        pages.add(`${file.collection}/${file.id}`);
        pagesBySentence.set(sentence, pages);
      }
    }
    const repeated = [...pagesBySentence]
      .filter(([, pages]) => pages.size >= 3)
      .map(([sentence, pages]) => `"${sentence}" on ${[...pages].join(', ')}`);
    expect(repeated).toEqual([]);
  });
});

describe('evidence notes', () => {
  /** Share of three-word runs two notes have in common (Jaccard). */
  const shingles = (text: string) => {
    const list = words(text);
    return new Set(list.slice(0, -2).map((word, index) => `${word} ${list[index + 1]} ${list[index + 2]}`));
  };
  const similarity = (a: Set<string>, b: Set<string>) => {
    const shared = [...a].filter((shingle) => b.has(shingle)).length;
    return shared / (a.size + b.size - shared);
  };

  it('no two are alike', () => {
    const notes = techniques.map((file) => ({ id: file.id, shingles: shingles(String(file.frontmatter['evidence'])) }));
    const alike: string[] = [];
    for (const [index, note] of notes.entries())
      for (const other of notes.slice(index + 1))
        if (similarity(note.shingles, other.shingles) > 0.3) alike.push(`${note.id} and ${other.id}`);
    expect(alike).toEqual([]);
  });

  it('name the kind of source, never "health experts" or "health writers"', () => {
    const vague = files.filter((file) => /health (experts|writers)/i.test(readerText(file))).map((file) => file.id);
    expect(vague).toEqual([]);
  });
});

describe('the pressure scale', () => {
  it.each(techniques.map((file) => [file.id, file] as const))(
    '%s: every "out of 10" sits in its pressure level, under the hard stop',
    (_id, file) => {
      const level = PRESSURE_LEVELS[file.frontmatter['pressure'] as PressureLevel];
      const stop = hardStopFor(file.frontmatter['areas'] as string[]);
      // Below the technique's own stop, the level's top included: no level may reach it.
      expect(level.max).toBeLessThan(stop);
      for (const mention of scaleMentions(readerText(file))) {
        expect(mention.min).toBeGreaterThanOrEqual(level.min);
        expect(mention.max).toBeLessThanOrEqual(level.max);
      }
    },
  );
});

describe('the tool ladder', () => {
  const firmness = new Map(
    readMdxFolder('tools').map((tool) => [tool.id, Number(tool.frontmatter['firmness'])] as const),
  );
  const byId = new Map(techniques.map((file) => [file.id, file] as const));
  const firmnessOf = (id: string) => firmness.get((byId.get(id)?.frontmatter['tools'] as string[])[0] ?? '') ?? NaN;

  it('gives each tool its own step', () => {
    expect(new Set(firmness.values()).size).toBe(firmness.size);
  });

  it.each(techniques.map((file) => [file.id, file] as const))(
    '%s: its easier and harder versions step down and up the ladder',
    (id, file) => {
      const easier = file.frontmatter['easier'];
      const harder = file.frontmatter['harder'];
      if (typeof easier === 'string') expect(firmnessOf(easier)).toBeLessThanOrEqual(firmnessOf(id));
      if (typeof harder === 'string') expect(firmnessOf(harder)).toBeGreaterThanOrEqual(firmnessOf(id));
    },
  );
});
