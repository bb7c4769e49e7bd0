/** Las palabras en español de la parte "pictures" del sitio (misma forma que src/i18n/en/pictures.ts). */
import type { PicturesWords } from '../en/pictures';

export const pictures: PicturesWords = {};
