import { describe, expect, it } from 'vitest';
import { englishSentences } from './english-left';

describe('englishSentences', () => {
  it('finds an English sentence left in Spanish text', () => {
    const text =
      'Siéntate con la espalda recta. Press in to about 4 to 5 out of 10, a small wince. Repite 5 a 6 pasadas.';
    expect(englishSentences(text)).toEqual(['Press in to about 4 to 5 out of 10, a small wince.']);
  });

  it('leaves Spanish with borrowed words and names alone', () => {
    const text =
      'Un artículo de Harvard Health dice que el foam roller puede ayudar. Una revisión Cochrane de 33 ensayos. Pelota de lacrosse: más firme que la de tenis.';
    expect(englishSentences(text)).toEqual([]);
  });

  it('reads a line without a full stop as its own sentence', () => {
    expect(englishSentences('Técnicas para esta zona\nTechniques for this area of the body')).toEqual([
      'Techniques for this area of the body',
    ]);
  });
});
