/** Las palabras en español de la parte "pages" del sitio (misma forma que src/i18n/en/pages.ts). */
import type { PagesWords } from '../en/pages';

export const pages: PagesWords = {};
