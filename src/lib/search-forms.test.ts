import { describe, expect, it } from 'vitest';
import { bareForm, foldAccents, spokenForm } from './search-forms';
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
    ['hinchada', 'hinch'],
    ['hinchado', 'hinch'],
    ['hinchadas', 'hinch'],
    ['hinchar', 'hinch'],
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

describe('spokenForm in Spanish: letters of one sound read alike', () => {
  it.each([
    ['hinchada', 'inch'],
    ['inchada', 'inch'], // the silent h left off
    ['cerebral', 'serebral'],
    ['serebral', 'serebral'],
    ['cabeza', 'cabes'],
    ['cabesa', 'cabes'],
    ['vomito', 'bomit'],
    ['bomito', 'bomit'],
    ['rodillo', 'rodiy'],
    ['rodiyo', 'rodiy'],
    ['coagulo', 'coagul'], // c before a, o and u is not s
    ['hoy', 'hoy'], // a short word keeps its h
  ])('"%s" sounds as "%s"', (word, spoken) => {
    expect(spokenForm(word, SPANISH_FORMS)).toBe(spoken);
  });
});

describe('bareForm in English', () => {
  it.each([
    ['chewing', 'chew'],
    ['hinge', 'hing'],
    ['pass', 'pass'],
  ])('the bare form of "%s" is "%s"', (word, bare) => {
    expect(bareForm(word, ENGLISH_FORMS)).toBe(bare);
  });

  it('reads words as spelled: English has no letters of one sound here', () => {
    expect(spokenForm('hinge', ENGLISH_FORMS)).toBe('hing');
  });
});
