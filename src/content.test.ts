/**
 * Every real content file against the same schemas the build uses, one test
 * per file, so an author sees every broken file at once, not the first.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { AREA_IDS } from './lib/areas';
import { collectionSchemas } from './schemas';
import { knownIdsOnDisk, readJsonEntries, readMdxFolder } from './lib/content-files';

const ids = knownIdsOnDisk();
const schemas = collectionSchemas(ids);

function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const mdxCollections = (['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'] as const).map(
  (collection): [string, z.ZodType] => [collection, schemas[collection]],
);

describe.each(mdxCollections)('content/%s', (collection, schema) => {
  const files = readMdxFolder(collection);
  it.each(files.map((file) => [file.id, file] as const))('%s matches the schema', (_id, file) => {
    expect(problems(schema, file.frontmatter)).toEqual([]);
  });
});

describe('content/areas', () => {
  it('has exactly one file for each of the eleven fixed areas', () => {
    const onDisk = readMdxFolder('areas')
      .map((file) => file.id)
      .sort();
    expect(onDisk).toEqual([...AREA_IDS].sort());
  });
});

describe('content/sources.json', () => {
  const entries = readJsonEntries('sources.json');
  it.each(entries.map((entry) => [String(entry['id']), entry] as const))('%s matches the schema', (_id, entry) => {
    expect(problems(schemas.sources, entry)).toEqual([]);
  });
  it('has no duplicate ids', () => {
    expect(new Set(ids.sources).size).toBe(ids.sources.length);
  });
});

describe('content/safety.json', () => {
  it('holds one valid "site" entry', () => {
    const entries = readJsonEntries('safety.json');
    expect(entries).toHaveLength(1);
    expect(problems(schemas.safety, entries[0])).toEqual([]);
  });

  const entry = () => structuredClone(readJsonEntries('safety.json')[0]!) as Record<string, any>;
  it('rejects an area sign that does not exist, an urgent sign with no source, and a stop rule of two sentences', () => {
    const broken = entry();
    const at = broken['areas'].neck.push('chets') - 1;
    broken['levels'].emergency.signs[0].sources = [];
    broken['stopRule'] = 'Stop if it hurts. Then call someone.';
    const found = problems(schemas.safety, broken).join('\n');
    expect(found).toContain(`areas.neck.${at}: Unknown warning sign "chets"`);
    expect(found).toMatch(/levels\.emergency\.signs\.0\.sources: The emergency sign "\w+" needs at least one source/);
    expect(found).toContain('stopRule: The stop rule must be one sentence');
  });

  it('needs warning signs for every area', () => {
    const broken = entry();
    delete broken['areas'].feet;
    expect(problems(schemas.safety, broken).join('\n')).toContain('areas.feet');
  });
});

describe('the library as a whole', () => {
  const techniques = readMdxFolder('techniques');

  it.each([...AREA_IDS])('area %s has at least 3 techniques', (area) => {
    const count = techniques.filter((file) => (file.frontmatter['areas'] as string[]).includes(area)).length;
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('has at least 30 techniques and 6 routines', () => {
    expect(techniques.length).toBeGreaterThanOrEqual(30);
    expect(readMdxFolder('routines').length).toBeGreaterThanOrEqual(6);
  });

  it.each(techniques.map((file) => [file.id, file] as const))(
    '%s has 3 to 7 numbered steps and nothing else in its body',
    (_id, file) => {
      const lines = file.body.split('\n').filter((line) => line.trim() !== '');
      expect(lines.every((line) => /^\d+\. \S/.test(line))).toBe(true);
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.length).toBeLessThanOrEqual(7);
    },
  );

  it.each(techniques.map((file) => [file.id, file] as const))(
    '%s links its easier and harder versions to other techniques',
    (id, file) => {
      expect(file.frontmatter['easier']).not.toBe(id);
      expect(file.frontmatter['harder']).not.toBe(id);
    },
  );
});

describe('routine doses', () => {
  // A routine may shorten a dose, but a technique works the same sides everywhere: the timer names
  // them ("Left side", "Right side", or "your sore side"), and a reader should hear the same on the
  // technique's page and in every routine.
  const techniqueSides = new Map(
    readMdxFolder('techniques').map((file) => [
      file.id,
      (file.frontmatter['dose'] as { sides?: string }).sides ?? 'one',
    ]),
  );
  const overrides = readMdxFolder('routines').flatMap((routine) =>
    (routine.frontmatter['steps'] as { technique: string; dose?: { sides?: string } }[])
      .filter((step) => step.dose)
      .map(
        (step) =>
          [`${routine.id}: ${step.technique}`, step.dose?.sides ?? 'one', techniqueSides.get(step.technique)] as const,
      ),
  );
  it.each(overrides)("%s keeps the technique's sides", (_name, routineSides, ownSides) => {
    expect(routineSides).toBe(ownSides);
  });
});

describe('the neck rule', () => {
  // One rule everywhere: the back of the neck and the back edge of its sides, never the front
  // half where the pulse is. "The sides of your neck" once told readers the opposite.
  const files = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'].flatMap((collection) =>
    readMdxFolder(collection).map((file) => ({
      name: `${collection}/${file.id}`,
      text: `${JSON.stringify(file.frontmatter)}\n${file.body}`,
    })),
  );
  const safety = JSON.stringify(readJsonEntries('safety.json'));
  const CONTRADICTIONS = [
    /\bsides? of (your|the) (neck|throat)\b/i,
    /\bsides and back of your neck\b/i,
    /\bsoft sides\b/i,
  ];

  it.each(files.map((file) => [file.name, file.text] as const))(
    '%s never sends readers to the sides of the neck',
    (_name, text) => {
      for (const phrase of CONTRADICTIONS) expect(text).not.toMatch(phrase);
    },
  );

  it('is stated on the neck page, and no safety words contradict it', () => {
    const neck = readMdxFolder('areas').find((file) => file.id === 'neck')!;
    expect((neck.frontmatter['cautions'] as string[]).join(' ')).toMatch(
      /back edge of each side.*front half of your neck, where you can feel a pulse/,
    );
    for (const phrase of CONTRADICTIONS) expect(safety).not.toMatch(phrase);
  });
});

describe('every warning sign', () => {
  interface SignEntry {
    id: string;
    text: string;
    lay: string[];
    sources: string[];
    ownCaution?: string;
  }
  const safety = readJsonEntries('safety.json')[0] as { levels: Record<string, { signs: SignEntry[] }> };
  const signs = Object.entries(safety.levels).flatMap(([urgency, level]) =>
    level.signs.map((sign) => [`${urgency}: ${sign.id}`, sign] as const),
  );

  it.each(signs)('%s has readers own words, and a source or the reason it is the guide own caution', (name, sign) => {
    expect(sign.lay.length).toBeGreaterThan(0);
    for (const id of sign.sources) expect(ids.sources).toContain(id);
    // Only a before-you-start caution may stand on the guide's own stated reason.
    if (name.startsWith('before-you-start') && sign.ownCaution) expect(sign.ownCaution.length).toBeGreaterThan(40);
    else expect(sign.sources.length).toBeGreaterThan(0);
  });

  it('is refused without lay words, or without a source and no reason of the guide its own', () => {
    const broken = structuredClone(readJsonEntries('safety.json')[0]!) as Record<string, any>;
    broken['levels'].emergency.signs[0].lay = [];
    broken['levels']['before-you-start'].signs[0].sources = [];
    const found = problems(schemas.safety, broken).join('\n');
    expect(found).toContain('levels.emergency.signs.0.lay');
    expect(found).toContain(
      'levels.before-you-start.signs.0.sources: Every warning sign needs a source, or `ownCaution` saying why the guide asks it anyway',
    );
  });
});

describe('the stop rule', () => {
  // One rule, with one home (content/safety.json's stopRule, read by every page): sharp or
  // shooting pain, tingling or numbness means stop at once and leave that spot for today.
  // Nothing may soften it into "ease off", "try again" or "only if it does not ease".
  const files = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'].flatMap((collection) =>
    readMdxFolder(collection).map((file) => ({
      name: `${collection}/${file.id}`,
      text: `${Object.values(file.frontmatter).flat().join('\n')}\n${file.body}`,
    })),
  );
  const safety = readJsonEntries('safety.json')[0] as Record<string, string>;
  const sentences = (text: string) => text.split(/(?<=[.!?:])\s+|\n/);
  const NAMES_THE_STOP = /\b(sharp|shooting|shoots|tingl\w*|numb)\b/i;
  const SOFTENED = /\b(ease off|ease up|try again|keep going|carry on|does not ease|doesn't ease|lighter)\b/i;

  it.each(files.map((file) => [file.name, file.text] as const))('%s never softens it', (_name, text) => {
    const softened = sentences(text).filter((line) => NAMES_THE_STOP.test(line) && SOFTENED.test(line));
    expect(softened).toEqual([]);
  });

  it('is one sentence in content/safety.json that says stop at once, and the timer says to leave the spot for today', () => {
    expect(safety['stopRule']).toMatch(
      /^Stop at once if pain turns sharp or shooting, or you feel tingling or numbness;/,
    );
    expect(safety['afterStop']).toContain('Leave that spot for today.');
    for (const file of files) expect(file.text, file.name).not.toContain(safety['stopRule']);
  });
});

describe('firm holds', () => {
  // The reviews of rolling used 30 to 120 seconds on an area; the firmest pressure stays within that.
  const firm = readMdxFolder('techniques').filter((file) => file.frontmatter['pressure'] === 'firm');
  it.each(firm.map((file) => [file.id, file.frontmatter['dose'] as { seconds?: { max: number } }] as const))(
    '%s holds for 2 minutes at most',
    (_id, dose) => {
      expect(dose.seconds?.max ?? 0).toBeLessThanOrEqual(120);
    },
  );
});
