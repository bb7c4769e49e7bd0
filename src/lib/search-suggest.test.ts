import { describe, expect, it } from 'vitest';
import {
  createCorrector,
  createRealWords,
  editDistance,
  searchWords,
  typoAllowance,
  type SearchVocabulary,
} from './search-suggest';
import { ENGLISH_FORMS } from './search-forms-en';
import { SPANISH_FORMS } from './search-forms-es';

describe('editDistance', () => {
  it.each([
    ['shoulder', 'shoulder', 0],
    ['sholder', 'shoulder', 1],
    ['shoudler', 'shoulder', 1], // a swap of neighbours is one edit
    ['sholdr', 'shoulder', 2],
    ['neck', 'back', 2],
    ['', 'jaw', 3],
  ])('%s to %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops early past the limit, answering limit + 1', () => {
    expect(editDistance('myofascial', 'tennis', 2)).toBe(3);
  });
});

describe('typoAllowance', () => {
  it.each([
    [2, 0],
    [3, 1],
    [4, 1],
    [5, 2],
    [12, 2],
  ])('allows a %i-letter word %i edits', (length, allowance) => {
    expect(typoAllowance(length)).toBe(allowance);
  });
});

describe('searchWords', () => {
  it('lower-cases and keeps letters and digits', () => {
    expect(searchWords('Knot under my SHOULDER-blade, 5 min!')).toEqual([
      'knot',
      'under',
      'my',
      'shoulder',
      'blade',
      '5',
      'min',
    ]);
  });
});

describe('createCorrector', () => {
  const vocabulary: SearchVocabulary = {
    words: 'shoulder neck pain ball tennis stiff myofascial release blade knot hold held',
    primary: 10,
    fixes: { sholder: 'shoulder', nek: 'neck' },
  };
  const correct = createCorrector(vocabulary, ENGLISH_FORMS);

  it.each([
    ['sholder pain', 'shoulder pain'], // a misspelling the content lists
    ['stif nek', 'stiff neck'],
    ['shoudler pain', 'shoulder pain'], // not listed: the nearest word
    ['tenis ball', 'tennis ball'],
    ['myofasial release', 'myofascial release'],
    ['Sholdr blade', 'shoulder blade'], // a different first letter ("hold") costs more
  ])('corrects %j to %j', (query, corrected) => {
    expect(correct(query)).toBe(corrected);
  });

  it.each([
    ['shoulder pain'], // every word known
    ['knots'], // a form of a known word
    ['held'], // a real word near "hold" that the site prints
    ['sho'], // still typing "shoulder"
    ['xylophone'], // nothing near
    ['5 min'], // numbers and short words stay
  ])('leaves %j alone', (query) => {
    expect(correct(query)).toBeUndefined();
  });

  it('treats the last word as finished once a space follows it', () => {
    expect(correct('stif')).toBeUndefined();
    expect(correct('stif ')).toBe('stiff');
  });
});

describe('createRealWords', () => {
  const real = createRealWords(
    { words: 'shoulder pain tennis ball tight', primary: 4, fixes: { sholder: 'shoulder' } },
    ENGLISH_FORMS,
    ['heart'],
  );
  it.each([
    ['shoulder pain', ['shoulder', 'pain']],
    ['sholder pian', ['sholder', 'pian']],
    ['tight shou', ['tight', 'shou']],
    ['heart aaaa', ['heart']],
    ['aaaa', []],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaa', []],
    ['zzz qqqq', []],
  ])('"%s" keeps %j', (query, expected) => {
    expect(real(query)).toEqual(expected);
  });
});

describe('in Spanish, accents optional', () => {
  const vocabulary: SearchVocabulary = {
    words: 'cuello dolor pantorrilla músculos rígido cargadas isquiotibiales cabeza tensos cansados de la',
    primary: 12,
    fixes: { pantorilla: 'pantorrilla', cabesa: 'cabeza' },
  };
  const correct = createCorrector(vocabulary, SPANISH_FORMS, ['me', 'mi', 'tengo']);

  it.each([
    ['musculos tensos'], // "músculos" without its accent is the same word
    ['cuello rigido'],
    ['MÚSCULOS'],
    ['pantorrilla cargada'], // another form of "cargadas", never "cansada"
    ['isquiotibial'], // the singular the site never prints
    ['tengo dolor de cuello'], // a word that carries no meaning is left alone
  ])('leaves %j alone', (query) => {
    expect(correct(query)).toBeUndefined();
  });

  it.each([
    ['pantorilla', 'pantorrilla'], // a misspelling the content lists
    ['dolor de cabesa', 'dolor de cabeza'],
    ['isquiotiviales ', 'isquiotibiales'],
    ['cuelo rijido ', 'cuello rígido'], // offered with its accent
  ])('corrects %j to %j', (query, corrected) => {
    expect(correct(query)).toBe(corrected);
  });

  it('keeps accent-less words among the words search can match', () => {
    const real = createRealWords(vocabulary, SPANISH_FORMS);
    expect(real('musculos cuello aaaa')).toEqual(['musculos', 'cuello']);
  });

  it('leaves out the words that carry no meaning, unless nothing else remains', () => {
    const real = createRealWords(vocabulary, SPANISH_FORMS, [], new Set(['de', 'la']));
    expect(real('dolor de cabeza')).toEqual(['dolor', 'cabeza']);
    expect(real('Dolor de la cabeza')).toEqual(['dolor', 'cabeza']);
    expect(real('de la')).toEqual(['de', 'la']);
  });
});
