/**
 * Emergency words in search: a query that names an emergency or urgent sign, in a
 * reader's own words ("tight chest", "jaw aches when I chew with a headache", "numb
 * between my legs"), gets a box above the results saying what to do, and no "Did you
 * mean". The words live with each sign in content/safety.json (`lay`); this module only
 * matches them. Pure and small: it runs in the browser on every search, typos forgiven.
 *
 * A lay phrase matches when every word of it that carries meaning is in the query, in any
 * order: the same word, another form of it ("chewing" for "chew"), a word the safety file
 * lists as alike ("ache" for "pain"), or a slip of the keys ("chest pian").
 */
import { foldAccents, spokenForm, type WordForms } from './search-forms';
import { editDistance, searchWords } from './search-suggest';
import type { UrgentLevel } from './urgency';

/** A sign as search needs it: its level, its words on the page, and readers' words for it. */
export interface SearchSign {
  id: string;
  urgency: UrgentLevel;
  text: string;
  lay: readonly string[];
  /** Areas not to press with this sign: search leaves their techniques out of the results. */
  noPressAreas: readonly string[];
}

/** The search words of content/safety.json: what to skip, and which words mean the same. */
export interface SearchWordLists {
  /** Words that carry no meaning in a lay phrase ("my", "with", "when"). */
  ignore: readonly string[];
  /** Groups of words a reader uses for one thing ("pain", "ache", "hurt"). */
  alike: readonly (readonly string[])[];
}

/** The sign a query names, most urgent first. */
export interface EmergencyMatch {
  urgency: UrgentLevel;
  id: string;
  text: string;
  noPressAreas: readonly string[];
}

/** The data the search page carries for the matcher: small enough to sit in the page. */
export interface EmergencyData {
  signs: readonly SearchSign[];
  words: SearchWordLists;
}

export interface EmergencyMatcher {
  /** The most urgent sign a query names, or undefined for an ordinary search. */
  match(query: string): EmergencyMatch | undefined;
  /**
   * Every word the lay phrases know, and the words that carry no meaning in them ("my", "with";
   * "me", "con"): "Did you mean" never rewrites these.
   */
  words: readonly string[];
  /** The words that carry no meaning, accents folded. */
  ignored: ReadonlySet<string>;
}

/** Joins contractions first, so "can't" reads as "cant"; accents are optional ("cara caida"). */
function queryWords(query: string): string[] {
  return searchWords(foldAccents(query.replace(/['’]/g, '')));
}

/**
 * Whether a typed word stands for a word: the same, a longer form of it ("breathing" for
 * "breath"), or a slip of the keys with the same first letter. Short words must keep
 * their length, so "can" is never "cant"; numbers must be exact. `notTypos` are real words
 * never read as another ("heat" is not "heart").
 */
export function wordMatches(typed: string, word: string, notTypos: ReadonlySet<string>): boolean {
  if (typed === word) return true;
  if (notTypos.has(typed) || typed[0] !== word[0] || /\d/.test(word) || word.length < 4) return false;
  if (word.length >= 5 && typed.startsWith(word)) return true;
  if (word.length <= 4) return typed.length === word.length && editDistance(typed, word, 1) <= 1;
  const allowance = word.length >= 8 ? 2 : 1;
  return editDistance(typed, word, allowance) <= allowance;
}

/** A compiled phrase: for each word that carries meaning, the words that may stand in for it. */
type Phrase = readonly (readonly string[])[];

/**
 * Turns lay phrases into word groups, each word widened to the words listed as alike. A slash
 * offers choices for one place in a phrase: "jaw/arm pain sweating" is "jaw pain sweating" or
 * "arm pain sweating". The word lists are read once, for every sign's phrases.
 */
function compiler(
  ignore: ReadonlySet<string>,
  alike: SearchWordLists['alike'],
  bare: (word: string) => string,
): (lay: readonly string[]) => Phrase[] {
  const alikeBy = new Map<string, readonly string[]>();
  for (const group of alike.map((words) => words.map(foldAccents)))
    for (const word of group) alikeBy.set(bare(word), group);
  const widen = (word: string) => alikeBy.get(bare(word)) ?? [word];
  return (lay) =>
    lay.map((phrase) =>
      phrase
        .split(/\s+/)
        .map((place) => place.split('/').flatMap(queryWords))
        .filter((choices) => choices.length > 0 && !choices.every((word) => ignore.has(word)))
        .map((choices) => [...new Set(choices.flatMap(widen))]),
    );
}

/**
 * The matcher for some signs, emergency signs first whatever their order here, reading words as
 * the signs' language writes them (`forms`: src/lib/search-forms.ts).
 */
export function createEmergencyMatcher({ signs, words: lists }: EmergencyData, forms: WordForms): EmergencyMatcher {
  const notTypos = new Set(forms.notTypos);
  const bare = (word: string) => spokenForm(word, forms);
  const ordered = [...signs].sort((a, b) => Number(a.urgency !== 'emergency') - Number(b.urgency !== 'emergency'));
  const ignored = new Set(lists.ignore.map(foldAccents));
  const compile = compiler(ignored, lists.alike, bare);
  const compiled = ordered.map((sign) => ({ sign, phrases: compile(sign.lay) }));
  const known = new Set(compiled.flatMap(({ phrases }) => phrases.flat(2)));
  // Each known word's bare form, worked out once: a query is read against every one of them.
  const bareOf = new Map([...known].map((word) => [word, bare(word)]));
  return {
    words: [...known, ...[...ignored].filter((word) => word.length > 1)].filter((word) => !/\d/.test(word)),
    ignored,
    match(query) {
      const typed = queryWords(query).map((word) => [word, bare(word)] as const);
      if (typed.length === 0) return undefined;
      // Each word of the lay phrases is read against the query once, however many phrases share it.
      const found = new Map<string, boolean>();
      /** Whether the query has `word`: as typed, or in its bare form as it sounds. */
      const has = (word: string): boolean => {
        const wordBare = bareOf.get(word)!;
        const hit =
          found.get(word) ??
          typed.some(
            ([each, eachBare]) =>
              each === word ||
              eachBare === wordBare ||
              (!notTypos.has(each) &&
                (wordMatches(each, word, notTypos) ||
                  (wordBare.length >= forms.typoStem && wordMatches(eachBare, wordBare, notTypos)))),
          );
        found.set(word, hit);
        return hit;
      };
      const sign = compiled.find(({ phrases }) =>
        phrases.some((phrase) => phrase.length > 0 && phrase.every((group) => group.some(has))),
      )?.sign;
      return sign && { urgency: sign.urgency, id: sign.id, text: sign.text, noPressAreas: sign.noPressAreas };
    },
  };
}
