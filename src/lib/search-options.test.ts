import { describe, expect, it } from 'vitest';
import type { PageKind } from './page-meta';
import { helpsInEmergency, keywordsField, PAGEFIND_OPTIONS } from './search-options';

const PAGE_KINDS: PageKind[] = ['home', 'area', 'technique', 'routine', 'tool', 'guide', 'page'];
const META_WEIGHTS = PAGEFIND_OPTIONS.ranking.metaWeights;

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

describe('helpsInEmergency', () => {
  it.each([
    ['guide', false, true],
    ['page', true, true],
    ['page', false, false],
    ['technique', false, false],
    ['routine', false, false],
    ['area', false, false],
  ] as const)('a %s page (safety keywords: %s) helps in an emergency: %s', (kind, safety, helps) => {
    expect(helpsInEmergency(kind, safety)).toBe(helps);
  });
});
