/**
 * Where a page sits in the site, for its breadcrumbs and the base frame: one
 * way to build the trail and the frame's props, so every page of a section
 * says the same thing about where it is.
 */
import type { NavLink } from '../site-config';
import type { PageKind } from './page-meta';

const HOME: NavLink = { href: '/', label: 'Home', nav: 'home' };

/** The sections that hold collection entries, as their breadcrumb shows them. */
const SECTIONS = {
  areas: { href: '/areas/', label: 'Body areas', nav: 'areas' },
  routines: { href: '/routines/', label: 'Routines', nav: 'routines' },
  tools: { href: '/tools/', label: 'Tools', nav: 'tools' },
  guides: { href: '/guides/', label: 'Guides', nav: 'guides' },
} as const satisfies Record<string, NavLink>;

export type Section = keyof typeof SECTIONS;

/** The pages above one: Home, then its section if it has one, then any pages between. */
export function trail(section?: Section, ...between: NavLink[]): NavLink[] {
  return [HOME, ...(section ? [SECTIONS[section]] : []), ...between];
}

/** What a collection entry's page tells the base frame about itself. */
export interface EntryFrame {
  title: string;
  description: string;
  kind: PageKind;
  trail: NavLink[];
  keywords: readonly string[];
}

/** The base frame's props for an entry's page: its title, summary, kind, trail and search words. */
export function entryFrame(
  section: Section,
  kind: PageKind,
  entry: { title: string; summary: string; keywords?: readonly string[] },
  ...between: NavLink[]
): EntryFrame {
  return {
    title: entry.title,
    description: entry.summary,
    kind,
    trail: trail(section, ...between),
    keywords: entry.keywords ?? [],
  };
}
