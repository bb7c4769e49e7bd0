import { describe, expect, it } from 'vitest';
import { entryFrame, trail } from './page-frame';

describe('trail', () => {
  it('starts at Home and goes through the section and the pages between, naming each section by its words key', () => {
    expect(trail()).toEqual([{ href: '/', label: 'Home', nav: 'home' }]);
    expect(trail('areas', { href: '/areas/neck/', label: 'Neck' })).toEqual([
      { href: '/', label: 'Home', nav: 'home' },
      { href: '/areas/', label: 'Body areas', nav: 'areas' },
      { href: '/areas/neck/', label: 'Neck' },
    ]);
  });
});

describe('entryFrame', () => {
  it('gives an entry’s page its title, summary as description, kind, trail and keywords', () => {
    expect(
      entryFrame('tools', 'tool', { title: 'Foam roller', summary: 'A firm foam tube.', keywords: ['roller'] }),
    ).toEqual({
      title: 'Foam roller',
      description: 'A firm foam tube.',
      kind: 'tool',
      trail: [
        { href: '/', label: 'Home', nav: 'home' },
        { href: '/tools/', label: 'Tools', nav: 'tools' },
      ],
      keywords: ['roller'],
    });
  });
});
