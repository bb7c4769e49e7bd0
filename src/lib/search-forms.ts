/**
 * How readers write the words of one language, for the search helpers that compare words: the
 * emergency matcher (src/lib/search-emergency.ts) and "Did you mean" (src/lib/search-suggest.ts).
 * Each language's rules live in their own module (search-forms-en.ts, search-forms-es.ts), so a
 * page's script carries its own language's only.
 *
 * Accents are optional everywhere: every comparison folds them ("cafe" is "café", "rigido" is
 * "rígido"), as Pagefind itself does when it searches.
 */

/** A language's word forms, as search needs them. */
export interface WordForms {
  /**
   * The endings taken off a word to find its bare form, pass by pass: each pass takes off the first
   * of its endings that the word has, when at least three letters stay. "chewing" and "chews" are
   * "chew"; in Spanish "hinchadas", "hinchado" and "hinchar" are "hinch".
   */
  bareEndings: readonly (readonly string[])[];
  /**
   * A bare form as it sounds, where the language spells one sound several ways: in Spanish the
   * silent h ("inchada"), s for c and z ("serebral", "cabesa"), b for v ("bomito"), y for ll.
   * The emergency matcher reads words by their sound (`spokenForm`), so a sign is found however its
   * words are spelled; "Did you mean" does not, so it still offers the spelling the site prints.
   */
  sounds?: (bare: string) => string;
  /**
   * The shortest bare form in which the emergency matcher forgives a slip of the keys. Spanish
   * bare forms are short ("sien", "cuer"), and one letter off they are other words ("sieg" of
   * "ciego", "cuey" of "cuello"), so they must match exactly.
   */
  typoStem: number;
  /** Real words one slip from a sign's word: never read as that word ("heat pack" is not "heart"). */
  notTypos: readonly string[];
  /** Endings Pagefind's stemmer takes off, so a word with one counts as a known word ("knots"). */
  stemEndings: readonly string[];
  /**
   * Whether words of one bare form are forms of one word for "Did you mean" too: in Spanish,
   * "cargada" is a form of "cargados" and is never corrected to "cansada".
   */
  formsAlike: boolean;
  /**
   * Whether the words that carry no meaning (the safety file's `search.ignore`) are left out of
   * what Pagefind searches, when other words remain. Spanish leaves them out: "de" is in most
   * searches, and with it Pagefind's ranking shifts with whatever parts of the index an earlier
   * search loaded ("pelota de tenis" found the tennis ball's page first, or third).
   */
  leaveOutStopWords: boolean;
}

/** A word or text without its accents, marks and tildes: "Pantorrilla hinchada, caída" keeps its case. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A word's bare form in a language (see `WordForms.bareEndings`); `word` is lower case, accents folded. */
export function bareForm(word: string, forms: WordForms): string {
  let bare = word;
  for (const endings of forms.bareEndings) {
    const ending = endings.find((each) => bare.endsWith(each) && bare.length - each.length >= 3);
    // "pass" and "less" keep their s.
    if (ending && !bare.endsWith('ss')) bare = bare.slice(0, -ending.length);
  }
  return bare;
}

/**
 * A word's bare form as it sounds (see `WordForms.sounds`): "hinchada" and "inchada" are "inch".
 * Read after the endings are off, so a z is never taken for a plural's s ("atroz" is not "atrás").
 */
export function spokenForm(word: string, forms: WordForms): string {
  const bare = bareForm(word, forms);
  return forms.sounds ? forms.sounds(bare) : bare;
}
