/**
 * "Did you mean": corrects the words of a query against the site's own vocabulary
 * (built at build time by search-vocabulary.ts and served as /search-words.json, or
 * /es/search-words.json). Runs in the browser on every keystroke, so it stays small and
 * allocation-light. Accents are optional: words are compared with them folded, so "musculos"
 * is the known word "músculos", and a correction is offered with the accents the site prints.
 */
import { bareForm, foldAccents, type WordForms } from './search-forms';

/** The did-you-mean vocabulary, as /search-words.json serves it. */
export interface SearchVocabulary {
  /**
   * Lower-case words separated by spaces (smaller than a JSON array): first the words
   * of names and keywords, most used first, which are the words we correct to; then
   * every other word the site prints, so they are left alone ("hold" is not "held")
   * and a query of no real word finds nothing.
   */
  words: string;
  /** How many of `words`, from the start, are names or keywords. */
  primary: number;
  /** Misspellings the content lists as keywords, each with the word it stands for. */
  fixes: Record<string, string>;
}

/** The words of a text as search sees them: lower case, letters and digits only. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), so
 * "shoudler" is one edit from "shoulder". Gives up and returns `max + 1` as soon
 * as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a typed word may be from the word it meant: one for short words, else two. */
export function typoAllowance(length: number): number {
  if (length < 3) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * The vocabulary as search reads it, every word with its accents folded: whether a word is known,
 * and the word a typo stands for.
 */
function reader(vocabulary: SearchVocabulary, forms: WordForms, keep: Iterable<string>) {
  const words = vocabulary.words.split(' ');
  const folded = words.map(foldAccents);
  const known = new Set([...folded, ...[...keep].map(foldAccents)]);
  const bare = (word: string) => bareForm(word, forms);
  const bareKnown = new Set(forms.formsAlike ? [...known].map(bare) : []);
  return {
    /**
     * A word search can already match: one the site uses or a form of one (by Pagefind's stemmer,
     * or of one bare form where the language says so). The word still being typed also counts when
     * it starts a known word ("shou"), because Pagefind matches the starts of words.
     */
    isKnown: (word: string, typing: boolean): boolean =>
      known.has(word) ||
      bareKnown.has(bare(word)) ||
      forms.stemEndings.some((ending) => word.endsWith(ending) && known.has(word.slice(0, -ending.length))) ||
      (typing && folded.some((candidate) => candidate.startsWith(word))),
    /**
     * The closest name or keyword within the word's typo allowance, as the site prints it. A
     * different first letter costs one more edit, since people rarely slip on the first letter
     * ("sholdr" is "shoulder", not "hold"); ties go to the word listed first, the most used.
     */
    nearest(word: string): string | undefined {
      let best: string | undefined;
      let bestCost = typoAllowance(word.length) + 1;
      for (let index = 0; index < vocabulary.primary; index++) {
        const candidate = folded[index]!;
        const extra = candidate[0] === word[0] ? 0 : 1;
        const cost = editDistance(word, candidate, bestCost - 1 - extra) + extra;
        if (cost < bestCost) {
          best = words[index];
          bestCost = cost;
        }
      }
      return best;
    },
  };
}

/**
 * Builds a corrector for a vocabulary in a language (`forms`); keeps the look-up set between
 * keystrokes. Words in `keep` are never rewritten, even where the site does not use them:
 * the emergency words, so "heart attack" never becomes "head attack".
 */
export function createCorrector(
  vocabulary: SearchVocabulary,
  forms: WordForms,
  keep: Iterable<string> = [],
): (query: string) => string | undefined {
  const words = reader(vocabulary, forms, keep);
  const correctWord = (typed: string, typing: boolean): string => {
    const word = foldAccents(typed);
    const fix = vocabulary.fixes[word];
    if (fix) return fix;
    if (/\d/.test(word) || words.isKnown(word, typing)) return typed;
    return words.nearest(word) ?? typed;
  };
  /**
   * The corrected query, or undefined when every word is already one the site uses.
   * The last word counts as still being typed unless the query ends in a space.
   */
  return (query) => {
    const typed = searchWords(query);
    const typing = !/\s$/.test(query);
    const corrected = typed.map((word, index) => correctWord(word, typing && index === typed.length - 1));
    return corrected.some((word, index) => word !== typed[index]) ? corrected.join(' ') : undefined;
  };
}

/**
 * The words of a query that search can really match: words the site uses, forms of
 * them, the start of one still being typed, a typo of one, or a word in `keep`.
 * Pagefind matches a word it does not know by its longest known start ("aaaa" finds
 * every "a"), so only these are searched; none at all means no results. Words in
 * `leaveOut` (a language's words that carry no meaning: `WordForms.leaveOutStopWords`)
 * are left out too, unless nothing else remains.
 */
export function createRealWords(
  vocabulary: SearchVocabulary,
  forms: WordForms,
  keep: Iterable<string> = [],
  leaveOut?: ReadonlySet<string>,
): (query: string) => string[] {
  const words = reader(vocabulary, forms, keep);
  return (query) => {
    const typed = searchWords(query);
    const typing = !/\s$/.test(query);
    const real = typed.filter((each, index) => {
      const word = foldAccents(each);
      return (
        /\d/.test(word) ||
        word in vocabulary.fixes ||
        words.isKnown(word, typing && index === typed.length - 1) ||
        words.nearest(word) !== undefined
      );
    });
    const meaning = leaveOut ? real.filter((word) => !leaveOut.has(foldAccents(word))) : real;
    return meaning.length > 0 ? meaning : real;
  };
}
