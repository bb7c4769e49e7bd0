/**
 * Flesch-Kincaid grade level of plain English text, for the content report.
 * Syllables come from the `syllable` package (a word list of exceptions over
 * English spelling rules), which counts words such as "muscle", "gently" and
 * "relaxation" right where a vowel-group estimate does not.
 */
import { syllable } from 'syllable';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[a-z]+(?:['’][a-z]+)*/gi;

export function countSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

/** Words, sentences and syllables of a text, by a language's word pattern (global) and syllable count. */
export function countText(text: string, word: RegExp, syllablesOf: (word: string) => number): TextStats {
  const words = text.match(word) ?? [];
  const hasWord = new RegExp(word.source, 'i');
  // A sentence ends at . ! ? or at a line break (list items and headings are sentences too).
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((part) => hasWord.test(part));
  return {
    words: words.length,
    sentences: Math.max(1, sentences.length),
    syllables: words.reduce((total, each) => total + syllablesOf(each), 0),
  };
}

export function textStats(text: string): TextStats {
  return countText(text, WORD, countSyllables);
}

/** Grade = 0.39 (words per sentence) + 11.8 (syllables per word) - 15.59. */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = textStats(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** MDX or Markdown to the words a reader sees: no list markers, heading marks, link targets or emphasis. */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/^import .*$/gm, '')
      // A hard-wrapped paragraph is one run of text: join its lines before splitting sentences.
      .replace(/([^\n])\n(?!\s*(?:\n|[-*+]\s|\d+\.\s|#|>))/g, '$1 ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^[ \t]{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s?)/gm, '')
      .replace(/[*_`]+/g, '')
  );
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
