import { describe, expect, it } from 'vitest';
import { groupByPain, shortList } from './area-techniques';

const technique = (id: string, suits: 'point' | 'line' | 'general') => ({ id, data: { suits } });

describe('groupByPain', () => {
  it('groups by kind of pain in a fixed order, keeps each group in its given order, and drops empty kinds', () => {
    const groups = groupByPain([technique('roll', 'general'), technique('press', 'point'), technique('hold', 'point')]);
    expect(groups.map((group) => [group.label, group.techniques.map((item) => item.id)])).toEqual([
      ['Pain you can point to', ['press', 'hold']],
      ['General tightness', ['roll']],
    ]);
  });

  it('gives no groups for no techniques', () => {
    expect(groupByPain([])).toEqual([]);
  });
});

describe('shortList', () => {
  it('lists every technique once, in the chooser order, each with its kind of pain', () => {
    const list = shortList(groupByPain([technique('trace', 'line'), technique('press', 'point')]));
    expect(list.map(({ technique, label }) => `${technique.id}: ${label}`)).toEqual([
      'press: Pain you can point to',
      'trace: Pain that runs along a line',
    ]);
  });
});
