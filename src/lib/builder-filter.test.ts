import { describe, expect, it } from 'vitest';
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
    expect(filterStatus(shown, total, query)).toBe(sentence);
  });
});
