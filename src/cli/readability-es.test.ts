import { describe, expect, it } from 'vitest';
import { fernandezHuerta, inflesz, infleszBand, spanishSyllables, spanishTextStats } from './readability-es';

describe('spanishSyllables', () => {
  it('counts the syllables of Spanish words, diphthongs, hiatus and silent u included', () => {
    const words = {
      músculo: 3,
      tensión: 2,
      día: 2,
      cuello: 2,
      que: 1,
      guitarra: 3,
      pingüino: 3,
      muy: 1,
      hoy: 1,
      pantorrilla: 4,
      aliviar: 3,
      isquiotibiales: 5,
      rodillo: 3,
      espuma: 3,
      poeta: 3,
      leer: 2,
      cervicales: 4,
    };
    for (const [word, syllables] of Object.entries(words)) expect(spanishSyllables(word), word).toBe(syllables);
  });
});

describe('reading ease', () => {
  const text = 'Siéntate con la espalda recta. Deja caer los hombros.';

  it('counts words, sentences and syllables', () => {
    expect(spanishTextStats(text)).toEqual({ words: 9, sentences: 2, syllables: 17 });
  });

  it('scores INFLESZ and Fernández Huerta from those counts', () => {
    expect(inflesz(text)).toBeCloseTo(206.835 - 62.3 * (17 / 9) - 9 / 2, 6);
    expect(fernandezHuerta(text)).toBeCloseTo(206.84 - 60 * (17 / 9) - 1.02 * (9 / 2), 6);
    expect(infleszBand(inflesz(text))).toBe('muy fácil');
  });

  it('names each INFLESZ band', () => {
    expect([30, 50, 60, 70, 85].map(infleszBand)).toEqual([
      'muy difícil',
      'algo difícil',
      'normal',
      'bastante fácil',
      'muy fácil',
    ]);
  });
});
