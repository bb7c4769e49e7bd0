/**
 * The static paths of a page in every language: English at the root, each other language
 * under its prefix (src/pages/[...lang]/ holds each page once for all of them).
 */
import { LOCALES, langParam, type Locale } from './locales';

/** A page with no parameters of its own, once per language. */
export function everyLanguage() {
  return LOCALES.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

type Params = Record<string, string | undefined>;

/** A page's own paths, made for each language and given its `lang` parameter and prop. */
export async function inEveryLanguage<P extends Params, Props extends object = Record<never, never>>(
  paths: (lang: Locale) => Promise<{ params: P; props?: Props }[]>,
): Promise<{ params: P & { lang: string | undefined }; props: Props & { lang: Locale } }[]> {
  const all = await Promise.all(
    LOCALES.map(async (lang) =>
      (await paths(lang)).map((path) => ({
        params: { ...path.params, lang: langParam(lang) },
        props: { ...(path.props as Props), lang },
      })),
    ),
  );
  return all.flat();
}
