/** A site link as a page in some language shows it: its address with the prefix, its label in the language's words. */
import type { NavLink } from '../site-config';
import { localized, type Locale } from './locales';
import { ui } from './ui';

export function linkIn(lang: Locale, link: NavLink): NavLink {
  return { href: localized(lang, link.href), label: link.nav ? ui(lang).common.nav[link.nav] : link.label };
}
