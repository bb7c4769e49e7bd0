/**
 * Builds the did-you-mean vocabulary of one language from its content at build time (see
 * src/pages/[...lang]/search-words.json.ts), so it never needs typing twice: names and
 * keywords are the words we correct to; the rest of the text only tells us which
 * words are real, so they are left alone and a query of none of them finds nothing.
 * Words are counted with their accents folded, as search compares them.
 */
import { bareForm, foldAccents, type WordForms } from './search-forms';
import { editDistance, searchWords, type SearchVocabulary } from './search-suggest';

export interface VocabularySource {
  /** Titles of pages, areas and tools. */
  names: readonly string[];
  /** Reader keywords from frontmatter: lay words, symptoms and misspellings. */
  keywords: readonly string[];
  /** Everything else a reader can read: summaries, steps, body text. */
  text: readonly string[];
  /**
   * Each page's name and keywords, when known. A keyword is then read as a misspelling only of a
   * word of its own page ("pantorilla" beside "pantorrilla"), never of a word that happens to be
   * one letter off elsewhere ("cuello trabado" is not "trabajo", "pelota de maní" is not "mano").
   */
  pages?: readonly (readonly string[])[];
}

/** Every string inside a value (frontmatter data), in order; dates and numbers are skipped. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The words of some texts as search compares them: accents folded, two letters or more, no digits. */
function wordsIn(texts: readonly string[]): string[] {
  return texts.flatMap(searchWords).filter((word) => word.length >= 2 && !/\d/.test(word));
}

/** How often each word is used, by its folded form ("rígido" and "rigido" are one word). */
function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of wordsIn(texts).map(foldAccents)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * How each folded word is written: as the site prints it most, else as the keywords write it
 * most ("rígido", not the keyword "rigido"), so "Did you mean" offers the word with its accents.
 */
function spellings(printed: readonly string[], keywords: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const tally = (texts: readonly string[], weight: number) => {
    for (const word of wordsIn(texts)) {
      const key = foldAccents(word);
      const forms = counts.get(key) ?? counts.set(key, new Map()).get(key)!;
      forms.set(word, (forms.get(word) ?? 0) + weight);
    }
  };
  // A printed spelling outweighs any number of keyword spellings.
  tally(printed, 1e6);
  tally(keywords, 1);
  const shown = new Map<string, string>();
  for (const [key, forms] of counts) {
    let best = key;
    let most = 0;
    for (const [form, count] of forms) if (count > most) [best, most] = [form, count];
    shown.set(key, best);
  }
  return shown;
}

/** Upper-case keyword words such as TMJ or SMR: abbreviations, never misspellings. */
function abbreviations(keywords: readonly string[]): Set<string> {
  const words = keywords.flatMap((keyword) => keyword.match(/[\p{L}\p{N}]+/gu) ?? []);
  return new Set(
    words
      .filter((word) => word.length > 1 && word === word.toUpperCase())
      .map((word) => foldAccents(word.toLowerCase())),
  );
}

/** "calf" and "calfs", "glute" and "glutes": a plural is a form of the word, not a typo. */
function isPluralPair(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/**
 * Whether `word` looks like a slip of the keyboard for `target`: it starts with the
 * same letter and is no longer. That keeps real words apart that are one edit from
 * each other ("night" and "tight", "gluteus" and "glutes"). Another form of the word is
 * no slip either: a plural, or in Spanish another gender ("cansadas", "cansados").
 */
function couldBeTypoOf(word: string, target: string, forms: WordForms | undefined): boolean {
  if (forms?.formsAlike && bareForm(word, forms) === bareForm(target, forms)) return false;
  return word[0] === target[0] && word.length <= target.length && !isPluralPair(word, target);
}

/** For each folded word, the pages whose name or keywords use it; undefined when pages are not known. */
function pagesOfWords(pages: VocabularySource['pages']): Map<string, Set<number>> | undefined {
  if (!pages) return undefined;
  const found = new Map<string, Set<number>>();
  pages.forEach((texts, page) => {
    for (const word of wordsIn(texts).map(foldAccents))
      (found.get(word) ?? found.set(word, new Set()).get(word)!).add(page);
  });
  return found;
}

/**
 * A keyword word that the site never prints, one or two edits from a name or keyword
 * word it does print, is a misspelling listed on purpose ("sholder", "myofacial"):
 * it maps to that word. Long words may be two edits off; short ones one. Where the pages
 * are known, the word it maps to must be on the same page.
 */
function findFixes(
  keywordWords: Iterable<string>,
  printed: ReadonlyMap<string, number>,
  targets: readonly string[],
  skip: ReadonlySet<string>,
  pages: ReadonlyMap<string, ReadonlySet<number>> | undefined,
  forms: WordForms | undefined,
): Record<string, string> {
  const fixes: Record<string, string> = {};
  const samePage = (word: string, target: string) => {
    if (!pages) return true;
    const of = pages.get(target);
    return [...(pages.get(word) ?? [])].some((page) => of?.has(page));
  };
  for (const word of keywordWords) {
    if (printed.has(word) || skip.has(word) || word.length < 3) continue;
    const allowance = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = allowance + 1;
    for (const target of targets) {
      if (target === word || !printed.has(target) || !couldBeTypoOf(word, target, forms)) continue;
      if (!samePage(word, target)) continue;
      const distance = editDistance(word, target, allowance);
      if (distance < bestDistance) {
        best = target;
        bestDistance = distance;
      }
    }
    if (best) fixes[word] = best;
  }
  return fixes;
}

const byUseThenAlphabet = (counts: ReadonlyMap<string, number>) => (a: string, b: string) =>
  (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b);

/**
 * The vocabulary /search-words.json serves (see SearchVocabulary for its shape), for content in
 * a language whose word forms are `forms` (src/lib/search-forms.ts).
 */
export function buildVocabulary(source: VocabularySource, forms?: WordForms): SearchVocabulary {
  const printed = countWords([...source.names, ...source.text]);
  const named = countWords([...source.names, ...source.keywords]);
  const shown = spellings([...source.names, ...source.text], source.keywords);
  const show = (word: string) => shown.get(word) ?? word;
  const all = new Map(printed);
  for (const [word, count] of named) all.set(word, (all.get(word) ?? 0) + count);
  const targets = [...named.keys()].sort(byUseThenAlphabet(all));
  const fixes = findFixes(
    named.keys(),
    printed,
    targets,
    abbreviations(source.keywords),
    pagesOfWords(source.pages),
    forms,
  );
  const primary = targets.filter((word) => !(word in fixes));
  // Every other printed word, so search can tell a real word from noise ("aaaa") and
  // never corrects a word the site uses ("tight" is not "night").
  const guards = [...printed.keys()].filter((word) => !named.has(word)).sort(byUseThenAlphabet(all));
  return {
    words: [...primary, ...guards].map(show).join(' '),
    primary: primary.length,
    fixes: Object.fromEntries(Object.entries(fixes).map(([word, target]) => [word, show(target)])),
  };
}
