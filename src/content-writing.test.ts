/**
 * How the content is written, checked over the real files: no long sentence
 * pasted across pages, no two evidence notes alike, one pressure scale, one
 * tool ladder, and claims attributed to the kind of source that makes them.
 */
import { describe, expect, it } from 'vitest';
import { hardStopFor, PRESSURE_LEVELS, type PressureLevel } from './lib/pressure';
import { markdownToText } from './cli/readability';
import { readMdxFolder, type ContentFile } from './lib/content-files';

/** Every "N out of 10" or "N to M out of 10" in some text, as ranges. */
function scaleMentions(text: string): { min: number; max: number }[] {
  return [...text.matchAll(/(\d+)(?:\s+to\s+(\d+))?\s+out of 10\b/g)].map((match) => ({
    min: Number(match[1]),
    max: Number(match[2] ?? match[1]),
  }));
}

describe('scaleMentions, the reader of numbers on the pressure scale', () => {
  it('reads single numbers and ranges', () => {
    expect(scaleMentions('Press to about 4 out of 10, then 5 to 6 out of 10.')).toEqual([
      { min: 4, max: 4 },
      { min: 5, max: 6 },
    ]);
    expect(scaleMentions('No numbers here.')).toEqual([]);
  });
});

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
    '%s: its pressure level tops out under its hard stop',
    (_id, file) => {
      const level = PRESSURE_LEVELS[file.frontmatter['pressure'] as PressureLevel];
      // Below the technique's own stop, the level's top included: no level may reach it.
      expect(level.max).toBeLessThan(hardStopFor(file.frontmatter['areas'] as string[]));
    },
  );

  // Only the techniques whose own words give a number on the scale.
  const saying = techniques
    .map((file) => ({ file, mentions: scaleMentions(readerText(file)) }))
    .filter(({ mentions }) => mentions.length > 0);

  it('finds techniques that give a number "out of 10"', () => {
    expect(saying.length).toBeGreaterThan(0);
  });

  it.each(saying.map(({ file, mentions }) => [file.id, file, mentions] as const))(
    '%s: every "out of 10" sits in its pressure level',
    (_id, file, mentions) => {
      const level = PRESSURE_LEVELS[file.frontmatter['pressure'] as PressureLevel];
      const outside = mentions.filter((mention) => mention.min < level.min || mention.max > level.max);
      expect(outside).toEqual([]);
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

  const withVersion = (field: 'easier' | 'harder') =>
    techniques.flatMap((file) => {
      const other = file.frontmatter[field];
      return typeof other === 'string' ? [[file.id, other] as const] : [];
    });

  it.each(withVersion('easier'))('%s: its easier version, %s, is no firmer', (id, easier) => {
    expect(firmnessOf(easier)).toBeLessThanOrEqual(firmnessOf(id));
  });

  it.each(withVersion('harder'))('%s: its harder version, %s, is no softer', (id, harder) => {
    expect(firmnessOf(harder)).toBeGreaterThanOrEqual(firmnessOf(id));
  });
});
