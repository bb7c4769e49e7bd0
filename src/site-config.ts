/** Site-wide constants: the name, the tagline and the main sections. */
export const SITE = {
  name: 'Ease Tight Muscles',
  /** Under the icon on a phone's Home Screen: 12 characters at most. */
  shortName: 'Ease Muscles',
  tagline: 'A free, plain-language guide to easing tight, sore muscles at home.',
  description:
    'Step-by-step guides to easing tight, sore muscles at home with your hands, a tennis ball or a foam roller: by body area, with a hold timer and printable routines.',
} as const;

export interface NavLink {
  href: string;
  label: string;
}

/** The main sections, in header order. */
export const MAIN_NAV: readonly NavLink[] = [
  { href: '/areas/', label: 'Body areas' },
  { href: '/techniques/', label: 'Techniques' },
  { href: '/routines/', label: 'Routines' },
  { href: '/safety/', label: 'Safety' },
];

/** Secondary links, in the footer. */
export const FOOTER_NAV: readonly NavLink[] = [
  { href: '/guides/', label: 'Guides' },
  { href: '/tools/', label: 'Tools' },
  { href: '/search/', label: 'Search' },
  { href: '/about/', label: 'About' },
  { href: '/how-we-write/', label: 'How this guide is written' },
];
