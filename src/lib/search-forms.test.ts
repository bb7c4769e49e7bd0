import { describe, expect, it } from 'vitest';
import { bareForm, foldAccents } from './search-forms';
import { ENGLISH_FORMS } from './search-forms-en';
import { SPANISH_FORMS } from './search-forms-es';

describe('foldAccents', () => {
  it.each([
    ['café', 'cafe'],
    ['cara caída', 'cara caida'],
    ['coágulo', 'coagulo'],
    ['Pantorrilla', 'Pantorrilla'],
    ['músculos, glúteos y cuádriceps', 'musculos, gluteos y cuadriceps'],
    ['año', 'ano'],
    ['pingüino', 'pinguino'],
    ['shoulder pain', 'shoulder pain'],
  ])('"%s" reads "%s"', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
  });
});

describe('bareForm in Spanish', () => {
  it.each([
    // number and gender
    ['pantorrilla', 'pantorrill'],
    ['pantorrillas', 'pantorrill'],
    ['hinchada', 'inch'],
    ['hinchado', 'inch'],
    ['hinchadas', 'inch'],
    ['inchada', 'inch'], // the silent h left off
    ['hinchar', 'inch'],
    ['caida', 'caid'],
    ['caido', 'caid'],
    ['caidas', 'caid'],
    ['dolores', 'dolor'],
    ['dolor', 'dolor'],
    ['coagulo', 'coagul'],
    ['coagulos', 'coagul'],
    // the verb's common forms
    ['orinar', 'orin'],
    ['orina', 'orin'],
    ['orino', 'orin'],
    ['orinando', 'orin'],
    ['respirar', 'respir'],
    ['respiro', 'respir'],
    // at least three letters stay
    ['pies', 'pie'],
    ['pie', 'pie'],
    ['cara', 'car'],
    ['caer', 'caer'],
    ['no', 'no'],
  ])('the bare form of "%s" is "%s"', (word, bare) => {
    expect(bareForm(word, SPANISH_FORMS)).toBe(bare);
  });
});

describe('bareForm in English', () => {
  it.each([
    ['chewing', 'chew'],
    ['hinge', 'hing'], // no silent h in English
    ['pass', 'pass'],
  ])('the bare form of "%s" is "%s"', (word, bare) => {
    expect(bareForm(word, ENGLISH_FORMS)).toBe(bare);
  });
});
