/** The English words of the site's technique part; src/i18n/es/technique.ts has the same shape. */
export const technique = {};

export type TechniqueWords = typeof technique;
