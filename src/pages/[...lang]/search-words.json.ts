/**
 * /search-words.json (and /es/search-words.json): the did-you-mean vocabulary of one
 * language, generated from its content on every build (see src/lib/search-vocabulary.ts).
 * The search page fetches its language's file alongside Pagefind.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { KIND_LABELS, PAIN_PATTERN_LABELS, PRESSURE_LABELS } from '../../lib/labels';
import { getSafety, safetySearchWords } from '../../content-queries/safety';
import { translated } from '../../content-queries/translated';
import { buildVocabulary, stringsIn } from '../../lib/search-vocabulary';
import { everyLanguage } from '../../i18n/routes';
import type { Locale } from '../../i18n/locales';

const PAGE_COLLECTIONS = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'] as const;

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ props }) => {
  const lang = props['lang'] as Locale;
  const names: string[] = [];
  const keywords: string[] = [];
  const text: string[] = [...stringsIn([KIND_LABELS, PAIN_PATTERN_LABELS, PRESSURE_LABELS])];
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of await translated(collection, await getCollection(collection), lang)) {
      const { title, keywords: words = [], ...rest } = entry.data as { title: string; keywords?: string[] };
      names.push(title);
      keywords.push(...words);
      text.push(...stringsIn(rest), entry.body ?? '');
    }
  }
  // /safety/ lists readers' words for every sign and its ask-first conditions as its keywords (src/pages/[...lang]/safety.astro).
  keywords.push(...(await safetySearchWords(lang)).keywords);
  text.push(...stringsIn(await getSafety(lang)));
  const vocabulary = buildVocabulary({ names, keywords, text });
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
