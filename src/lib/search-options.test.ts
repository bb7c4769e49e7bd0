import { describe, expect, it } from 'vitest';
import { PAGE_KINDS } from './page-meta';
import { META_WEIGHTS, PAGEFIND_OPTIONS, keywordsField } from './search-options';

describe('keywordsField', () => {
  it('gives area pages their own field and every other page the shared one', () => {
    expect(keywordsField('area')).toBe('area_keywords');
    for (const kind of PAGE_KINDS.filter((kind) => kind !== 'area')) expect(keywordsField(kind)).toBe('keywords');
  });

  it('names only fields that search weighs, area keywords above the rest', () => {
    for (const kind of PAGE_KINDS) expect(META_WEIGHTS).toHaveProperty(keywordsField(kind));
    expect(META_WEIGHTS.area_keywords).toBeGreaterThan(META_WEIGHTS.keywords);
  });
});

describe('PAGEFIND_OPTIONS', () => {
  it('passes the weights to Pagefind as ranking.metaWeights', () => {
    expect(PAGEFIND_OPTIONS.ranking.metaWeights).toBe(META_WEIGHTS);
  });
});
