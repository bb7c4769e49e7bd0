import { describe, expect, it } from 'vitest';
import { queryFromSearch, resultCountText, searchForQuery } from './search-text';

describe('queryFromSearch', () => {
  it.each([
    ['?q=shoulder+pain', 'shoulder pain'],
    ['?q=%20neck%20', 'neck'],
    ['', ''],
    ['?other=1', ''],
  ])('reads %j as %j', (search, query) => {
    expect(queryFromSearch(search)).toBe(query);
  });
});

describe('searchForQuery', () => {
  it('round-trips through queryFromSearch', () => {
    expect(queryFromSearch(searchForQuery(' jaw clenching '))).toBe('jaw clenching');
  });
  it('is empty for an empty query', () => {
    expect(searchForQuery('  ')).toBe('');
  });
});

describe('resultCountText', () => {
  it.each([
    [0, 'No results for “x”.'],
    [1, '1 result for “x”.'],
    [4, '4 results for “x”.'],
  ])('words %i results', (count, text) => {
    expect(resultCountText(count, 'x')).toBe(text);
  });
});
