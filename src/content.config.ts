/**
 * Wiring only: each collection, where its files live, and its schema from
 * src/schemas.ts. Ids of techniques, tools and sources are read from disk
 * first (src/lib/content-files.ts) so that every cross-reference is checked
 * against what exists. Each translation (content/<lang>/) is a collection of
 * its own holding words only (src/translation-schemas.ts); before anything
 * loads, every translated file is checked against its English twin.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { collectionSchemas } from './schemas';
import { translationSchemas } from './translation-schemas';
import { knownIdsOnDisk } from './lib/content-files';
import { assertTranslationsMatch } from './i18n/twin-files';

const CONTENT = './content';

const ids = knownIdsOnDisk();
const schemas = collectionSchemas(ids);
const spanish = translationSchemas(ids);
assertTranslationsMatch();

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
  esAreas: defineCollection({ loader: mdx('es/areas'), schema: spanish.areas }),
  esTechniques: defineCollection({ loader: mdx('es/techniques'), schema: spanish.techniques }),
  esRoutines: defineCollection({ loader: mdx('es/routines'), schema: spanish.routines }),
  esTools: defineCollection({ loader: mdx('es/tools'), schema: spanish.tools }),
  esGuides: defineCollection({ loader: mdx('es/guides'), schema: spanish.guides }),
  esPages: defineCollection({ loader: mdx('es/pages'), schema: spanish.pages }),
  esSafety: defineCollection({ loader: file(`${CONTENT}/es/safety.json`), schema: spanish.safety }),
};
