/** What a page is, for search results, filters and structured data. */
const PAGE_KINDS = ['home', 'area', 'technique', 'routine', 'tool', 'guide', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Longest <title> that search results show in full (html-validate's long-title rule). */
const MAX_TITLE_LENGTH = 70;

/**
 * The <title>: the page's own name first, so tabs and results read well. The site
 * name follows where it fits; a long page name is kept whole rather than cut.
 */
export function pageTitle(title: string, siteName: string): string {
  const full = `${title} | ${siteName}`;
  return title === siteName || full.length > MAX_TITLE_LENGTH ? title : full;
}
