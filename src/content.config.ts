/**
 * Wiring only: each collection, where its files live, and its schema from
 * src/schemas.ts. Ids of techniques, tools and sources are read from disk
 * first (src/lib/content-files.ts) so that every cross-reference is checked
 * against what exists.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSchemas } from './schemas';
import { knownIdsOnDisk } from './lib/content-files';

const CONTENT = './content';

const schemas = collectionSchemas(knownIdsOnDisk());

const mdx = (folder: string) => glob({ pattern: '*.mdx', base: `${CONTENT}/${folder}` });

export const collections = {
  areas: defineCollection({ loader: mdx('areas'), schema: schemas.areas }),
  techniques: defineCollection({ loader: mdx('techniques'), schema: schemas.techniques }),
  routines: defineCollection({ loader: mdx('routines'), schema: schemas.routines }),
  tools: defineCollection({ loader: mdx('tools'), schema: schemas.tools }),
  guides: defineCollection({ loader: mdx('guides'), schema: schemas.guides }),
  pages: defineCollection({ loader: mdx('pages'), schema: schemas.pages }),
  sources: defineCollection({ loader: file(`${CONTENT}/sources.json`), schema: schemas.sources }),
  safety: defineCollection({ loader: file(`${CONTENT}/safety.json`), schema: schemas.safety }),
};
