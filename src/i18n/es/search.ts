/** Las palabras en español de la parte "search" del sitio (misma forma que src/i18n/en/search.ts). */
import type { SearchWords } from '../en/search';

export const search: SearchWords = {};
