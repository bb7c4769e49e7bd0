import { describe, expect, it } from 'vitest';
import { builderScript } from '../i18n/en/builder';
import { builderScript as es } from '../i18n/es/builder';
import { filterStatus, filterText, matchesFilter } from './builder-filter';

const text = filterText(['Neck: trace the line of pain', 'Neck', 'Hands and elbows', 'stiff neck', 'traps']);

describe('matchesFilter', () => {
  it.each([
    ['', true],
    ['neck', true],
    ['NECK  hands', true],
    ['trap', true],
    ['neck foam', false],
    ['shoulder', false],
  ])('%j matches: %s', (query, expected) => {
    expect(matchesFilter(text, query)).toBe(expected);
  });
});

describe('filterStatus', () => {
  it.each([
    [32, 32, '  ', ''],
    [3, 32, ' neck ', '3 of 32 techniques match “neck”.'],
    [0, 32, 'elbow pit', 'No technique matches “elbow pit”.'],
  ])('%i of %i for %j', (shown, total, query, sentence) => {
    expect(filterStatus(shown, total, query, builderScript)).toBe(sentence);
  });
});

describe('in Spanish', () => {
  const spanish = filterText(['Hombros: agarre y presión con el pulgar', 'Hombros', 'Manos', 'trapecio', 'glúteos']);

  it.each([
    ['hombros', true],
    ['presion', true],
    ['GLUTEOS', true],
    ['glúteos pulgar', true],
    ['rodillo', false],
  ])('%j matches, with or without accents: %s', (query, expected) => {
    expect(matchesFilter(spanish, query)).toBe(expected);
  });

  it.each([
    [3, 32, ' cuello ', '3 de 32 técnicas coinciden con “cuello”.'],
    [1, 32, 'mandíbula', '1 de 32 técnicas coincide con “mandíbula”.'],
    [0, 32, 'codo', 'Ninguna técnica coincide con “codo”.'],
    [0, 32, ' ', ''],
  ])('%i of %i for %j', (shown, total, query, sentence) => {
    expect(filterStatus(shown, total, query, es)).toBe(sentence);
  });
});
