/**
 * Which sentences of a Spanish page are still English? A sentence counts as English when it
 * has at least three of English's short everyday words (the, your, with...) and more of them
 * than of Spanish's. Names, units and a single borrowed word ("foam roller", "Cochrane") do
 * not trip it; a sentence left untranslated does. Used by the built-site check of /es/.
 */

const ENGLISH = new Set(
  'the and you your with for this that of to is are it its on in or if at be do does not from by as can will when what how which into than then there their they we our us was were has have should would could about after before while until only also just more most some any each every'.split(
    ' ',
  ),
);
const SPANISH = new Set(
  'el la los las un una unos unas y o de del en con por para que qué es son tu tus te se su sus lo le les al como cuando si sí más muy pero sin sobre entre hasta desde este esta estos estas ese esa hay está están ya también'.split(
    ' ',
  ),
);

const wordsOf = (sentence: string) => sentence.toLowerCase().match(/[a-záéíóúüñ']+/g) ?? [];

/** The sentences of `text` that read as English. */
export function englishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => {
      const words = wordsOf(sentence);
      const english = words.filter((word) => ENGLISH.has(word)).length;
      const spanish = words.filter((word) => SPANISH.has(word)).length;
      return english >= 3 && english > spanish;
    });
}
