/**
 * The timer's words go from the page to its script as data, so a page carries its own
 * language's words and no other, and the script carries none (README, "Islands"). A phrase
 * that takes values travels as a template: the table's function called with holes ("{0}",
 * "{1}"), which the script fills with the values. So a phrase may only put its values in
 * place; the test of this module holds every phrase of every language to it.
 */
import type { LiveWords } from '../i18n/en/timer';

/** A table's words as JSON has them: a phrase with values is a one-item list, its template. */
export type Packed = string | [string] | { [key: string]: Packed };

type Words = string | ((...values: never[]) => string) | { [key: string]: Words };

function pack(words: Words): Packed {
  if (typeof words === 'string') return words;
  if (typeof words === 'function') {
    const holes = Array.from({ length: words.length }, (_, index) => `{${index}}`);
    return [(words as (...values: string[]) => string)(...holes)];
  }
  return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, pack(value)]));
}

/** The script's words as the JSON of a `<script type="application/json">` block ("<" escaped, so text never ends it). */
export function packWords(words: LiveWords): string {
  const { units, live } = words;
  return JSON.stringify(pack({ units, live } as unknown as Words)).replace(/</g, '\\u003c');
}

/** The words back from that JSON, each template a function again. Runs in the browser: kept small. */
export function unpackWords(json: string): LiveWords {
  const open = (value: Packed): unknown =>
    Array.isArray(value)
      ? (...values: unknown[]) => value[0].replace(/\{(\d)\}/g, (_, index: string) => `${values[+index]}`)
      : typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, open(item)]))
        : value;
  return open(JSON.parse(json) as Packed) as LiveWords;
}
