/** The English words of the site's pages part; src/i18n/es/pages.ts has the same shape. */
export const pages = {};

export type PagesWords = typeof pages;
