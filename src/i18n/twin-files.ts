/**
 * Every translation against its English twin, read from disk: a missing file, a file with no
 * English twin, and whatever twinProblems finds. src/content.config.ts runs it before the
 * collections load, so a translation that falls behind its English stops the build, naming
 * the file; src/i18n/twin-files.test.ts runs it too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_DIR, readJsonEntries, readMdxFolder } from '../lib/content-files';
import { TRANSLATED_LOCALES } from './locales';
import { safetyTwinProblems, twinProblems } from './twin-check';

/** The collections written as one MDX file per page, in English and in each translation. */
export const TRANSLATED_FOLDERS = ['areas', 'techniques', 'routines', 'tools', 'guides', 'pages'] as const;

const shown = (path: string) => relative(join(CONTENT_DIR, '..'), path);

export function translationProblems(locales: readonly string[] = TRANSLATED_LOCALES): string[] {
  const problems: string[] = [];
  for (const lang of locales) {
    for (const folder of TRANSLATED_FOLDERS) {
      const english = readMdxFolder(folder);
      const translatedFolder = join(lang, folder);
      const translations = existsSync(join(CONTENT_DIR, translatedFolder)) ? readMdxFolder(translatedFolder) : [];
      const byId = new Map(translations.map((file) => [file.id, file]));
      for (const file of english) {
        const twin = byId.get(file.id);
        if (!twin) {
          problems.push(`content/${lang}/${folder}/${file.id}.mdx is missing: translate ${shown(file.path)}`);
          continue;
        }
        problems.push(...twinProblems({ ...file, path: shown(file.path) }, { ...twin, path: shown(twin.path) }, lang));
      }
      const englishIds = new Set(english.map((file) => file.id));
      for (const twin of translations)
        if (!englishIds.has(twin.id))
          problems.push(`${shown(twin.path)} has no English twin: content/${folder}/${twin.id}.mdx does not exist`);
    }
    const safetyPath = join(CONTENT_DIR, lang, 'safety.json');
    if (!existsSync(safetyPath)) problems.push(`content/${lang}/safety.json is missing: translate content/safety.json`);
    else {
      const [english] = readJsonEntries('safety.json');
      const [translation] = readJsonEntries(join(lang, 'safety.json'));
      problems.push(
        ...safetyTwinProblems(english as never, (translation ?? { levels: {} }) as never, shown(safetyPath)),
      );
    }
  }
  return problems;
}

/** Stops the build when a translation does not match its English, listing every problem. */
export function assertTranslationsMatch(): void {
  const problems = translationProblems();
  if (problems.length) throw new Error(`Translations out of step with the English:\n- ${problems.join('\n- ')}`);
}

/** The translated folders that exist, for the loaders. */
export function translatedFolders(lang: string): string[] {
  const base = join(CONTENT_DIR, lang);
  return existsSync(base) ? readdirSync(base) : [];
}
