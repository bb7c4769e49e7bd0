/** Las palabras en español de la parte "builder" del sitio (misma forma que src/i18n/en/builder.ts). */
import type { BuilderWords } from '../en/builder';

export const builder: BuilderWords = {};
