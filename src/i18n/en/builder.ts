/** The English words of the site's builder part; src/i18n/es/builder.ts has the same shape. */
export const builder = {};

export type BuilderWords = typeof builder;
