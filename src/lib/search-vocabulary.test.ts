import { describe, expect, it } from 'vitest';
import { ENGLISH_FORMS } from './search-forms-en';
import { SPANISH_FORMS } from './search-forms-es';
import { createCorrector } from './search-suggest';
import { buildVocabulary, stringsIn } from './search-vocabulary';

describe('stringsIn', () => {
  it('collects every string of nested data, skipping dates and numbers', () => {
    expect(
      stringsIn({ title: 'Neck', dose: { kind: 'hold', seconds: 30 }, feel: ['A dull ache.'], reviewed: new Date() }),
    ).toEqual(['Neck', 'hold', 'A dull ache.']);
  });
});

describe('buildVocabulary', () => {
  const vocabulary = buildVocabulary({
    names: ['Shoulders: tennis ball against a wall', 'Neck', 'What is myofascial release?'],
    keywords: [
      'shoulder pain',
      'sholder',
      'nek',
      'TMJ',
      'TMD',
      'glutes',
      'gluteus',
      'night',
      'calf',
      'calfs',
      'myofacial',
    ],
    text: [
      'Lean on the ball until the tight shoulder eases. Hold it. Your neck, your calf at night and your TMJ.',
      'Fascia wraps muscle, and the glutes are tight.',
    ],
  });
  const words = vocabulary.words.split(' ');

  it('maps the misspellings the keywords list to the words the site prints', () => {
    expect(vocabulary.fixes).toEqual({ sholder: 'shoulder', nek: 'neck', myofacial: 'myofascial' });
  });

  it('never takes an abbreviation, a plural or a real word for a misspelling', () => {
    for (const word of ['tmd', 'calfs', 'gluteus', 'night']) expect(vocabulary.fixes).not.toHaveProperty(word);
  });

  it('lists names and keywords first, most used first, without the misspellings', () => {
    const primary = words.slice(0, vocabulary.primary);
    expect(primary).toEqual(expect.arrayContaining(['shoulder', 'neck', 'tennis', 'pain', 'gluteus', 'tmd']));
    expect(primary).not.toContain('sholder');
    expect(primary.indexOf('shoulder')).toBeLessThan(primary.indexOf('tennis'));
  });

  it('keeps every other printed word, so a real word is never corrected and noise is known as noise', () => {
    const others = words.slice(vocabulary.primary);
    expect(others).toContain('tight'); // one edit from the keyword "night": never corrected to it
    expect(others).toContain('wraps');
    expect(others).not.toContain('shoulder'); // listed once, among the names and keywords
  });

  it('gives a corrector that fixes the content’s own misspellings', () => {
    expect(createCorrector(vocabulary, ENGLISH_FORMS)('sholder pain')).toBe('shoulder pain');
  });
});

describe('buildVocabulary in Spanish', () => {
  const vocabulary = buildVocabulary(
    {
      names: ['Cuello', 'Pantorrillas', 'Rutina para piernas'],
      keywords: [
        'cuello rígido',
        'cuello rigido',
        'cuello trabado',
        'pantorrilla',
        'pantorilla',
        'pantorrillas cargadas',
        'piernas cansadas',
        'piernas cargados',
        'trabajo desde casa',
        'pelota de maní',
        'con la mano',
      ],
      text: ['El cuello rígido. Con la mano, presiona la pantorrilla. Trabajo de escritorio. Músculos cansados.'],
      pages: [
        ['Cuello', 'cuello rígido', 'cuello rigido', 'cuello trabado', 'pelota de maní'],
        ['Pantorrillas', 'pantorrilla', 'pantorilla', 'pantorrillas cargadas', 'con la mano'],
        ['Rutina para piernas', 'piernas cansadas', 'piernas cargados', 'trabajo desde casa'],
      ],
    },
    SPANISH_FORMS,
  );
  const words = vocabulary.words.split(' ');

  it('takes a keyword for a misspelling only of a word on its own page, and not of another form of it', () => {
    // "trabado" is one letter from "trabajo", "maní" from "mano", "cargados" two from "cansados": real words all.
    expect(vocabulary.fixes).toEqual({ pantorilla: 'pantorrilla' });
  });

  it('counts a word once whatever its accents, written as the site prints it', () => {
    expect(words).toContain('rígido');
    expect(words).not.toContain('rigido');
    expect(words).toContain('músculos');
  });

  it('gives a corrector that leaves accent-less words alone and offers corrections with their accents', () => {
    const correct = createCorrector(vocabulary, SPANISH_FORMS);
    expect(correct('cuello rigido ')).toBeUndefined();
    expect(correct('pantorilla cargada ')).toBe('pantorrilla cargada');
    expect(correct('rijido ')).toBe('rígido');
  });
});
