/**
 * Wiring only: each collection, where its files live, and its schema from
 * src/schemas.ts. Ids of techniques, tools and sources are read from disk
 * first (src/lib/content-files.ts) so that every cross-reference is checked
 * against what exists.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  areaSchema,
  guideSchema,
  pageSchema,
  routineSchema,
  safetySchema,
  sourceSchema,
  techniqueSchema,
  toolSchema,
} from './schemas';
import { knownIdsOnDisk } from './lib/content-files';

const CONTENT = './content';

const ids = knownIdsOnDisk();

const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `${CONTENT}/${folder}` });

export const collections = {
  areas: defineCollection({ loader: mdx('areas'), schema: areaSchema }),
  techniques: defineCollection({ loader: mdx('techniques'), schema: techniqueSchema(ids) }),
  routines: defineCollection({ loader: mdx('routines'), schema: routineSchema(ids) }),
  tools: defineCollection({ loader: mdx('tools'), schema: toolSchema }),
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema(ids) }),
  pages: defineCollection({ loader: mdx('pages'), schema: pageSchema }),
  sources: defineCollection({ loader: file(`${CONTENT}/sources.json`), schema: sourceSchema }),
  safety: defineCollection({ loader: file(`${CONTENT}/safety.json`), schema: safetySchema(ids) }),
};
