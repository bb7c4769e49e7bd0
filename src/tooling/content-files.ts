/**
 * Reads content/ from disk the way the build sees it, for checks that run
 * outside Astro: the schema test over real files and the content report.
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

export function readMdxFolder(collection: string): ContentFile[] {
  const folder = join(CONTENT_DIR, collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      const text = readFileSync(path, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${path}: missing frontmatter between --- lines`);
      return {
        collection,
        id: name.replace(/\.mdx$/, ''),
        path,
        frontmatter: (load(match[1] ?? '') ?? {}) as Record<string, unknown>,
        body: match[2] ?? '',
      };
    });
}

export function readJsonEntries(name: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(CONTENT_DIR, name), 'utf8')) as Record<string, unknown>[];
}

export function knownIdsOnDisk(): KnownIds {
  const ids = (folder: string) => readMdxFolder(folder).map((file) => file.id);
  return {
    techniques: ids('techniques'),
    tools: ids('tools'),
    sources: readJsonEntries('sources.json').map((entry) => String(entry['id'])),
  };
}
