/**
 * Reads content/ from disk, outside Astro's loaders: the ids every cross-reference is
 * checked against (src/content.config.ts, before the collections load), and whole files
 * for the checks and the content report, which run without Astro.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { KnownIds } from '../schemas';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

export interface ContentFile {
  collection: string;
  id: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The ids of a folder of MDX files: each file's name without `.mdx`, in name order. */
function mdxIds(collection: string): string[] {
  return readdirSync(join(CONTENT_DIR, collection))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.replace(/\.mdx$/, ''));
}

export function readMdxFolder(collection: string): ContentFile[] {
  return mdxIds(collection).map((id) => {
    const path = join(CONTENT_DIR, collection, `${id}.mdx`);
    const text = readFileSync(path, 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) throw new Error(`${path}: missing frontmatter between --- lines`);
    return {
      collection,
      id,
      path,
      frontmatter: (load(match[1] ?? '') ?? {}) as Record<string, unknown>,
      body: match[2] ?? '',
    };
  });
}

export function readJsonEntries(name: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(CONTENT_DIR, name), 'utf8')) as Record<string, unknown>[];
}

/** The ids a technique, routine, guide or the safety words may name. */
export function knownIdsOnDisk(): KnownIds {
  return {
    techniques: mdxIds('techniques'),
    tools: mdxIds('tools'),
    sources: readJsonEntries('sources.json').map((entry) => String(entry['id'])),
  };
}
