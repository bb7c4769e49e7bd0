/**
 * Site-wide constants: the name, the tagline and the main sections, in English. Each language's
 * words for them live in src/i18n/<lang>/common.ts; a link's `nav` key names its label there.
 */
import type { CommonWords } from './i18n/en/common';
export const SITE = {
  name: 'Ease Tight Muscles',
  tagline: 'A free, plain-language guide to easing tight, sore muscles at home.',
  description:
    'Step-by-step guides to easing tight, sore muscles at home with your hands, a tennis ball or a foam roller: by body area, with a hold timer and printable routines.',
} as const;

export type NavKey = keyof CommonWords['nav'];

export interface NavLink {
  /** The English address; pages in another language put their prefix in front. */
  href: string;
  label: string;
  /** The label's key in the words table, so every language names the section its own way. */
  nav?: NavKey;
}

/** The main sections, in header order. */
export const MAIN_NAV: readonly NavLink[] = [
  { href: '/areas/', label: 'Body areas', nav: 'areas' },
  { href: '/techniques/', label: 'Techniques', nav: 'techniques' },
  { href: '/routines/', label: 'Routines', nav: 'routines' },
  { href: '/safety/', label: 'Safety', nav: 'safety' },
];

/** Secondary links, in the footer. */
export const FOOTER_NAV: readonly NavLink[] = [
  { href: '/guides/', label: 'Guides', nav: 'guides' },
  { href: '/tools/', label: 'Tools', nav: 'tools' },
  { href: '/search/', label: 'Search', nav: 'search' },
  { href: '/about/', label: 'About', nav: 'about' },
  { href: '/how-we-write/', label: 'How this guide is written', nav: 'howWeWrite' },
];
