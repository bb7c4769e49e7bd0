import { describe, expect, it } from 'vitest';
import { APP_ICONS, webManifest } from './web-manifest';

const INPUT = {
  lang: 'en' as const,
  name: 'Ease Tight Muscles',
  shortName: 'Ease Muscles',
  description: 'A guide.',
  themeColor: '#ffffff',
  backgroundColor: '#f7f5f0',
};

describe('webManifest', () => {
  it('opens the whole site from its home page, standalone, in the site’s colours', () => {
    expect(webManifest(INPUT)).toMatchObject({
      name: 'Ease Tight Muscles',
      short_name: 'Ease Muscles',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#ffffff',
      background_color: '#f7f5f0',
    });
  });

  it('is in its language, with its own id, opening on its own home page', () => {
    expect(webManifest(INPUT)).toMatchObject({ lang: 'en', id: '/', start_url: '/' });
    const spanish = webManifest({
      ...INPUT,
      lang: 'es',
      name: 'Alivia tus músculos',
      shortName: 'Alivia',
      description: 'Una guía.',
    });
    expect(spanish).toMatchObject({
      lang: 'es',
      id: '/es/',
      name: 'Alivia tus músculos',
      short_name: 'Alivia',
      start_url: '/es/',
      // The whole site, as the one service worker's scope: the language switch stays in the app.
      scope: '/',
      display: 'standalone',
    });
  });

  it('lists the icons the platforms ask for: 192 and 512, and a maskable 512', () => {
    expect(APP_ICONS.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });

  it('refuses a short name a Home Screen would cut', () => {
    expect(() => webManifest({ ...INPUT, shortName: 'Ease Tight Muscles' })).toThrow(/over 12 characters/);
  });
});
