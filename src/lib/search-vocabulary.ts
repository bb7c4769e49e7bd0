/**
 * Builds the did-you-mean vocabulary from the content at build time (see
 * src/pages/search-words.json.ts), so it never needs typing twice: names and
 * keywords are the words we correct to; the rest of the text only tells us which
 * words are real, so they are left alone and a query of none of them finds nothing.
 */
import { editDistance, searchWords, type SearchVocabulary } from './search-suggest';

export interface VocabularySource {
  /** Titles of pages, areas and tools. */
  names: readonly string[];
  /** Reader keywords from frontmatter: lay words, symptoms and misspellings. */
  keywords: readonly string[];
  /** Everything else a reader can read: summaries, steps, body text. */
  text: readonly string[];
}

/** Every string inside a value (frontmatter data), in order; dates and numbers are skipped. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}

function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(searchWords)) {
    if (word.length >= 2 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Upper-case keyword words such as TMJ or SMR: abbreviations, never misspellings. */
function abbreviations(keywords: readonly string[]): Set<string> {
  const words = keywords.flatMap((keyword) => keyword.match(/[\p{L}\p{N}]+/gu) ?? []);
  return new Set(
    words.filter((word) => word.length > 1 && word === word.toUpperCase()).map((word) => word.toLowerCase()),
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
 * each other ("night" and "tight", "gluteus" and "glutes").
 */
function couldBeTypoOf(word: string, target: string): boolean {
  return word[0] === target[0] && word.length <= target.length && !isPluralPair(word, target);
}

/**
 * A keyword word that the site never prints, one or two edits from a name or keyword
 * word it does print, is a misspelling listed on purpose ("sholder", "myofacial"):
 * it maps to that word. Long words may be two edits off; short ones one.
 */
function findFixes(
  keywordWords: Iterable<string>,
  printed: ReadonlyMap<string, number>,
  targets: readonly string[],
  skip: ReadonlySet<string>,
): Record<string, string> {
  const fixes: Record<string, string> = {};
  for (const word of keywordWords) {
    if (printed.has(word) || skip.has(word) || word.length < 3) continue;
    const allowance = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = allowance + 1;
    for (const target of targets) {
      if (target === word || !printed.has(target) || !couldBeTypoOf(word, target)) continue;
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

/** The vocabulary /search-words.json serves: see SearchVocabulary for its shape. */
export function buildVocabulary(source: VocabularySource): SearchVocabulary {
  const printed = countWords([...source.names, ...source.text]);
  const named = countWords([...source.names, ...source.keywords]);
  const all = new Map(printed);
  for (const [word, count] of named) all.set(word, (all.get(word) ?? 0) + count);

  const targets = [...named.keys()].sort(byUseThenAlphabet(all));
  const fixes = findFixes(named.keys(), printed, targets, abbreviations(source.keywords));
  const primary = targets.filter((word) => !(word in fixes));
  // Every other printed word, so search can tell a real word from noise ("aaaa") and
  // never corrects a word the site uses ("tight" is not "night").
  const guards = [...printed.keys()].filter((word) => !named.has(word)).sort(byUseThenAlphabet(all));
  return { words: [...primary, ...guards].join(' '), primary: primary.length, fixes };
}
