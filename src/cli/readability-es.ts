/**
 * Reading ease of plain Spanish text, for the content report: the Szigriszt-Pazos perspicuity
 * read on the INFLESZ scale (the one Spanish health writing is usually measured on) and the
 * Fernández Huerta ease (in its corrected form, words per sentence). Spanish spelling shows
 * its syllables, so a count of vowel nuclei is exact for nearly every word; no package on npm
 * does this better (the one Spanish counter there is unmaintained), so it is written here.
 */
import { countText, type TextStats } from './readability.ts';

const VOWEL = /[aeiouáéíóúü]/;
/** Two of these side by side are two syllables (hiatus): a, e, o, and an accented i or u. */
const STRONG = /[aeoáéóíú]/;

/** Syllables of one Spanish word: "músculo" 3, "tensión" 2, "día" 2, "cuello" 2, "que" 1. */
export function spanishSyllables(word: string): number {
  // The u of que/qui/gue/gui is silent; y at the end of a word is a vowel (muy, hoy).
  const letters = word
    .toLowerCase()
    .replace(/([qg])u([eiéí])/g, '$1$2')
    .replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of letters) {
    if (VOWEL.test(letter)) {
      const hiatus = VOWEL.test(previous) && STRONG.test(previous) && STRONG.test(letter);
      if (!VOWEL.test(previous) || hiatus) count += 1;
    }
    previous = letter;
  }
  return Math.max(1, count);
}

const WORD = /[a-záéíóúüñ]+/gi;

export function spanishTextStats(text: string): TextStats {
  return countText(text, WORD, spanishSyllables);
}

/** Szigriszt-Pazos perspicuity = 206.835 - 62.3 (syllables per word) - (words per sentence). */
export function inflesz(text: string): number {
  const { words, sentences, syllables } = spanishTextStats(text);
  if (words === 0) return 0;
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

/** The INFLESZ band a score falls in: 55 to 65 is "normal", 65 to 80 "bastante fácil". */
export function infleszBand(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Fernández Huerta ease = 206.84 - 60 (syllables per word) - 1.02 (words per sentence). */
export function fernandezHuerta(text: string): number {
  const { words, sentences, syllables } = spanishTextStats(text);
  if (words === 0) return 0;
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}
