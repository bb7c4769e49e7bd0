/** The English words of the site's search part; src/i18n/es/search.ts has the same shape. */
export const search = {};

export type SearchWords = typeof search;
