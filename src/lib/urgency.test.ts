import { describe, expect, it } from 'vitest';
import { groupSigns, urgencyHref, URGENCIES } from './urgency';

const sign = (id: string) => ({ id, text: `${id} text`, detail: `${id} in full`, lay: [id], sources: [] });
const levels = {
  emergency: { signs: [sign('chest'), sign('breath')] },
  today: { signs: [sign('clot')] },
  soon: { signs: [sign('weight')] },
  'before-you-start': { signs: [sign('pregnant')] },
};

describe('groupSigns', () => {
  it('groups the named signs by level, most urgent first, each once, leaving out empty levels', () => {
    expect(groupSigns(levels, ['pregnant', 'clot', 'breath', 'chest', 'clot'])).toEqual([
      { urgency: 'emergency', signs: [sign('chest'), sign('breath')] },
      { urgency: 'today', signs: [sign('clot')] },
      { urgency: 'before-you-start', signs: [sign('pregnant')] },
    ]);
  });

  it('refuses a sign it does not know', () => {
    expect(() => groupSigns(levels, ['chets'])).toThrow('Unknown warning sign "chets"');
  });
});

describe('urgencyHref', () => {
  it.each(URGENCIES.map((urgency) => [urgency]))('%s links to its group on /safety/', (urgency) => {
    expect(urgencyHref(urgency)).toBe(`/safety/#${urgency}`);
  });
});
