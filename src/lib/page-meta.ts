/** What a page is, for search results, filters and structured data. */
export const PAGE_KINDS = ['home', 'area', 'technique', 'routine', 'tool', 'guide', 'page'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The <title>: the page's own name first, so tabs and results read well. */
export function pageTitle(title: string, siteName: string): string {
  return title === siteName ? siteName : `${title} | ${siteName}`;
}
