/**
 * The static paths of a page in every language: English at the root, each other language
 * under its prefix (src/pages/[...lang]/ holds each page once for all of them).
 */
import { LOCALES, langParam, type Locale } from './locales';

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/** A page with no parameters of its own, once per language. */
export function everyLanguage() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** A page's own paths, made for each language and given its `lang` parameter and prop. */
export async function inEveryLanguage<P extends StaticPath>(paths: (lang: Locale) => Promise<P[]> | P[]) {
  const all = await Promise.all(
    LOCALES.map(async (lang) =>
      (await paths(lang)).map((path) => ({
        params: { ...path.params, lang: langParam(lang) },
        props: { ...path.props, lang },
      })),
    ),
  );
  return all.flat();
}
