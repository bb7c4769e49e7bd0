import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { translationSchemas } from './translation-schemas';
import { knownIdsOnDisk, readJsonEntries, readMdxFolder } from './lib/content-files';
import { TRANSLATED_FOLDERS } from './i18n/twin-files';

const schemas = translationSchemas(knownIdsOnDisk());

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('every Spanish file holds words only, in the shape of its English twin', () => {
  for (const folder of TRANSLATED_FOLDERS) {
    it(`content/es/${folder}/ passes its schema`, () => {
      const files = readMdxFolder(`es/${folder}`);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(problems(schemas[folder], file.frontmatter), file.path).toEqual([]);
    });
  }

  it('content/es/safety.json passes its schema', () => {
    expect(problems(schemas.safety, readJsonEntries('es/safety.json')[0])).toEqual([]);
  });
});

describe('a fact written into a translation', () => {
  const neck = () => readMdxFolder('es/techniques').find((file) => file.id === 'neck-line-trace')!.frontmatter;

  it('fails, naming the field: doses and pictures are entered once, in English', () => {
    expect(problems(schemas.techniques, { ...neck(), dose: { kind: 'hold', seconds: 60 } })).toEqual([
      ': Unrecognized key: "dose"',
    ]);
    expect(problems(schemas.techniques, { ...neck(), picture: { pose: 'seated-back' } })).toEqual([
      ': Unrecognized key: "picture"',
    ]);
  });

  it('fails for a routine that lists its own steps', () => {
    const routine = readMdxFolder('es/routines')[0]!.frontmatter;
    expect(problems(schemas.routines, { ...routine, steps: [] })).toEqual([': Unrecognized key: "steps"']);
  });

  it('fails for a sign that names its own sources', () => {
    const safety = structuredClone(readJsonEntries('es/safety.json')[0]!) as {
      levels: { emergency: { signs: Record<string, unknown>[] } };
    };
    safety.levels.emergency.signs[0]!['sources'] = ['nhs-chest-pain'];
    expect(problems(schemas.safety, safety)).toEqual(['levels.emergency.signs.0: Unrecognized key: "sources"']);
  });
});
