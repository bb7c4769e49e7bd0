/**
 * /search-words.json: the did-you-mean vocabulary, generated from the content on
 * every build (see src/lib/search-vocabulary.ts). The search page fetches it
 * alongside Pagefind.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { KIND_LABELS, PAIN_PATTERN_LABELS, PRESSURE_LABELS } from '../lib/labels';
import { safetySearchWords } from '../content-queries/safety';
import { buildVocabulary, stringsIn } from '../lib/search-vocabulary';

const PAGE_COLLECTIONS = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'] as const;

export const GET: APIRoute = async () => {
  const names: string[] = [];
  const keywords: string[] = [];
  const text: string[] = [...stringsIn([KIND_LABELS, PAIN_PATTERN_LABELS, PRESSURE_LABELS])];
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of await getCollection(collection)) {
      const { title, keywords: words = [], ...rest } = entry.data as { title: string; keywords?: string[] };
      names.push(title);
      keywords.push(...words);
      text.push(...stringsIn(rest), entry.body ?? '');
    }
  }
  // /safety/ lists readers' words for every sign and its ask-first conditions as its keywords (src/pages/safety.astro).
  keywords.push(...(await safetySearchWords()).keywords);
  for (const safety of await getCollection('safety')) text.push(...stringsIn(safety.data));
  const vocabulary = buildVocabulary({ names, keywords, text });
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
