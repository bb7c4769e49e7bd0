/**
 * /search-words.json (and /es/search-words.json): the did-you-mean vocabulary of one
 * language, generated from its content on every build (see src/lib/search-vocabulary.ts).
 * The search page fetches its language's file alongside Pagefind.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pressureLabels } from '../../lib/labels';
import { getSafety, safetySearchWords } from '../../content-queries/safety';
import { translated } from '../../content-queries/translated';
import { buildVocabulary, stringsIn } from '../../lib/search-vocabulary';
import type { WordForms } from '../../lib/search-forms';
import { ENGLISH_FORMS } from '../../lib/search-forms-en';
import { SPANISH_FORMS } from '../../lib/search-forms-es';
import { everyLanguage } from '../../i18n/routes';
import type { Locale } from '../../i18n/locales';
import { ui } from '../../i18n/ui';

const PAGE_COLLECTIONS = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'] as const;

export const getStaticPaths = everyLanguage;

/** How each language's readers write words (src/lib/search-forms.ts). */
const FORMS: Record<Locale, WordForms> = { en: ENGLISH_FORMS, es: SPANISH_FORMS };

/** The interface's names for kinds of page, pain patterns and pressure levels: words readers see in results. */
function labelWords(lang: Locale): string[] {
  const { search, technique } = ui(lang);
  return stringsIn([search.script.kinds, technique.labels.painPattern, pressureLabels(technique.pressure)]);
}

export const GET: APIRoute = async ({ props }) => {
  const lang = props['lang'] as Locale;
  const names: string[] = [];
  const keywords: string[] = [];
  const pages: string[][] = [];
  const text: string[] = labelWords(lang);
  for (const collection of PAGE_COLLECTIONS) {
    for (const entry of await translated(collection, await getCollection(collection), lang)) {
      const { title, keywords: words = [], ...rest } = entry.data as { title: string; keywords?: string[] };
      names.push(title);
      keywords.push(...words);
      pages.push([title, ...words]);
      text.push(...stringsIn(rest), entry.body ?? '');
    }
  }
  // /safety/ lists readers' words for every sign and its ask-first conditions as its keywords (src/pages/[...lang]/safety.astro).
  const safetyWords = (await safetySearchWords(lang)).keywords;
  keywords.push(...safetyWords);
  pages.push(safetyWords);
  text.push(...stringsIn(await getSafety(lang)));
  const vocabulary = buildVocabulary({ names, keywords, text, pages }, FORMS[lang]);
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
