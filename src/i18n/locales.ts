/**
 * The site's languages and their addresses. English lives at the root, every other language
 * under its own prefix at the same path (/es/techniques/neck-line-trace/). `lang` values are
 * one form everywhere (`en`, `es`): Pagefind splits its index by them, and hreflang uses them.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language every fact is entered in once, and the address without a prefix. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** The languages written from the English files: their words live in content/<lang>/. */
export const TRANSLATED_LOCALES = LOCALES.filter((lang) => lang !== DEFAULT_LOCALE);

/** Each language's name in its own words, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of an address: its first segment when that names a language, else English. */
export function localeOf(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The address without its language prefix: "/es/safety/#emergency" -> "/safety/#emergency". */
export function unlocalized(pathname: string): string {
  const lang = localeOf(pathname);
  return lang === DEFAULT_LOCALE ? pathname : pathname.slice(lang.length + 1) || '/';
}

/**
 * A site address in a language: "/safety/" -> "/es/safety/". Only paths of this site
 * (starting with one "/") change; anything else (an anchor, another site) is returned as is.
 */
export function localized(lang: Locale, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const bare = unlocalized(path);
  return lang === DEFAULT_LOCALE ? bare : `/${lang}${bare}`;
}

/** The value of an [...lang] route parameter: nothing for English, the prefix otherwise. */
export function langParam(lang: Locale): string | undefined {
  return lang === DEFAULT_LOCALE ? undefined : lang;
}
