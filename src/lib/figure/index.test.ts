/**
 * The figure code has one front door, index.ts, and its test fixtures stay out of the
 * product: read from the import lines of every source file of the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const FIGURE = 'src/lib/figure';

/** Every source file under src/ and e2e/, by its path from the project root. */
const SOURCES = ['src', 'e2e'].flatMap((top) =>
  readdirSync(join(ROOT, top), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mts|mjs|astro)$/.test(file))
    .map((file) => join(top, file)),
);

/** What each file imports, as paths from the project root (only relative imports). */
const IMPORTS = SOURCES.map((file) => ({
  file,
  targets: [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    ([, specifier = '']) => relative(ROOT, resolve(ROOT, dirname(file), specifier)).replace(/\.ts$/, ''),
  ),
}));

describe('src/lib/figure', () => {
  it('is entered through index.ts only: nothing outside it imports a module inside', () => {
    const door = [FIGURE, `${FIGURE}/index`];
    const outside = IMPORTS.filter(({ file }) => !file.startsWith(`${FIGURE}/`));
    expect(outside.filter(({ targets }) => targets.some((target) => door.includes(target))).length).toBeGreaterThan(3);
    const reachingIn = outside.flatMap(({ file, targets }) =>
      targets
        .filter((target) => target.startsWith(`${FIGURE}/`) && !door.includes(target))
        .map((t) => `${file} -> ${t}`),
    );
    expect(reachingIn).toEqual([]);
  });

  it('keeps its test fixtures for tests: only *.test.ts files import a *.fixture module', () => {
    const importers = IMPORTS.filter(({ targets }) => targets.some((target) => target.endsWith('.fixture')));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.map(({ file }) => file).filter((file) => !file.endsWith('.test.ts'))).toEqual([]);
  });
});
