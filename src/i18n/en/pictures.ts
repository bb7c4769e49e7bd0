/** The English words of the site's pictures part; src/i18n/es/pictures.ts has the same shape. */
export const pictures = {};

export type PicturesWords = typeof pictures;
