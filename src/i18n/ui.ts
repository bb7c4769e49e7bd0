/**
 * The interface's words for a page, in its language. Server-side only (components and
 * pages): the islands import their own namespace of one language (src/i18n/<lang>/...), so a
 * page never ships another language's words.
 */
import type { AstroGlobal } from 'astro';
import { en, type UiWords } from './en';
import { es } from './es';
import { DEFAULT_LOCALE, isLocale, localeOf, type Locale } from './locales';

const TABLES: Record<Locale, UiWords> = { en, es };

export function ui(lang: Locale): UiWords {
  return TABLES[lang];
}

/** The language of the page being built: Astro's i18n routing knows it from the address. */
export function pageLang(astro: Pick<AstroGlobal, 'currentLocale' | 'url'>): Locale {
  const current = astro.currentLocale;
  if (isLocale(current)) return current;
  return astro.url ? localeOf(astro.url.pathname) : DEFAULT_LOCALE;
}
