/**
 * The web app manifest: what a phone needs to add the guide to its Home Screen with its own
 * icon and open it without the browser's bar. Colours come from the design tokens
 * (src/styles/tokens.css), the same ones as the pages' theme-color, so they cannot drift.
 * One per language (/manifest.webmanifest, /es/manifest.webmanifest): a reader who adds the
 * Spanish guide gets its Spanish name, and it opens on the Spanish home page.
 */
import { localized, type Locale } from '../i18n/locales';

/** The icons in public/icons/, drawn from public/favicon.svg by `npm run icons` (src/cli/icons.mjs). */
export const APP_ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  // Drawn on a full square of the brand green, so a launcher may crop it to any shape.
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** iPhones and iPads read their Home Screen icon from a <link rel="apple-touch-icon">, not the manifest. */
export const APPLE_TOUCH_ICON = { href: '/icons/apple-touch-icon.png', size: 180 } as const;

export interface ManifestInput {
  /** The manifest's language: its words, and the home page it opens on. */
  lang: Locale;
  name: string;
  /** Under the icon on a Home Screen: at most 12 characters, or launchers cut it. */
  shortName: string;
  description: string;
  /** The browser bar's colour in the light scheme (the header's, as the theme-color meta says). */
  themeColor: string;
  /** The splash screen's colour while the first page opens (the page's background). */
  backgroundColor: string;
}

export function webManifest({ lang, name, shortName, description, themeColor, backgroundColor }: ManifestInput) {
  if (shortName.length > 12) throw new Error(`The short name "${shortName}" is over 12 characters`);
  const home = localized(lang, '/');
  return {
    // Each language is its own app, known by its home page, so both can sit on one Home Screen.
    id: home,
    name,
    short_name: shortName,
    description,
    lang,
    dir: 'ltr',
    start_url: home,
    // The whole site for both: the one service worker at / controls every page whatever this
    // says, and a reader who follows the language switch stays in the app's window.
    scope: '/',
    display: 'standalone',
    theme_color: themeColor,
    background_color: backgroundColor,
    icons: APP_ICONS,
  };
}
